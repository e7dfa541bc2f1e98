import type { OutboxEntry, OutboxStats } from '../store.js';
import { toOutboxEntry, type NewOutboxEntry, type Row } from '../rows.js';
import { addMs, toIso } from '../time.js';
import type { SqliteDb } from './db.js';

/** The outbox on SQLite, plus the delivery bookkeeping around it: threads and digest claims.
 * Each function is the `Store` method of the same name (documented in store.ts) for this database.
 */

/** Returns how many entries were new; an idempotency key seen before is skipped, so nothing is sent twice. */
export function enqueue(db: SqliteDb, entries: readonly NewOutboxEntry[]): number {
  const stmt =
    db.prepare(`INSERT INTO outbox (kind, sink, channel, event_key, idempotency_key, payload, next_attempt_at,
      created_at)
    VALUES (@kind, @sink, @channel, @eventKey, @idempotencyKey, @payload, @nextAttemptAt, @createdAt)
    ON CONFLICT (idempotency_key) DO NOTHING`);
  const run = db.transaction(() => {
    let added = 0;
    for (const e of entries) {
      added += stmt.run({
        kind: e.kind,
        sink: e.sink,
        channel: e.channel,
        eventKey: e.eventKey,
        idempotencyKey: e.idempotencyKey,
        payload: JSON.stringify(e.payload),
        nextAttemptAt: toIso(e.nextAttemptAt),
        createdAt: toIso(e.createdAt),
      }).changes;
    }
    return added;
  });
  return run();
}

/** Pending entries due at `now` whose lease is free or run out, oldest first, leased in one IMMEDIATE transaction. */
export function leaseOutbox(db: SqliteDb, now: string, owner: string, leaseMs: number, limit: number): OutboxEntry[] {
  const at = toIso(now);
  const until = addMs(at, leaseMs);
  const select = db.prepare(`SELECT id FROM outbox
    WHERE status = 'pending' AND next_attempt_at <= @at AND (lease_until IS NULL OR lease_until <= @at)
    ORDER BY next_attempt_at, id LIMIT @limit`);
  const lease = db.prepare(
    'UPDATE outbox SET lease_owner = @owner, lease_until = @until, leases = leases + 1 WHERE id = @id RETURNING *',
  );
  const run = db.transaction(() =>
    (select.all({ at, limit }) as Array<{ id: number }>).map(({ id }) =>
      toOutboxEntry(lease.get({ owner, until, id }) as Row),
    ),
  );
  return run.immediate();
}

export function renewOutboxLeases(
  db: SqliteDb,
  ids: readonly number[],
  owner: string,
  now: string,
  leaseMs: number,
): number[] {
  const stmt = db.prepare(
    `UPDATE outbox SET lease_until = ? WHERE id = ? AND status = 'pending' AND lease_owner = ? RETURNING id`,
  );
  const until = addMs(toIso(now), leaseMs);
  return db.transaction(() => ids.filter((id) => stmt.get(until, id, owner) !== undefined))();
}

export function markDelivered(db: SqliteDb, id: number, remoteId: string | null, at: string): void {
  db.prepare(
    `UPDATE outbox SET status = 'delivered', remote_id = ?, delivered_at = ?, lease_owner = NULL, lease_until = NULL
    WHERE id = ?`,
  ).run(remoteId, toIso(at), id);
}

export function markAllDelivered(db: SqliteDb, ids: readonly number[], at: string): void {
  const stmt =
    db.prepare(`UPDATE outbox SET status = 'delivered', remote_id = NULL, delivered_at = ?, lease_owner = NULL,
      lease_until = NULL
    WHERE id = ?`);
  const when = toIso(at);
  db.transaction(() => {
    for (const id of ids) stmt.run(when, id);
  })();
}

export function markAttemptFailed(
  db: SqliteDb,
  id: number,
  error: string,
  nextAttemptAt: string,
  dead: boolean,
): void {
  db.prepare(
    `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
      status = CASE WHEN ? THEN 'dead' ELSE status END, lease_owner = NULL, lease_until = NULL
    WHERE id = ?`,
  ).run(error, toIso(nextAttemptAt), dead ? 1 : 0, id);
}

export function outboxStats(db: SqliteDb): OutboxStats {
  const row = db
    .prepare(
      `SELECT
      COALESCE(SUM(status = 'pending'), 0) AS pending,
      COALESCE(SUM(status = 'delivered'), 0) AS delivered,
      COALESCE(SUM(status = 'dead'), 0) AS dead,
      MIN(CASE WHEN status = 'pending' THEN created_at END) AS oldest
    FROM outbox`,
    )
    .get() as { pending: number; delivered: number; dead: number; oldest: string | null };
  return { pending: row.pending, delivered: row.delivered, dead: row.dead, oldestPendingAt: row.oldest };
}

/** Most recently created first. */
export function deadLetters(db: SqliteDb, limit: number): OutboxEntry[] {
  return (db.prepare(`SELECT * FROM outbox WHERE status = 'dead' ORDER BY id DESC LIMIT ?`).all(limit) as Row[]).map(
    toOutboxEntry,
  );
}

export function getThread(db: SqliteDb, sink: string, channel: string, threadKey: string): string | null {
  const id = db
    .prepare('SELECT remote_id FROM threads WHERE sink = ? AND channel = ? AND thread_key = ?')
    .pluck()
    .get(sink, channel, threadKey);
  return typeof id === 'string' ? id : null;
}

/** Last write wins: the caller decides which message a thread hangs from. */
export function setThread(db: SqliteDb, sink: string, channel: string, threadKey: string, remoteId: string): void {
  db.prepare(
    `INSERT INTO threads (sink, channel, thread_key, remote_id) VALUES (?, ?, ?, ?)
    ON CONFLICT (sink, channel, thread_key) DO UPDATE SET remote_id = excluded.remote_id`,
  ).run(sink, channel, threadKey, remoteId);
}

/** True only for the first caller per (period, sink, channel): the digest is posted once. */
export function claimDigest(db: SqliteDb, periodKey: string, sink: string, channel: string, at: string): boolean {
  return (
    db
      .prepare(
        `INSERT INTO digests (period_key, sink, channel, claimed_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      )
      .run(periodKey, sink, channel, toIso(at)).changes > 0
  );
}
