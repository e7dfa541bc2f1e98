import type { RecordedEvent, SourceRef, Stance } from '../types.js';

/**
 * The digest's vocabulary: what the builder takes (plain values read from the store and the claim set)
 * and the model it returns, which the text renderer, the chart and the chat platforms all read.
 * Times are ISO-8601 instants; calendar dates are `YYYY-MM-DD` in the period's time zone.
 */

/** A stretch of time: `since` inclusive, `until` exclusive, days counted in `tz` (IANA name). */
export interface DigestPeriod {
  since: string;
  until: string;
  tz: string;
}

/** A claim as the digest needs it, with what the claim set already records (actor display names). */
export interface DigestClaim {
  id: string;
  text: string;
  attribute: string | null;
  positions: ReadonlyArray<{ actor: string; stance: Stance; evidence: string; source: SourceRef }>;
  values: ReadonlyArray<{ value: string; sources: readonly SourceRef[] }>;
}

/** A position learned from an article (the store's `StoredPosition` fits). */
export interface DigestPosition {
  claim: string;
  actor: string;
  stance: Stance;
  evidence: string;
  source: SourceRef;
  at: string;
}

/** A value learned from an article (the store's `StoredValue` fits). */
export interface DigestValue {
  attribute: string;
  claim: string | null;
  value: string;
  evidence: string;
  source: SourceRef;
  at: string;
}

/** An alerted event (the store's `StoredEvent` is the same shape). */
export type DigestEvent = RecordedEvent;

export interface DigestInput {
  period: DigestPeriod;
  /** Story title for headings; optional. */
  story?: string;
  claims: readonly DigestClaim[];
  /** Everything learned up to `period.until` (earlier positions tell what changed in the period). */
  positions: readonly DigestPosition[];
  /** Everything learned up to `period.until` (earlier values are the other side of a contradiction). */
  values: readonly DigestValue[];
  /** Events created in the period. */
  events: readonly DigestEvent[];
  counts: { articles: number; relevant: number; outlets: Readonly<Record<string, number>> };
  feedFailures: ReadonlyArray<{ url: string; error: string; at: string }>;
}

export interface DayCounts {
  /** Statements supporting a claim. */
  assertions: number;
  /** Statements denying a claim. */
  denials: number;
  /** Contradiction alerts raised. */
  contradictions: number;
}

export interface DigestDay extends DayCounts {
  /** Calendar date in the period's time zone. */
  date: string;
  /** "Mon 20 Oct". */
  label: string;
}

/** Where something was read: outlet, date and link. */
export interface DigestSource {
  outlet: string;
  date: string | null;
  where: string;
}

export interface NewClaimItem {
  actor: string | null;
  evidence: string;
  url: string;
  outlet: string | null;
  at: string;
  sources: number;
}

export interface DenialItem extends NewClaimItem {
  claim: string | null;
  claimText: string;
}

/**
 * value: figures disagree; flip: a speaker against their own record; conflict: incompatible claims; attribution:
 * wrong speaker.
 */
export type ContradictionType = 'value' | 'flip' | 'conflict' | 'attribution' | 'other';

/** One side of a contradiction: a value or a stance, and who reported it. */
export interface ContradictionSide {
  label: string;
  quote: string | null;
  sources: DigestSource[];
  /** Read during the period (the side that caused the alert). */
  isNew: boolean;
}

export interface ContradictionItem {
  type: ContradictionType;
  claim: string | null;
  claimText: string | null;
  attribute: string | null;
  actor: string | null;
  reason: string;
  url: string;
  outlet: string | null;
  at: string;
  sides: ContradictionSide[];
}

/** How a claim stands, from the stances on record. */
export type Standing = 'no positions' | 'reported' | 'asserted' | 'denied' | 'contested';

export interface StatusChange {
  claim: string;
  claimText: string;
  before: Standing;
  after: Standing;
  /** "first denial, by Selim Karahan". */
  note: string;
}

export interface ActorActivity {
  actor: string;
  positions: number;
  supports: number;
  denies: number;
  reports: number;
}

export interface FeedFailureSummary {
  url: string;
  failures: number;
  lastError: string;
  lastAt: string;
}

export interface DigestModel {
  story: string | null;
  period: DigestPeriod & { key: string; label: string };
  /** Nothing happened: no articles, positions, alerts or feed failures. */
  empty: boolean;
  totals: DayCounts & { articles: number; relevant: number; outlets: number };
  days: DigestDay[];
  newClaims: NewClaimItem[];
  denials: DenialItem[];
  contradictions: ContradictionItem[];
  statusChanges: StatusChange[];
  actors: ActorActivity[];
  outlets: Array<{ outlet: string; articles: number }>;
  feedFailures: FeedFailureSummary[];
}
