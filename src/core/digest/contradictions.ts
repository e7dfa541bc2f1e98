import type { SourceRef, Stance } from '../types.js';
import type {
  ContradictionItem,
  ContradictionSide,
  ContradictionType,
  DigestClaim,
  DigestEvent,
  DigestInput,
  DigestSource,
} from './types.js';

/**
 * A contradiction alert laid out side by side: for disagreeing figures, every value on record with its
 * sources; for a speaker against their own record, what they said before and what they are quoted as
 * saying now. The event key's prefix (set by the alert judge) tells which kind it is.
 */

const TYPES: Record<string, ContradictionType> = {
  value: 'value',
  flip: 'flip',
  conflict: 'conflict',
  attribution: 'attribution',
};
const STANCE_LABEL: Record<Stance, string> = { supports: 'confirms', denies: 'denies', reports: 'reports' };

export interface ContradictionContext {
  input: DigestInput;
  claims: ReadonlyMap<string, DigestClaim>;
  inPeriod: (at: string) => boolean;
  outletOf: (url: string) => string | null;
}

const src = (s: SourceRef): DigestSource => ({ outlet: s.outlet, date: s.date, where: s.where });

export function contradictionItem(e: DigestEvent, ctx: ContradictionContext): ContradictionItem {
  const type = TYPES[e.eventKey.split(':')[0] ?? ''] ?? 'other';
  const claim = e.claim ? ctx.claims.get(e.claim) : undefined;
  const attribute = claim?.attribute ?? ctx.input.values.find((v) => v.claim === e.claim)?.attribute ?? null;
  const sides = type === 'value' ? valueSides(e, ctx) : type === 'flip' ? flipSides(e, ctx) : [];
  if (!sides.length)
    sides.push({
      label: e.actor ? `${e.actor} is quoted` : 'reported',
      quote: e.evidence,
      sources: [{ outlet: ctx.outletOf(e.firstArticleUrl) ?? '', date: null, where: e.firstArticleUrl }],
      isNew: true,
    });
  return {
    type,
    claim: e.claim,
    claimText: claim?.text ?? null,
    attribute,
    actor: e.actor,
    reason: e.reason,
    url: e.firstArticleUrl,
    outlet: ctx.outletOf(e.firstArticleUrl),
    at: e.createdAt,
    sides,
  };
}

/** Every value on record for the claim, the same wording reported by several outlets merged into one side. */
function valueSides(e: DigestEvent, ctx: ContradictionContext): ContradictionSide[] {
  const byValue = new Map<string, ContradictionSide>();
  // A side is new when the period brought a value nobody had reported before; a known value repeated stays old.
  const add = (value: string, sources: readonly SourceRef[], isNew: boolean) => {
    const key = value.toLowerCase().replace(/\s+/g, ' ').trim();
    const side = byValue.get(key) ?? { label: value, quote: null, sources: [], isNew };
    for (const s of sources) if (!side.sources.some((x) => x.where === s.where)) side.sources.push(src(s));
    side.isNew &&= isNew;
    byValue.set(key, side);
  };
  for (const v of ctx.claims.get(e.claim ?? '')?.values ?? []) add(v.value, v.sources, false);
  for (const v of ctx.input.values)
    if (v.claim === e.claim && Date.parse(v.at) < Date.parse(ctx.input.period.until))
      add(v.value, [v.source], ctx.inPeriod(v.at));
  return [...byValue.values()].sort((a, b) => Number(a.isNew) - Number(b.isNew));
}

/** What the speaker is on record saying about the claim, and what they are quoted as saying now. */
function flipSides(e: DigestEvent, ctx: ContradictionContext): ContradictionSide[] {
  const claim = ctx.claims.get(e.claim ?? '');
  const sides: ContradictionSide[] = [];
  for (const p of claim?.positions ?? [])
    if (p.actor === e.actor)
      sides.push({
        label: `on record: ${STANCE_LABEL[p.stance]}`,
        quote: p.evidence,
        sources: [src(p.source)],
        isNew: false,
      });
  for (const p of ctx.input.positions) {
    if (p.claim !== e.claim || p.actor !== e.actor) continue;
    const isNew = ctx.inPeriod(p.at);
    if (!isNew && Date.parse(p.at) >= Date.parse(ctx.input.period.until)) continue;
    sides.push({
      label: `${isNew ? 'now' : 'on record'}: ${STANCE_LABEL[p.stance]}`,
      quote: p.evidence,
      sources: [src(p.source)],
      isNew,
    });
  }
  return sides.sort((a, b) => Number(a.isNew) - Number(b.isNew));
}
