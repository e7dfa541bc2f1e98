import type { AlertDecision, Stance } from './types.js';
import { sourceLine } from './history-index.js';
import {
  actorName,
  isKnown,
  onFirmRecord,
  positionsOf,
  voiceOf,
  type AlertContext,
  type JudgedFinding,
} from './record.js';
import { reversalOf } from './reversals.js';
import { quoteFingerprint, quoteSimilarity } from './statements/quotes.js';
import { UNNAMED_SOURCES } from './statements/speaker.js';

export { displayName, isKnown, voiceOf, type AlertContext, type JudgedFinding } from './record.js';

/**
 * Alert decisions: what in an article is news against the claim set and the store's history.
 * Every decision has an event key; the same event seen again (a syndicated copy, a repeat) is a repeat,
 * not an alert.
 */

/**
 * Decide alerts for one finding about a claim. An event already alerted is decided again on purpose:
 * it comes back as a repeat, so a syndicated copy is recorded as one more source of it.
 */
export function decideForFinding(f: JudgedFinding, ctx: AlertContext, primary = true): AlertDecision | null {
  const d = decideNovel(f, ctx);
  if (d && d.kind === 'denial' && !primary) return null;
  if (d) return d;
  if (!ctx.history.alertedEvents.size) return null;
  for (const key of [
    `denial:${f.claim}:${voiceOf(ctx.cs, f.actorKey)}`,
    `flip:${f.claim}:${f.actorKey}:${f.stance}`,
    `conflict:${f.claim}:${f.actorKey}`,
  ]) {
    if (!ctx.history.alertedEvents.has(key)) continue;
    const claim = ctx.cs.byId.get(f.claim);
    const kind = key.startsWith('denial') ? 'denial' : 'contradiction';
    return {
      kind,
      claim: f.claim,
      claimText: claim?.text,
      actor: actorName(ctx, f.actorKey),
      evidence: f.evidence,
      conflictsWith: [],
      reason: 'already on record',
      eventKey: key,
    };
  }
  return null;
}

function decideNovel(f: JudgedFinding, ctx: AlertContext): AlertDecision | null {
  const claim = ctx.cs.byId.get(f.claim);
  if (!claim) return null;
  const who = () => actorName(ctx, f.actorKey);
  const base = () => ({ claim: f.claim, claimText: claim.text, actor: who(), evidence: f.evidence });
  const opposite: Stance | null = f.stance === 'supports' ? 'denies' : f.stance === 'denies' ? 'supports' : null;
  // A change of position is news only when the words are explicit: "confirmed" against a denial on record, an
  // outright denial against an assertion. A bare restatement read one way or the other is too weak to flag.
  const explicit = f.stance === 'supports' ? f.rule === 'support-cue' : f.rule === 'denial-cue';
  if (
    opposite &&
    explicit &&
    onFirmRecord(ctx, f.claim, f.actorKey, opposite) &&
    // Held against firm positions only on both sides: the engine's own earlier readings of this voice ("Pyongyang
    // seems to …") are no confirmation on record that would make an explicit one old news.
    !onFirmRecord(ctx, f.claim, f.actorKey, f.stance) &&
    !f.actorKey.startsWith('outlet:')
  ) {
    return {
      ...base(),
      kind: 'contradiction',
      conflictsWith: positionsOf(ctx, f.claim, opposite, f.actorKey),
      reason:
        `${who()} is quoted as ${f.stance === 'supports' ? 'confirming' : 'denying'} "${claim.text}", ` +
        `but is on record ${opposite === 'denies' ? 'denying' : 'asserting'} it ` +
        '(mistranslation or a change of position?)',
      eventKey: `flip:${f.claim}:${f.actorKey}:${f.stance}`,
    };
  }
  const reversal = f.stance === 'supports' && f.attributed ? reversalOf(f, ctx) : null;
  if (reversal) return reversal;
  // Unnamed sources are nobody's first denial: the desk is told of an actor rejecting a claim.
  if (
    f.stance === 'denies' &&
    f.actorKey !== UNNAMED_SOURCES &&
    !isKnown(ctx, f.claim, f.actorKey, 'denies') &&
    (f.rule === 'denial-cue' || f.attributed)
  ) {
    return {
      ...base(),
      kind: 'denial',
      conflictsWith: positionsOf(ctx, f.claim, 'supports')
        .concat(positionsOf(ctx, f.claim, 'reports'))
        .slice(0, 5),
      reason: `First denial on record from ${who()}: "${claim.text}"`,
      eventKey: `denial:${f.claim}:${voiceOf(ctx.cs, f.actorKey)}`,
    };
  }
  if (
    f.stance === 'supports' &&
    f.attributed &&
    !f.actorKey.startsWith('outlet:') &&
    !isKnown(ctx, f.claim, f.actorKey, 'supports')
  ) {
    for (const other of claim.conflicts) {
      // Held against the curated record only, like a reversal: the engine's own readings are no record.
      if (!(ctx.cs.positions.get(other) ?? []).some((p) => p.stance === 'asserts')) continue;
      const against = positionsOf(ctx, other, 'supports');
      return {
        ...base(),
        kind: 'contradiction',
        conflictsWith: against.slice(0, 5),
        reason:
          `${who()} backs "${claim.text}", ` +
          `which conflicts with "${ctx.cs.byId.get(other)?.text ?? other}" on record`,
        eventKey: `conflict:${f.claim}:${f.actorKey}`,
      };
    }
  }
  return null;
}

