import type { AlertDecision } from './types.js';
import {
  actorName,
  onFirmRecord,
  positionsOf,
  rootOf,
  voiceOf,
  type AlertContext,
  type JudgedFinding,
} from './record.js';

/**
 * Another office of the same government or company asserting what it denied ("the Kremlin denied in October; the
 * General Staff reports the troops fought in April"): one contradiction per government and claim. The denial must
 * be firm (curated, or alerted) and by another office; the claim asserted may take the denied one for granted.
 */
export function reversalOf(f: JudgedFinding, ctx: AlertContext): AlertDecision | null {
  const root = rootOf(ctx.cs, f.actorKey);
  if (root === f.actorKey || !ctx.cs.actors.has(root)) return null;
  const ownVoice = voiceOf(ctx.cs, f.actorKey);
  const claim = ctx.cs.byId.get(f.claim);
  for (const target of [f.claim, ...(claim?.implies ?? [])]) {
    const offices = [...ctx.cs.actors.values()].filter(
      (a) => rootOf(ctx.cs, a.id) === root && voiceOf(ctx.cs, a.id) !== ownVoice,
    );
    const denier = offices.find((a) => onFirmRecord(ctx, target, a.id, 'denies'));
    if (!denier) continue;
    const rootName = actorName(ctx, root);
    return {
      kind: 'contradiction',
      claim: f.claim,
      claimText: claim?.text,
      actor: actorName(ctx, f.actorKey),
      evidence: f.evidence,
      conflictsWith: positionsOf(ctx, target, 'denies', denier.id),
      reason:
        `${actorName(ctx, f.actorKey)} backs "${claim?.text ?? f.claim}", which ${denier.name} (${rootName}) ` +
        'denied: a reversal by another office of the same side',
      eventKey: `reversal:${f.claim}:${root}`,
    };
  }
  return null;
}
