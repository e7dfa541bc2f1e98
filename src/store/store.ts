import type {
  AlertDecision,
  AnalysisReport,
  History,
  RecordedEvent,
  SourceRef,
  Stance,
  NormalisedValue,
} from '../core/types.js';

/**
 * One storage port, two implementations (SQLite embedded default, PostgreSQL for several instances).
 * Every method is async so both fit; every write that belongs together happens in one transaction.
 * Times are ISO-8601 strings in UTC.
 */

export interface FeedRecord {
  id: number;
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Consecutive failures; 0 when healthy. */
  failureCount: number;
  lastError: string | null;
  lastPolledAt: string | null;
  lastOkAt: string | null;
  /** Not polled before this time (backoff). Null: due now. */
  nextPollAt: string | null;
  /** False until the first successful poll has recorded the backlog. */
  initialised: boolean;
  addedAt: string;
}

export interface FeedPollSuccess {
  etag: string | null;
  lastModified: string | null;
  title?: string | null;
  at: string;
  nextPollAt: string | null;
  /** Release the feed's lease in the same write, if this owner holds it (as `releaseFeedLease` would). */
  releaseLeaseOf?: string;
}

export interface FeedPollFailure {
  error: string;
  at: string;
  nextPollAt: string;
  /** See {@link FeedPollSuccess.releaseLeaseOf}. */
  releaseLeaseOf?: string;
}

/** Keys an item is recognised by. */
export interface ItemKeys {
  guid: string | null;
  canonicalUrl: string;
  contentHash: string;
}

export interface ArticleRecord {
  id: number;
  feedId: number | null;
  url: string;
  canonicalUrl: string;
  guid: string | null;
  contentHash: string;
  title: string;
  source: string;
  published: string | null;
  text: string;
  fetchedAt: string;
  /** Null until the engine has analysed it. */
  analysedAt: string | null;
  relevant: boolean | null;
  /** Part of a new feed's backlog: analysed into the history, never announced (no alerts, no messages). */
  quiet: boolean;
}

export interface NewArticle {
  feedId: number | null;
  url: string;
  keys: ItemKeys;
  title: string;
  source: string;
  published: string | null;
  text: string;
  fetchedAt: string;
  /** See {@link ArticleRecord.quiet}. */
  quiet?: boolean;
}

/** What is sent: an alert, or a quiet extra source on an event already alerted. */
export type OutboxKind = 'alert' | 'source' | 'digest';

export interface OutboxEntry {
  id: number;
  kind: OutboxKind;
  /** console | slack | discord */
  sink: string;
  channel: string;
  /** Event the message is about (alert event key, or digest period key). */
  eventKey: string;
  /** Unique per (sink, channel, event, kind, article): the same message is never enqueued twice. */
  idempotencyKey: string;
  payload: OutboundPayload;
  attempts: number;
  /**
   * How many times the entry has been leased, the current lease included. 1: no deliverer has had it before, so it
   * cannot have reached the platform yet (nothing to check for a copy posted before a crash).
   */
  leases: number;
  status: 'pending' | 'delivered' | 'dead';
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  /** Platform message id (Slack ts, Discord message id) once delivered. */
  remoteId: string | null;
}

export interface ArticleMeta {
  url: string;
  title: string;
  source: string;
  published: string | null;
}

/**
 * An alert message, or the quiet extra-source message of known events. One message carries every alert of one kind
 * from one article: `alert` is the first of them (its event keys the message), `alerts` all of them, `alert` first
 * (absent on messages written before grouping: then `alert` is the only one).
 */
export interface AlertMessage {
  alert: AlertDecision;
  alerts?: AlertDecision[];
  /** The claim set's role of each speaker it knows, by the name the alerts show. */
  roles?: Record<string, string>;
  article: ArticleMeta;
  story: string;
}

export type OutboundPayload =
  | ({ type: 'alert' } & AlertMessage)
  | ({ type: 'source' } & AlertMessage)
  | { type: 'digest'; periodKey: string; text: string; model: unknown; chartPath?: string | null };