/** Two quotes are the same words when their content stems overlap this much (Jaccard). */
const SAME_QUOTE = 0.6;

/**
 * Known quotes (indexes, ascending) at least {@link SAME_QUOTE} similar to a fingerprint. Quotes that similar
 * share at least ⌈0.6·n⌉ of its n stems, so each shares one of any n − ⌈0.6·n⌉ + 1 of them: only the postings of
 * its rarest stems are read, however many quotes the claim set holds.
 */
function similarQuotes(fp: Set<string>, cs: AlertContext['cs']): number[] {
  if (!fp.size) return [];
  const byRarity = [...fp].sort((a, b) => (cs.quoteIndex.get(a)?.length ?? 0) - (cs.quoteIndex.get(b)?.length ?? 0));
  const candidates = new Set<number>();
  for (const stem of byRarity.slice(0, fp.size - Math.ceil(SAME_QUOTE * fp.size - 1e-9) + 1))
    for (const i of cs.quoteIndex.get(stem) ?? []) candidates.add(i);
  return [...candidates].filter((i) => quoteSimilarity(fp, cs.quotes[i]!.stems) >= SAME_QUOTE).sort((a, b) => a - b);
}

/** A quote the claim set attributes to someone else. */
export function decideAttribution(
  f: JudgedFinding | { actorKey: string; quotes: string[]; evidence: string },
  ctx: AlertContext,
): AlertDecision | null {
  if (f.actorKey.startsWith('outlet:') || f.actorKey.startsWith('name:unnamed')) return null;
  for (const q of f.quotes) {
    const fp = quoteFingerprint(q);
    for (const i of similarQuotes(fp, ctx.cs)) {
      const known = ctx.cs.quotes[i]!;
      if (known.actor === f.actorKey) continue;
      const who = actorName(ctx, f.actorKey);
      const real = actorName(ctx, known.actor);
      return {
        kind: 'contradiction',
        claim: known.claim,
        actor: who,
        evidence: f.evidence,
        conflictsWith: [
          {
            value: `"${known.text}" (${real})`,
            source: sourceLine(known.source.outlet, known.source.where, known.source.date),
          },
        ],
        reason: `Quote attributed to ${who}; on record it was said by ${real}`,
        eventKey: `attribution:${known.actor}:${f.actorKey}:${[...known.stems].slice(0, 6).join('-')}`,
      };
    }
  }
  return null;
}
