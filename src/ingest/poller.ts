import pLimit, { type LimitFunction } from 'p-limit';
import type { FeedRecord } from '../store/store.js';
import { pollFeed } from './poll-feed.js';
import type { FeedOutcome, PollerDeps, PollSummary } from './poller-deps.js';

export interface Poller {
  /**
   * Lease the feeds that are due, poll them (bounded globally and per host), and summarise. A call made
   * while a poll is still running joins that poll instead of starting a second one.
   */
  pollOnce(): Promise<PollSummary>;
}

const DEFAULT_LEASE_MS = 15 * 60_000;
const DEFAULT_BATCH = 1000;

/** The feed poller. See {@link PollerDeps} for what it needs. */
export function createPoller(deps: PollerDeps): Poller {
  let running: Promise<PollSummary> | null = null;
  return {
    pollOnce() {
      running ??= pollDueFeeds(deps).finally(() => {
        running = null;
      });
      return running;
    },
  };
}

async function pollDueFeeds(deps: PollerDeps): Promise<PollSummary> {
  const started = deps.now().getTime();
  const feeds = await deps.store.leaseDueFeeds(new Date(started).toISOString(), deps.owner, deps.leaseMs ?? DEFAULT_LEASE_MS, deps.batchSize ?? DEFAULT_BATCH);
  const global = pLimit(Math.max(1, deps.concurrency));
  const hosts = new Map<string, LimitFunction>();
  const perHost = (feed: FeedRecord): LimitFunction => {
    const host = hostKey(feed.url);
    let limit = hosts.get(host);
    if (!limit) hosts.set(host, (limit = pLimit(Math.max(1, deps.perHost))));
    return limit;
  };
  // Wait for the host's slot before taking a global one, so feeds of a busy host do not hold global slots idle.
  const outcomes = await Promise.all(feeds.map((feed) => perHost(feed)(() => global(() => pollLeased(feed, deps)))));

  const summary: PollSummary = { feeds: feeds.length, ok: 0, notModified: 0, failed: 0, newItems: 0, durationMs: 0 };
  for (const o of outcomes) {
    if (o.outcome === 'ok') summary.ok++;
    else if (o.outcome === 'not-modified') summary.notModified++;
    else summary.failed++;
    summary.newItems += o.newItems;
  }
  summary.durationMs = deps.now().getTime() - started;
  deps.log.info({ ...summary }, 'poll finished');
  return summary;
}

async function pollLeased(feed: FeedRecord, deps: PollerDeps): Promise<FeedOutcome> {
  const log = deps.log.child({ feed: feed.url, feedId: feed.id });
  try {
    return await pollFeed(feed, deps, log);
  } finally {
    await deps.store.releaseFeedLease(feed.id, deps.owner).catch((err: unknown) => log.error({ err: String(err) }, 'could not release the feed lease'));
  }
}

function hostKey(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