/** Every alert a message carries, its lead first. */
export function alertsOf(payload: AlertMessage): AlertDecision[] {
  return payload.alerts?.length ? payload.alerts : [payload.alert];
}

/** Where an alert goes: decided by routing config, computed by the caller. */
export interface Route {
  sink: string;
  channel: string;
}

export interface RecordAnalysisInput {
  articleId: number;
  report: AnalysisReport;
  article: ArticleMeta;
  /** Alerts the engine judged repeats of known events (syndicated copies): stored as extra sources. */
  repeats: AlertDecision[];
  routes: (alert: AlertDecision) => Route[];
  at: string;
  /** The claim set's role of each speaker, by the name the alerts show (shown beside the speaker). */
  roles?: Record<string, string>;
}

export interface StoredPosition {
  claim: string;
  actor: string;
  stance: Stance;
  evidence: string;
  source: SourceRef;
  articleId: number | null;
  at: string;
}

export interface StoredValue {
  attribute: string;
  claim: string | null;
  value: string;
  normalised: NormalisedValue;
  evidence: string;
  source: SourceRef;
  at: string;
}

export type StoredEvent = RecordedEvent;

/** What an editor said about an alert with its buttons. */
export type Verdict = 'confirm' | 'false-alarm' | 'wrong-speaker';
export const VERDICTS: readonly Verdict[] = ['confirm', 'false-alarm', 'wrong-speaker'];

/** One editor's verdict on one alert event. */
export interface AlertFeedback {
  eventKey: string;
  /** The event's claim, when it has one (for `/claimwatch claim <id>`). */
  claim: string | null;
  verdict: Verdict;
  platform: string;
  userId: string;
  at: string;
}

export interface OutboxStats {
  pending: number;
  delivered: number;
  dead: number;
  oldestPendingAt: string | null;
}

export interface Store {
  /** Apply pending migrations; safe to call any number of times. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  // Feeds
  listFeeds(): Promise<FeedRecord[]>;
  /** Idempotent: adding a known URL returns the existing record. */
  addFeed(url: string, title?: string | null): Promise<FeedRecord>;
  removeFeed(url: string): Promise<boolean>;
  /**
   * Feeds due at `now` (backoff passed, lease free or run out, not polled since `polledBefore`, default `now`),
   * least recently polled first, leased to `owner` from `now` for `leaseMs` so no other instance polls them meanwhile.
   */
  leaseDueFeeds(
    now: string,
    owner: string,
    leaseMs: number,
    limit: number,
    polledBefore?: string,
  ): Promise<FeedRecord[]>;
  releaseFeedLease(feedId: number, owner: string): Promise<void>;
  recordFeedSuccess(feedId: number, ok: FeedPollSuccess): Promise<void>;
  recordFeedFailure(feedId: number, fail: FeedPollFailure): Promise<void>;
  markFeedInitialised(feedId: number): Promise<void>;

  // Articles
  /** Id of a stored article matching any of the keys (GUID within the feed, canonical URL, content hash). */
  findArticle(keys: ItemKeys, feedId: number | null): Promise<number | null>;
  /** Insert unless an article with any of the keys exists; returns its id and whether it was new. */
  saveArticle(article: NewArticle): Promise<{ id: number; inserted: boolean }>;
  /**
   * `saveArticle` for each, in order (an article the same as an earlier one in the list, by any key, is that one),
   * in one round trip where the database allows.
   */
  saveArticles(articles: readonly NewArticle[]): Promise<Array<{ id: number; inserted: boolean }>>;
  /** Articles stored but not yet analysed, oldest first (whoever holds them). */
  unanalysedArticles(limit: number): Promise<ArticleRecord[]>;
  /**
   * Stored articles not yet analysed, oldest first, leased to `owner` for `leaseMs` so instances share the analysis
   * and never take the same article at once. An expired lease frees an article again (its instance died or gave up).
   */
  leaseUnanalysed(now: string, owner: string, leaseMs: number, limit: number): Promise<ArticleRecord[]>;
  getArticle(id: number): Promise<ArticleRecord | null>;

