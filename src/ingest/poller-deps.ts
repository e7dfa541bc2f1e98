import type { ArticleRecord, FeedRecord, Store } from '../store/store.js';
import type { BackoffPolicy } from './backoff.js';
import type { FetchImpl, FetchLimits } from './limits.js';
import type { IngestLog } from './log.js';
import type { Resolver } from './url-safety.js';

/** How long a leased feed stays ours unless the deps say otherwise. */
export const DEFAULT_LEASE_MS = 15 * 60_000;
/** Article pages fetched at once for one feed unless the deps say otherwise. */
export const DEFAULT_PAGE_CONCURRENCY = 4;

/** What the poller tells the pipeline about each newly stored article. */
export interface ArticleContext {
  feed: FeedRecord;
  /** True for items from a feed's first poll (only announced with --backfill). */
  isBacklog: boolean;
}

/** Everything the poller needs, passed in (no module-level state; see STYLE.md "one composition root"). */
export interface PollerDeps {
  store: Store;
  log: IngestLog;
  now: () => Date;
  fetchImpl?: FetchImpl;
  limits: FetchLimits;
  /** Feeds polled at once, across all hosts. */
  concurrency: number;
  /** Feeds polled at once on one host, so one outlet with many feeds is not hammered. */
  perHost: number;
  /** This instance's id, for feed leases. */
  owner: string;
  /** Announce the backlog of a feed's first poll too (`run --backfill`, `--demo`). */
  backfill: boolean;
  onArticle: (article: ArticleRecord, ctx: ArticleContext) => Promise<void>;
  /** Items kept per feed, newest first (default 500). */
  maxItems?: number;
  /** How long a leased feed stays ours (default 15 minutes). */
  leaseMs?: number;
  backoff?: BackoffPolicy;
  /** [0, 1) source for backoff jitter; injected so tests can pin it. */
  random?: () => number;
  /** DNS for the private-address check (tests map names without a real resolver). */
  resolve?: Resolver;
  /** Article pages fetched at once for one feed (default 4). */
  pageConcurrency?: number;
  /** Time for all of one feed's article pages (default: a third of the lease, so the feed is done well inside it). */
  pageBudgetMs?: number;
}

export interface PollSummary {
  feeds: number;
  ok: number;
  notModified: number;
  failed: number;
  newItems: number;
  durationMs: number;
}

export type FeedOutcome = {
  outcome: 'ok' | 'not-modified' | 'failed';
  newItems: number;
  /** The feed's lease was released with the outcome recorded (else the poller releases it on its own). */
  leaseReleased?: boolean;
};
