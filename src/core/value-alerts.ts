import type { AlertContext } from './alerts.js';
import type { AlertDecision, ValueFinding } from './types.js';
import { describeValue, refinedRecord, sameMagnitude, sameSeason, valuesAgree } from './values/index.js';
import { byClaim, sourceLine } from './history-index.js';
import { sentenceFingerprint } from './claimset/fingerprint.js';

/** A value outside every value on record for its attribute. */
export function decideValue(v: ValueFinding, ctx: AlertContext): AlertDecision | null {
  if (!v.claim) return null;
  const claim = ctx.cs.byId.get(v.claim);
  if (!claim) return null;
  const known = [
    ...claim.knownValues.map((k) => ({
      value: k.value,
      normalised: k.normalised,
      source: k.sources.map((s) => sourceLine(s.outlet, s.where, s.date)).join('; '),
    })),
    ...(byClaim(ctx.history).values.get(v.claim) ?? []).map((h) => ({
      value: h.value,
      normalised: h.normalised,
      source: sourceLine(h.source.outlet, h.source.where, h.source.date),
    })),
  ];
  if (!known.length || refinedRecord(known).some((k) => valuesAgree(k.normalised, v.normalised))) return null;
  // A sentence of the documents the claim set was written from is the record itself, not news against it.
  if (ctx.cs.knownSentences.has(sentenceFingerprint(v.evidence))) return null;
  // A figure fifty times off every one on record ("two soldiers" against "11,000 troops") counts something else.
  if (
    !sameMagnitude(
      v.normalised,
      known.map((k) => k.normalised),
    )
  )
    return null;
  // A date more than a year from every date on record is another event's ("the last call, in July 2020").
  if (
    !sameSeason(
      v.normalised,
      known.map((k) => k.normalised),
    )
  )
    return null;
  return {
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
}
