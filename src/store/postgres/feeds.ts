import type { FeedPollFailure, FeedPollSuccess, FeedRecord } from '../store.js';
import { toFeed } from '../rows.js';
import { addMs, toIso } from '../time.js';
import { inTransaction, type PgConnection, type Sql } from './db.js';

/** Feed list, leases and poll outcomes on PostgreSQL.
 * Each function is the `Store` method of the same name (documented in store.ts) for this database.
 */

export async function listFeeds(sql: Sql): Promise<FeedRecord[]> {
  return (await sql.query('SELECT * FROM feeds ORDER BY id')).rows.map(toFeed);
}

export async function addFeed(sql: Sql, url: string, title: string | null, at: string): Promise<FeedRecord> {
  await sql.query('INSERT INTO feeds (url, title, added_at) VALUES ($1, $2, $3) ON CONFLICT (url) DO NOTHING', [
    url,
    title,
    at,
  ]);
  const { rows } = await sql.query('SELECT * FROM feeds WHERE url = $1', [url]);
  return toFeed(rows[0] ?? {});
}

export async function removeFeed(sql: Sql, url: string): Promise<boolean> {
  return ((await sql.query('DELETE FROM feeds WHERE url = $1', [url])).rowCount ?? 0) > 0;
}

/**
 * Due feeds (backoff passed, lease free or run out, not polled since `polledBefore`, default `now`), leased in one
 * statement. SKIP LOCKED lets two instances lease at the same moment without waiting on each other or taking the same
 * feed.
 */
export async function leaseDueFeeds(
  sql: Sql,
  now: string,
  owner: string,
  leaseMs: number,
  limit: number,
  polledBefore = now,
): Promise<FeedRecord[]> {
  const at = toIso(now);
  const { rows } = await sql.query(
    `UPDATE feeds SET lease_owner = $1, lease_until = $2
     WHERE id IN (
       SELECT id FROM feeds
       WHERE (next_poll_at IS NULL OR next_poll_at <= $3) AND (lease_until IS NULL OR lease_until <= $3)
         AND (last_polled_at IS NULL OR last_polled_at < $5)
       ORDER BY last_polled_at NULLS FIRST, id LIMIT $4
       FOR UPDATE SKIP LOCKED)
     RETURNING *`,
    [owner, addMs(at, leaseMs), at, limit, toIso(polledBefore)],
  );
  return rows.map(toFeed).sort(leastRecentlyPolled);
}

function leastRecentlyPolled(a: FeedRecord, b: FeedRecord): number {
  const polled = (f: FeedRecord) => f.lastPolledAt ?? '';
  return polled(a) < polled(b) ? -1 : polled(a) > polled(b) ? 1 : a.id - b.id;
}

export async function releaseFeedLease(sql: Sql, feedId: number, owner: string): Promise<void> {
  await sql.query('UPDATE feeds SET lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2', [
    feedId,
    owner,
  ]);
}

/** Clears the lease when `$n` (an owner, or null) holds it; SET expressions see the row as it was. */
const releaseIfHeldBy = (n: number) =>
  `lease_owner = CASE WHEN lease_owner = $${n}::text THEN NULL ELSE lease_owner END,
   lease_until = CASE WHEN lease_owner = $${n}::text THEN NULL ELSE lease_until END`;

export async function recordFeedSuccess(sql: Sql, feedId: number, ok: FeedPollSuccess): Promise<void> {
  await sql.query(
    `UPDATE feeds SET etag = $2, last_modified = $3, title = COALESCE($4, title),
       failure_count = 0, last_error = NULL, last_polled_at = $5, last_ok_at = $5, next_poll_at = $6,
         ${releaseIfHeldBy(7)}
     WHERE id = $1`,
    [
      feedId,
      ok.etag,
      ok.lastModified,
      ok.title ?? null,
      toIso(ok.at),
      ok.nextPollAt == null ? null : toIso(ok.nextPollAt),
      ok.releaseLeaseOf ?? null,
    ],
  );
}

/** Counts the failure on the feed (for backoff) and keeps it in the failure log the digest reports. */
export async function recordFeedFailure(conn: PgConnection, feedId: number, fail: FeedPollFailure): Promise<void> {
  const at = toIso(fail.at);
  await inTransaction(conn.pool, async (sql) => {
    const { rows } = await sql.query(
      `UPDATE feeds SET failure_count = failure_count + 1, last_error = $2, last_polled_at = $3, next_poll_at = $4,
        ${releaseIfHeldBy(5)}
       WHERE id = $1 RETURNING url`,
      [feedId, fail.error, at, toIso(fail.nextPollAt), fail.releaseLeaseOf ?? null],
    );
    const feed = rows[0];
    if (!feed) return;
    await sql.query('INSERT INTO feed_failures (feed_id, url, error, at) VALUES ($1, $2, $3, $4)', [
      feedId,
      feed.url,
      fail.error,
      at,
    ]);
  });
}

export async function markFeedInitialised(sql: Sql, feedId: number): Promise<void> {
  await sql.query('UPDATE feeds SET initialised = true WHERE id = $1', [feedId]);
}

export async function feedFailures(
  sql: Sql,
  since: string,
  until: string,
): Promise<Array<{ url: string; error: string; at: string }>> {
  const { rows } = await sql.query(
    'SELECT url, error, at FROM feed_failures WHERE at >= $1 AND at < $2 ORDER BY at, id',
    [toIso(since), toIso(until)],
  );
  return rows.map((r) => ({ url: String(r.url), error: String(r.error), at: (r.at as Date).toISOString() }));
}
