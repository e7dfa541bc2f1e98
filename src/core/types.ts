/**
 * The newsroom's vocabulary, shared by the pure engine and the edges.
 * Nothing here does I/O; everything is a plain value that can be stored, compared and rendered.
 */

/** How an actor stands towards a claim in one statement. */
export type Stance = 'supports' | 'denies' | 'reports';
/** Stance labels used by `stance` and `eval`: a text may also not speak to the claim at all. */
export type StanceLabel = Stance | 'unrelated';
/** Stance as written in the claim set (`asserts` is the claim set's word for `supports`). */
export type PositionStance = 'asserts' | 'denies' | 'reports';

/** Standard value attributes (DESIGN.md); a story may add its own. */
export type ValueAttribute =
  | 'quantity'
  | 'contract_value'
  | 'contract_date'
  | 'first_delivery'
  | 'delivery_completed'
  | 'test_firing'
  | 'deadline'
  | 'meeting_date'
  | (string & {});

/** Where a position or a value was seen. */
export interface SourceRef {
  outlet: string;
  /** Seed file name (seeds/…) or article URL. */
  where: string;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  date: string | null;
  title?: string;
}

/** A value in comparable form. */
export type NormalisedValue =
  | { kind: 'count'; count: number; unit: string | null }
  | { kind: 'money'; amount: number; currency: string; approx?: boolean }
  | { kind: 'date'; from: string; to: string; precision: 'year' | 'month' | 'day' }
  | { kind: 'duration'; minDays: number; maxDays: number }
  /** A share in per cent ("24%", "yüzde 12", "24 Prozent"). */
  | { kind: 'percent'; value: number }
  /**
   * A person, body or place named as the value (an office-holder, who started something, where it happened).
   * `key` identifies it (a claim-set actor or entity id, or the folded name when the set does not know it);
   * `tense` marks a holder the text itself calls former or incoming, which no current holder contradicts.
   */
  | { kind: 'name'; name: string; key: string; tense?: 'former' | 'next' };

/** The input the engine analyses: already fetched and extracted, text not yet normalised. */
export interface ArticleInput {
  url: string;
  title: string;
  text: string;
  /** ISO-8601 or null. */
  published: string | null;
  /** Outlet / feed name, e.g. "Pravda.Ru". */
  source: string;
}

export interface Finding {
  claim: string;
  claimText: string;
  stance: Stance;
  /** Normalised actor name ("Dmitry Peskov"), or null when the article itself is the speaker. */
  actor: string | null;
  evidence: string;
  confidence: number;
}

export interface ValueFinding {
  attribute: ValueAttribute;
  /** The value claim it belongs to, when the claim set has one for this attribute. */
  claim: string | null;
  /** The words as written in the article. */
  value: string;
  normalised: NormalisedValue;
  evidence: string;
  actor: string | null;
}

export type AlertKind = 'denial' | 'contradiction' | 'new-claim';

export interface ConflictRef {
  value: string;
  source: string;
}

export interface AlertDecision {
  kind: AlertKind;
  claim: string | null;
  claimText?: string;
  actor: string | null;
  evidence: string;
  conflictsWith: ConflictRef[];
  /** One line a journalist understands. */
  reason: string;
  /**
   * Stable identity of the event this alert is about (kind + claim + actor/value).
   * A syndicated copy produces the same key: it is one more source, not a new alert.
   */
  eventKey: string;
}

/** An alert event as recorded: the first alert plus how many articles (copies included) carry it. */
export interface RecordedEvent {
  eventKey: string;
  kind: AlertKind;
  claim: string | null;
  actor: string | null;
  reason: string;
  evidence: string;
  firstArticleUrl: string;
  createdAt: string;
  /** Number of articles (first + syndicated copies) behind the event. */
  sources: number;
}

/** `analyze --json` output (DESIGN.md). */
export interface AnalysisReport {
  url: string;
  title: string;
  published: string | null;
  language: string;
  relevant: boolean;
  story: string | null;
  relevance: number;
  findings: Finding[];
  values: ValueFinding[];
  alerts: AlertDecision[];
}

/** What the store already knows, handed to the pure engine. */
export interface History {
  /** Positions learned after the seeds: (claim, actor, stance) with sources. */
  positions: ReadonlyArray<{ claim: string; actor: string; stance: Stance; source: SourceRef; evidence: string }>;
  /** Values learned after the seeds. */
  values: ReadonlyArray<{
    attribute: string;
    claim: string | null;
    value: string;
    normalised: NormalisedValue;
    source: SourceRef;
  }>;
  /** Event keys already alerted. */
  alertedEvents: ReadonlySet<string>;
}

export const emptyHistory = (): History => ({ positions: [], values: [], alertedEvents: new Set() });
