import pLimit, { type LimitFunction } from 'p-limit';
import type { FeedRecord } from '../store/store.js';
import { pollFeed } from './poll-feed.js';
import { DEFAULT_LEASE_MS, type FeedOutcome, type PollerDeps, type PollSummary } from './poller-deps.js';

export interface Poller {
  /**
   * Poll every feed due now (bounded globally and per host), and summarise. A call made while a poll is still
   * running joins that poll instead of starting a second one.
   */
  pollOnce(cycle?: PollCycle): Promise<PollSummary>;
}

export interface PollCycle {
  /**
   * When the cycle began: a feed polled since then, by any instance, is not due in it. A scheduled poll passes its
   * cron tick's time, which every instance shares, so instances whose ticks fire a few milliseconds (or, under load,
   * a few seconds) apart still poll each feed once between them. Default: now.
   */
  startedAt?: Date;
}

/** The feed poller. See {@link PollerDeps} for what it needs. */
export function createPoller(deps: PollerDeps): Poller {
  let running: Promise<PollSummary> | null = null;
  return {
    pollOnce(cycle = {}) {
      running ??= pollDueFeeds(deps, cycle).finally(() => {
        running = null;
      });
      return running;
    },
  };
}

/**
 * `concurrency` lanes poll side by side. They take feeds from a small local list that is leased from the store a
 * few at a time (as many as there are lanes) and topped up when it runs dry, until no feed is due. So an instance
 * holds leases only on the feeds it is polling or about to poll, and other instances take the rest of the list
 * meanwhile; a slow feed holds up one lane, not a batch; and a lane picks a feed of a host with a free slot before
 * one of a busy host. A feed polled since the cycle began is not due again in this cycle (the store compares with
 * the cycle's start), so the cycle ends.
 */
async function pollDueFeeds(deps: PollerDeps, cycle: PollCycle): Promise<PollSummary> {
  const started = deps.now().getTime();
  // Never later than now: a tick's time is in the past by the time its poll starts.
  const cycleStart = new Date(Math.min(started, cycle.startedAt?.getTime() ?? started)).toISOString();
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const lanes = Math.max(1, deps.concurrency);
  const hosts = new Map<string, LimitFunction>();
  const perHost = (feed: FeedRecord): LimitFunction => {
    const host = hostKey(feed.url);
    let limit = hosts.get(host);
    if (!limit) hosts.set(host, (limit = pLimit(Math.max(1, deps.perHost))));
    return limit;
  };
  const hasRoom = (feed: FeedRecord) => {
    const limit = perHost(feed);
    return limit.activeCount + limit.pendingCount < limit.concurrency;
  };

  const leased: FeedRecord[] = [];
  const polled = new Set<number>();
  let noneDue = false;
  let leaseFailure: unknown = null;
  let leasing: Promise<void> | null = null;
  const lease = async (): Promise<void> => {
    try {
      const feeds = await deps.store.leaseDueFeeds(deps.now().toISOString(), deps.owner, leaseMs, lanes, cycleStart);
      if (feeds.length < lanes) noneDue = true;
      for (const feed of feeds) {
        if (polled.has(feed.id)) {
          // Its poll could not be recorded (the store failed): leave it to the next cycle rather than loop on it.
          noneDue = true;
          await deps.store.releaseFeedLease(feed.id, deps.owner);
        } else {
          polled.add(feed.id);
          leased.push(feed);
        }
      }
    } catch (err) {
      // The lanes finish the feeds in hand; the cycle then fails with this error.
      leaseFailure ??= err;
      noneDue = true;
    }
  };
  const next = async (): Promise<FeedRecord | undefined> => {
    while (!leased.length && !noneDue) {
      leasing ??= lease().finally(() => {
        leasing = null;
      });
      await leasing;
    }
    const free = leased.findIndex(hasRoom);
    return leased.splice(Math.max(0, free), 1)[0];
  };

  const outcomes: FeedOutcome[] = [];
  const lane = async (): Promise<void> => {
    for (let feed = await next(); feed; feed = await next()) {
      const leasedFeed = feed;
      try {
        outcomes.push(await perHost(leasedFeed)(() => pollLeased(leasedFeed, deps)));
      } catch (err) {
        // The store itself failed (a full disk, a damaged file): no feed is to blame, and the next would fail alike.
        leaseFailure ??= err;
        noneDue = true;
      }
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  if (leaseFailure) throw leaseFailure;

  const summary: PollSummary = {
    feeds: outcomes.length,
    ok: 0,
    notModified: 0,
    failed: 0,
    newItems: 0,
    durationMs: 0,
  };
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
  let outcome: FeedOutcome | undefined;
  try {
    outcome = await pollFeed(feed, deps, log);
    return outcome;
  } finally {
    if (!outcome?.leaseReleased) {
      await deps.store
        .releaseFeedLease(feed.id, deps.owner)
        .catch((err: unknown) => log.error({ err: String(err) }, 'could not release the feed lease'));
    }
  }
}

function hostKey(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
