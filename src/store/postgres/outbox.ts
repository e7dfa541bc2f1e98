import type { OutboxEntry, OutboxStats } from '../store.js';
import { toOutboxEntry, type NewOutboxEntry } from '../rows.js';
import { addMs, readTime, toIso } from '../time.js';
import type { Sql } from './db.js';

/** The outbox on PostgreSQL, plus the delivery bookkeeping around it: threads and digest claims.
 * Each function is the `Store` method of the same name (documented in store.ts) for this database.
 */

/** Returns how many entries were new; an idempotency key seen before is skipped, so nothing is sent twice. */
export async function enqueue(sql: Sql, entries: readonly NewOutboxEntry[]): Promise<number> {
  if (!entries.length) return 0;
  // One statement for all of them (one per route of an alert), in their order.
  const tuples = entries.map((_, i) => `(${Array.from({ length: 8 }, (_, c) => `$${i * 8 + c + 1}`).join(', ')})`);
  const { rowCount } = await sql.query(
    `INSERT INTO outbox (kind, sink, channel, event_key, idempotency_key, payload, next_attempt_at, created_at)
     VALUES ${tuples.join(', ')} ON CONFLICT (idempotency_key) DO NOTHING`,
    entries.flatMap((e) => [
      e.kind,
      e.sink,
      e.channel,
      e.eventKey,
      e.idempotencyKey,
      JSON.stringify(e.payload),
      toIso(e.nextAttemptAt),
      toIso(e.createdAt),
    ]),
  );
  return rowCount ?? 0;
}

/** Pending entries due at `now` whose lease is free or run out, oldest first; SKIP LOCKED keeps instances apart. */
export async function leaseOutbox(
  sql: Sql,
  now: string,
  owner: string,
  leaseMs: number,
  limit: number,
): Promise<OutboxEntry[]> {
  const at = toIso(now);
  const { rows } = await sql.query(
    `UPDATE outbox SET lease_owner = $1, lease_until = $2, leases = leases + 1
     WHERE id IN (
       SELECT id FROM outbox
       WHERE status = 'pending' AND next_attempt_at <= $3 AND (lease_until IS NULL OR lease_until <= $3)
       ORDER BY next_attempt_at, id LIMIT $4
       FOR UPDATE SKIP LOCKED)
     RETURNING *`,
    [owner, addMs(at, leaseMs), at, limit],
  );
  return rows
    .map(toOutboxEntry)
    .sort((a, b) => (a.nextAttemptAt < b.nextAttemptAt ? -1 : a.nextAttemptAt > b.nextAttemptAt ? 1 : a.id - b.id));
}

export async function renewOutboxLeases(
  sql: Sql,
  ids: readonly number[],
  owner: string,
  now: string,
  leaseMs: number,
): Promise<number[]> {
  if (!ids.length) return [];
  const { rows } = await sql.query(
    `UPDATE outbox SET lease_until = $3 WHERE id = ANY($1::int[]) AND status = 'pending' AND lease_owner = $2
      RETURNING id`,
    [ids, owner, addMs(toIso(now), leaseMs)],
  );
  const renewed = new Set(rows.map((r) => Number(r.id)));
  return ids.filter((id) => renewed.has(id));
}

export async function markDelivered(sql: Sql, id: number, remoteId: string | null, at: string): Promise<void> {
  await sql.query(
    `UPDATE outbox SET status = 'delivered', remote_id = $2, delivered_at = $3, lease_owner = NULL,
      lease_until = NULL WHERE id = $1`,
    [id, remoteId, toIso(at)],
  );
}

export async function markAllDelivered(sql: Sql, ids: readonly number[], at: string): Promise<void> {
  if (!ids.length) return;
  await sql.query(
    `UPDATE outbox SET status = 'delivered', remote_id = NULL, delivered_at = $2, lease_owner = NULL,
      lease_until = NULL WHERE id = ANY($1::int[])`,
    [ids, toIso(at)],
  );
}

export async function markAttemptFailed(
  sql: Sql,
  id: number,
  error: string,
  nextAttemptAt: string,
  dead: boolean,
): Promise<void> {
  await sql.query(
    `UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3,
       status = CASE WHEN $4::boolean THEN 'dead' ELSE status END, lease_owner = NULL, lease_until = NULL
     WHERE id = $1`,
    [id, error, toIso(nextAttemptAt), dead],
  );
}

export async function outboxStats(sql: Sql): Promise<OutboxStats> {
  const row =
    (
      await sql.query(`SELECT
      (COUNT(*) FILTER (WHERE status = 'pending'))::int AS pending,
      (COUNT(*) FILTER (WHERE status = 'delivered'))::int AS delivered,
      (COUNT(*) FILTER (WHERE status = 'dead'))::int AS dead,
      MIN(created_at) FILTER (WHERE status = 'pending') AS oldest
    FROM outbox`)
    ).rows[0] ?? {};
  return {
    pending: Number(row.pending ?? 0),
    delivered: Number(row.delivered ?? 0),
    dead: Number(row.dead ?? 0),
    oldestPendingAt: readTime(row.oldest),
  };
}

/** Most recently created first. */
export async function deadLetters(sql: Sql, limit: number): Promise<OutboxEntry[]> {
  return (await sql.query(`SELECT * FROM outbox WHERE status = 'dead' ORDER BY id DESC LIMIT $1`, [limit])).rows.map(
    toOutboxEntry,
  );
}

export async function getThread(sql: Sql, sink: string, channel: string, threadKey: string): Promise<string | null> {
  const { rows } = await sql.query(
    'SELECT remote_id FROM threads WHERE sink = $1 AND channel = $2 AND thread_key = $3',
    [sink, channel, threadKey],
  );
  return rows[0] ? String(rows[0].remote_id) : null;
}

/** Last write wins: the caller decides which message a thread hangs from. */
export async function setThread(
  sql: Sql,
  sink: string,
  channel: string,
  threadKey: string,
  remoteId: string,
): Promise<void> {
  await sql.query(
    `INSERT INTO threads (sink, channel, thread_key, remote_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (sink, channel, thread_key) DO UPDATE SET remote_id = excluded.remote_id`,
    [sink, channel, threadKey, remoteId],
  );
}

/** True only for the first caller per (period, sink, channel): the digest is posted once. */
export async function claimDigest(
  sql: Sql,
  periodKey: string,
  sink: string,
  channel: string,
  at: string,
): Promise<boolean> {
  const { rowCount } = await sql.query(
    'INSERT INTO digests (period_key, sink, channel, claimed_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
    [periodKey, sink, channel, toIso(at)],
  );
  return (rowCount ?? 0) > 0;
}
