import type { AlertContext } from './alerts.js';
import type { AlertDecision, ValueFinding } from './types.js';
import { describeValue, refinedRecord, sameMagnitude, sameSeason, valuesAgree } from './values/index.js';
import { byClaim, sourceLine } from './history-index.js';
import { sentenceFingerprint } from './claimset/fingerprint.js';

/** Days after which an office-holder on record may have handed over: a new name then is news, not a conflict. */
const HOLDER_SHELF_DAYS = 183;

const DAY_MS = 86_400_000;

/**
 * Is the record of an office too old to hold against a name given now? Offices change hands: a chief executive
 * last confirmed nine months before the article may have a successor the record never saw. An undated record
 * (an editor's reference) counts only through the dated sightings beside it; with none, it stands.
 */
function staleHolder(
  type: string | null,
  known: ReadonlyArray<{ date: string | null }>,
  published: string | null | undefined,
): boolean {
  if (type !== 'person' || !published) return false;
  const now = Date.parse(published);
  const seen = known.map((k) => (k.date ? Date.parse(k.date) : NaN)).filter((t) => !Number.isNaN(t));
  return seen.length > 0 && !Number.isNaN(now) && now - Math.max(...seen) > HOLDER_SHELF_DAYS * DAY_MS;
}

interface Recorded {
  value: string;
  normalised: ValueFinding['normalised'];
  source: string;
  date: string | null;
}

/** Every value on record for a claim: the claim set's, then those learned from coverage. */
function recordOf(claimId: string, ctx: AlertContext): Recorded[] {
  const claim = ctx.cs.byId.get(claimId);
  if (!claim) return [];
  return [
    ...claim.knownValues.map((k) => ({
      value: k.value,
      normalised: k.normalised,
      source: k.sources.map((s) => sourceLine(s.outlet, s.where, s.date)).join('; '),
      date: k.sources.reduce<string | null>((a, s) => (s.date && (!a || s.date > a) ? s.date : a), null),
    })),
    ...(byClaim(ctx.history).values.get(claimId) ?? []).map((h) => ({
      value: h.value,
      normalised: h.normalised,
      source: sourceLine(h.source.outlet, h.source.where, h.source.date),
      date: h.source.date,
    })),
  ];
}

/**
 * What a value found in an article means against the record of its claim. It is another event's (`otherEvent`) when
 * it is a figure fifty times off every one on record ("two soldiers" against "11,000 troops") or a date more than a
 * year from every date on record ("the last call, in July 2020"): neither a conflict nor a value of the claim to
 * keep. Otherwise a value outside every value on record is a contradiction (`decision`).
 */
export function judgeValue(
  v: ValueFinding,
  ctx: AlertContext,
): { otherEvent: boolean; decision: AlertDecision | null } {
  const none = { otherEvent: false, decision: null };
  const claim = v.claim ? ctx.cs.byId.get(v.claim) : undefined;
  if (!v.claim || !claim) return none;
  const known = recordOf(v.claim, ctx);
  if (!known.length) return none;
  const record = known.map((k) => k.normalised);
  if (!sameMagnitude(v.normalised, record) || !sameSeason(v.normalised, record))
    return { otherEvent: true, decision: null };
  if (staleHolder(claim.valueType, known, ctx.published)) return none;
  if (refinedRecord(known).some((k) => valuesAgree(k.normalised, v.normalised))) return none;
  // A sentence of the documents the claim set was written from is the record itself, not news against it.
  if (ctx.cs.knownSentences.has(sentenceFingerprint(v.evidence))) return none;
  const decision: AlertDecision = {
    kind: 'contradiction',
    claim: v.claim,
    claimText: claim.text,
    actor: v.actor,
    evidence: v.evidence,
    conflictsWith: known.map((k) => ({ value: k.value, source: k.source })),
    reason:
      `${v.attribute.replace(/_/g, ' ')} given as "${v.value}", ` +
      `unlike every value on record (${known.map((k) => k.value).join(', ')})`,
    eventKey: `value:${v.claim}:${describeValue(v.normalised)}`,
  };
  return { otherEvent: false, decision };
}
