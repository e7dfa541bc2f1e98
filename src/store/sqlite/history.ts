import type { AlertKind, History } from '../../core/types.js';
import type { StoredEvent, StoredPosition, StoredValue } from '../store.js';
import { toEvent, toPosition, toValue, type Row } from '../rows.js';
import { toIso } from '../time.js';
import type { SqliteDb } from './db.js';

/** What the store has learned, read back on SQLite: for the engine (history) and for commands and the digest.
 * Each function is the `Store` method of the same name (documented in store.ts) for this database.
 */

/** AND of the filters that are set; `since` is inclusive, `until` exclusive. */
function where(filters: Array<[string, unknown]>): { sql: string; params: unknown[] } {
  const set = filters.filter(([, v]) => v !== undefined);
  return { sql: set.length ? `WHERE ${set.map(([c]) => c).join(' AND ')}` : '', params: set.map(([, v]) => v) };
}

const since = (t: string | undefined) => (t === undefined ? undefined : toIso(t));

export function loadHistory(db: SqliteDb, story: string): History {
  const positions = (
    db.prepare('SELECT * FROM learned_positions WHERE story = ? ORDER BY at, id').all(story) as Row[]
  )
    .map(toPosition)
    .map(({ claim, actor, stance, source, evidence }) => ({ claim, actor, stance, source, evidence }));
  const values = (db.prepare('SELECT * FROM learned_values WHERE story = ? ORDER BY at, id').all(story) as Row[])
    .map(toValue)
    .map(({ attribute, claim, value, normalised, source }) => ({ attribute, claim, value, normalised, source }));
  const keys = db.prepare('SELECT event_key FROM events WHERE story = ?').pluck().all(story) as string[];
  return { positions, values, alertedEvents: new Set(keys) };
}

export function positions(
  db: SqliteDb,
  f: { claim?: string; actor?: string; since?: string; until?: string },
): StoredPosition[] {
  const w = where([
    ['claim = ?', f.claim],
    ['actor = ?', f.actor],
    ['at >= ?', since(f.since)],
    ['at < ?', since(f.until)],
  ]);
  return (db.prepare(`SELECT * FROM learned_positions ${w.sql} ORDER BY at, id`).all(...w.params) as Row[]).map(
    toPosition,
  );
}

export function values(
  db: SqliteDb,
  f: { claim?: string; attribute?: string; since?: string; until?: string },
): StoredValue[] {
  const w = where([
    ['claim = ?', f.claim],
    ['attribute = ?', f.attribute],
    ['at >= ?', since(f.since)],
    ['at < ?', since(f.until)],
  ]);
  return (db.prepare(`SELECT * FROM learned_values ${w.sql} ORDER BY at, id`).all(...w.params) as Row[]).map(toValue);
}

export function events(db: SqliteDb, f: { since?: string; until?: string; kind?: AlertKind }): StoredEvent[] {
  const w = where([
    ['e.created_at >= ?', since(f.since)],
    ['e.created_at < ?', since(f.until)],
    ['e.kind = ?', f.kind],
  ]);
  const sql = `SELECT e.*, (SELECT COUNT(*) FROM event_sources s WHERE s.event_key = e.event_key) AS sources
    FROM events e ${w.sql} ORDER BY e.created_at, e.event_key`;
  return (db.prepare(sql).all(...w.params) as Row[]).map(toEvent);
}
