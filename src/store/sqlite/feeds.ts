import type { FeedPollFailure, FeedPollSuccess, FeedRecord } from '../store.js';
import { toFeed, type Row } from '../rows.js';
import { addMs, toIso } from '../time.js';
import type { SqliteDb } from './db.js';

/** Feed list, leases and poll outcomes on SQLite.
 * Each function is the `Store` method of the same name (documented in store.ts) for this database.
 */

export function listFeeds(db: SqliteDb): FeedRecord[] {
  return (db.prepare('SELECT * FROM feeds ORDER BY id').all() as Row[]).map(toFeed);
}

export function addFeed(db: SqliteDb, url: string, title: string | null, at: string): FeedRecord {
  db.prepare('INSERT INTO feeds (url, title, added_at) VALUES (?, ?, ?) ON CONFLICT (url) DO NOTHING').run(
    url,
    title,
    at,
  );
  return toFeed(db.prepare('SELECT * FROM feeds WHERE url = ?').get(url) as Row);
}

export function removeFeed(db: SqliteDb, url: string): boolean {
  return db.prepare('DELETE FROM feeds WHERE url = ?').run(url).changes > 0;
}

/**
 * Due feeds are those whose backoff has passed, whose lease is free or has run out and that were not polled since
 * `polledBefore` (default `now`). Select and lease happen in one IMMEDIATE transaction, so another process cannot pick
 * the same feed in between.
 */
export function leaseDueFeeds(
  db: SqliteDb,
  now: string,
  owner: string,
  leaseMs: number,
  limit: number,
  polledBefore = now,
): FeedRecord[] {
  const at = toIso(now);
  const before = toIso(polledBefore);
  const until = addMs(at, leaseMs);
  const select = db.prepare(`SELECT id FROM feeds
    WHERE (next_poll_at IS NULL OR next_poll_at <= @at) AND (lease_until IS NULL OR lease_until <= @at)
      AND (last_polled_at IS NULL OR last_polled_at < @before)
    ORDER BY last_polled_at IS NOT NULL, last_polled_at, id LIMIT @limit`);
  const lease = db.prepare('UPDATE feeds SET lease_owner = @owner, lease_until = @until WHERE id = @id RETURNING *');
  const run = db.transaction(() =>
    (select.all({ at, before, limit }) as Array<{ id: number }>).map(({ id }) =>
      toFeed(lease.get({ owner, until, id }) as Row),
    ),
  );
  return run.immediate();
}

export function releaseFeedLease(db: SqliteDb, feedId: number, owner: string): void {
  db.prepare('UPDATE feeds SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?').run(
    feedId,
    owner,
  );
}

/** Clears the lease when @owner (an owner, or null) holds it; SET expressions see the row as it was. */
const RELEASE_IF_HELD = `lease_owner = CASE WHEN lease_owner = @owner THEN NULL ELSE lease_owner END,
  lease_until = CASE WHEN lease_owner = @owner THEN NULL ELSE lease_until END`;

export function recordFeedSuccess(db: SqliteDb, feedId: number, ok: FeedPollSuccess): void {
  const at = toIso(ok.at);
  db.prepare(
    `UPDATE feeds SET etag = @etag, last_modified = @lastModified, title = COALESCE(@title, title),
      failure_count = 0, last_error = NULL, last_polled_at = @at, last_ok_at = @at, next_poll_at = @next,
        ${RELEASE_IF_HELD}
    WHERE id = @id`,
  ).run({
    id: feedId,
    etag: ok.etag,
    lastModified: ok.lastModified,
    title: ok.title ?? null,
    at,
    next: ok.nextPollAt == null ? null : toIso(ok.nextPollAt),
    owner: ok.releaseLeaseOf ?? null,
  });
}

/** Counts the failure on the feed (for backoff) and keeps it in the failure log the digest reports. */
export function recordFeedFailure(db: SqliteDb, feedId: number, fail: FeedPollFailure): void {
  const at = toIso(fail.at);
  db.transaction(() => {
    const row = db
      .prepare(
        `UPDATE feeds SET failure_count = failure_count + 1, last_error = @error,
        last_polled_at = @at, next_poll_at = @next, ${RELEASE_IF_HELD} WHERE id = @id RETURNING url`,
      )
      .get({
        id: feedId,
        error: fail.error,
        at,
        next: toIso(fail.nextPollAt),
        owner: fail.releaseLeaseOf ?? null,
      }) as { url: string } | undefined;
    if (!row) return;
    db.prepare('INSERT INTO feed_failures (feed_id, url, error, at) VALUES (?, ?, ?, ?)').run(
      feedId,
      row.url,
      fail.error,
      at,
    );
  })();
}

export function markFeedInitialised(db: SqliteDb, feedId: number): void {
  db.prepare('UPDATE feeds SET initialised = 1 WHERE id = ?').run(feedId);
}

export function feedFailures(
  db: SqliteDb,
  since: string,
  until: string,
): Array<{ url: string; error: string; at: string }> {
  return db
    .prepare('SELECT url, error, at FROM feed_failures WHERE at >= ? AND at < ? ORDER BY at, id')
    .all(toIso(since), toIso(until)) as Array<{ url: string; error: string; at: string }>;
}
