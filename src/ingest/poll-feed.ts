import { asAppError } from '../errors.js';
import { isStorageFault } from '../store/sqlite/faults.js';
import type { FeedPollSuccess, FeedRecord } from '../store/store.js';
import { backoffDelayMs, retryAfterMs } from './backoff.js';
import { retryAfterOf } from './fetch-limited.js';
import { fetchFeed } from './fetch-feed.js';
import type { IngestLog } from './log.js';
import { parseFeed } from './parse-feed.js';
import type { FeedOutcome, PollerDeps } from './poller-deps.js';
import { saveItems } from './save-items.js';

/**
 * Poll one feed: conditional GET, parse, store new items, then record the outcome, releasing the feed's lease in the
 * same write. A failure is recorded on the feed (error text, failure count, backed-off next poll) so the other feeds
 * carry on. Throws only when the store itself cannot be used (full disk, read-only or damaged file): that is no
 * fault of the feed, and the poll as a whole fails with the store's message.
 */
export async function pollFeed(feed: FeedRecord, deps: PollerDeps, log: IngestLog): Promise<FeedOutcome> {
  const at = deps.now().toISOString();
  try {
    const res = await fetchFeed(
      feed.url,
      { etag: feed.etag, lastModified: feed.lastModified },
      deps.limits,
      deps.fetchImpl,
      deps.resolve,
    );
    if (res.status === 'not-modified') {
      await deps.store.recordFeedSuccess(feed.id, {
        etag: feed.etag,
        lastModified: feed.lastModified,
        at,
        nextPollAt: null,
        releaseLeaseOf: deps.owner,
      });
      log.info({ status: 304 }, 'feed not modified');
      return { outcome: 'not-modified', newItems: 0, leaseReleased: true };
    }
    const parsed = await parseFeed(res.body, {
      maxItems: deps.maxItems,
      baseUrl: documentUrl(res.finalUrl, res.contentLocation),
    });
    if (parsed.dropped > 0)
      log.warn({ dropped: parsed.dropped }, 'feed carries more items than the cap; oldest dropped');
    if (parsed.cutOff > 0)
      log.warn(
        { cutOff: parsed.cutOff },
        'feed ends inside an item (cut off in transit?); that item skipped, the rest read',
      );
    if (parsed.repairs.length > 0)
      log.info({ repairs: parsed.repairs }, 'feed is not well-formed XML; read after repair');
    const newItems = await saveItems(feed, parsed, res.finalUrl, deps, log);
    if (!feed.initialised) await deps.store.markFeedInitialised(feed.id);

    const ok: FeedPollSuccess = {
      etag: res.etag,
      lastModified: res.lastModified,
      at,
      nextPollAt: null,
      releaseLeaseOf: deps.owner,
    };
    // Keep a title someone chose; only fill it in from the feed when there is none.
    if (!feed.title && parsed.title) ok.title = parsed.title;
    await deps.store.recordFeedSuccess(feed.id, ok);
    log.info({ items: parsed.items.length, newItems, backlog: !feed.initialised }, 'feed polled');
    return { outcome: 'ok', newItems, leaseReleased: true };
  } catch (err) {
    if (isStorageFault(err)) throw err;
    return { outcome: 'failed', newItems: 0, leaseReleased: await recordFailure(feed, err, at, deps, log) };
  }
}

/**
 * The feed document's own address: its Content-Location (RFC 9110 §8.7) resolved against the address fetched, else
 * that address.
 */
function documentUrl(finalUrl: string, contentLocation: string | null): string {
  if (!contentLocation) return finalUrl;
  try {
    return new URL(contentLocation.trim(), finalUrl).toString();
  } catch {
    return finalUrl;
  }
}

/** Resolves whether the failure (and with it the lease's release) was recorded. */
async function recordFailure(
  feed: FeedRecord,
  err: unknown,
  at: string,
  deps: PollerDeps,
  log: IngestLog,
): Promise<boolean> {
  const error = asAppError(err);
  const failures = feed.failureCount + 1;
  const backoff = backoffDelayMs(failures, deps.random, deps.backoff);
  // An outlet that says how long to wait (429/503 Retry-After) is not asked again sooner, up to 6 hours.
  const asked = retryAfterMs(retryAfterOf(err), new Date(at));
  const delay = Math.max(backoff, asked ?? 0);
  const nextPollAt = new Date(Date.parse(at) + delay).toISOString();
  const text =
    asked !== null && asked >= backoff
      ? `${error.toString()}; the outlet asked us to wait (Retry-After), next poll at ${nextPollAt}`
      : error.toString();
  log.warn({ code: error.code, error: error.message, failures, nextPollAt, retryAfterMs: asked }, 'feed poll failed');
  try {
    await deps.store.recordFeedFailure(feed.id, { error: text, at, nextPollAt, releaseLeaseOf: deps.owner });
    return true;
  } catch (storeErr) {
    log.error({ err: String(storeErr) }, 'could not record the feed failure');
    return false;
  }
}