  /**
   * In one transaction: findings, learned positions and values, new alert events, extra sources of known events,
   * and one outbox entry per route of each; marks the article analysed. Idempotent per article.
   */
  recordAnalysis(input: RecordAnalysisInput): Promise<{ alerts: number; outbox: number }>;
  /**
   * `recordAnalysis` for each, in order, in one round trip where the database allows (a batch of articles analysed in
   * turn). When one of them was never stored, the others are recorded and this throws, naming it.
   */
  recordAnalyses(inputs: readonly RecordAnalysisInput[]): Promise<Array<{ alerts: number; outbox: number }>>;
  /** What the engine needs to judge novelty: learned positions, values and alerted event keys. */
  loadHistory(story: string): Promise<History>;

  // Queries for commands and the digest
  positions(filter: { claim?: string; actor?: string; since?: string; until?: string }): Promise<StoredPosition[]>;
  values(filter: { claim?: string; attribute?: string; since?: string; until?: string }): Promise<StoredValue[]>;
  events(filter: { since?: string; until?: string; kind?: AlertDecision['kind'] }): Promise<StoredEvent[]>;
  articleCounts(filter: {
    since: string;
    until: string;
  }): Promise<{ articles: number; relevant: number; outlets: Record<string, number> }>;
  feedFailures(filter: { since: string; until: string }): Promise<Array<{ url: string; error: string; at: string }>>;

  // Outbox
  enqueue(
    entries: Array<
      Omit<OutboxEntry, 'id' | 'attempts' | 'leases' | 'status' | 'lastError' | 'deliveredAt' | 'remoteId'>
    >,
  ): Promise<number>;
  /** Pending entries due at `now`, leased to `owner` (expired leases are free again). */
  leaseOutbox(now: string, owner: string, leaseMs: number, limit: number): Promise<OutboxEntry[]>;
  /**
   * Extends to `now + leaseMs` the leases `owner` still holds among `ids` (pending, leased to it: not delivered,
   * failed or taken over meanwhile); resolves with the ids renewed. A worker whose batch runs long renews before it
   * sends more, so another worker cannot take an entry over while it is being sent.
   */
  renewOutboxLeases(ids: readonly number[], owner: string, now: string, leaseMs: number): Promise<number[]>;
  markDelivered(id: number, remoteId: string | null, at: string): Promise<void>;
  /** `markDelivered` for several entries that have no platform id (the console's), in one write. */
  markAllDelivered(ids: readonly number[], at: string): Promise<void>;
  /** Record a failed attempt; `dead` moves it to the dead-letter state. */
  markAttemptFailed(id: number, error: string, nextAttemptAt: string, dead: boolean): Promise<void>;
  outboxStats(): Promise<OutboxStats>;
  deadLetters(limit: number): Promise<OutboxEntry[]>;

  /** One outbox entry by id (an alert button names the message it sits on); null when there is none. */
  outboxEntry(id: number): Promise<OutboxEntry | null>;

  // Editors' verdicts on alerts (the buttons under each alert).
  /** Records each verdict; the same editor pressing the same button on the same event again adds nothing. */
  recordFeedback(rows: readonly AlertFeedback[]): Promise<number>;
  /** Verdicts, oldest first, of one claim or event and/or pressed in [since, until). */
  feedback(filter: { claim?: string; eventKey?: string; since?: string; until?: string }): Promise<AlertFeedback[]>;

  // Threads: the first alert's message per (sink, channel, claim), so follow-ups go into its thread.
  getThread(sink: string, channel: string, threadKey: string): Promise<string | null>;
  setThread(sink: string, channel: string, threadKey: string, remoteId: string): Promise<void>;

  // Digests: posted once per period and channel.
  claimDigest(periodKey: string, sink: string, channel: string, at: string): Promise<boolean>;
}
