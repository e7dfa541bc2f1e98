/**
 * The weekly digest, pure: build the model from what the store recorded, render it as text.
 * The chart and the posting live in src/app (they need a renderer and the store).
 */
export { buildDigest, TOP_ACTORS } from './build.js';
export { claimsForDigest, standing } from './claims.js';
export { renderDigestText, digestSections, digestHeadline, type DigestSection } from './text.js';
export {
  addDays,
  dayLabel,
  isoWeek,
  lastDays,
  localDate,
  periodDays,
  periodKey,
  periodLabel,
  startOfLocalDay,
  weekBefore,
} from './calendar.js';
export type {
  ActorActivity,
  ContradictionItem,
  ContradictionSide,
  ContradictionType,
  DayCounts,
  DenialItem,
  DigestClaim,
  DigestDay,
  DigestEvent,
  DigestInput,
  DigestModel,
  DigestPeriod,
  DigestPosition,
  DigestSource,
  DigestValue,
  FeedFailureSummary,
  NewClaimItem,
  Standing,
  StatusChange,
} from './types.js';
