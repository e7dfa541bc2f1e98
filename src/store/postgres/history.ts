import type { AlertKind, History } from '../../core/types.js';
import type { StoredEvent, StoredPosition, StoredValue } from '../store.js';
import { toEvent, toPosition, toValue } from '../rows.js';
import { toIso } from '../time.js';
import type { Sql } from './db.js';

/** What the store has learned, read back on PostgreSQL: for the engine (history) and for commands and the digest.
 * Each function is the `Store` method of the same name (documented in store.ts) for this database.
 */

/** AND of the filters that are set (`?` becomes `$n`); `since` is inclusive, `until` exclusive. */
function where(filters: Array<[string, unknown]>): { sql: string; params: unknown[] } {
  const set = filters.filter(([, v]) => v !== undefined);
  const conds = set.map(([c], i) => c.replace('?', `$${i + 1}`));
  return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params: set.map(([, v]) => v) };
}

const time = (t: string | undefined) => (t === undefined ? undefined : toIso(t));

export async function loadHistory(sql: Sql, story: string): Promise<History> {
  const positions = (await sql.query('SELECT * FROM learned_positions WHERE story = $1 ORDER BY at, id', [story])).rows
    .map(toPosition)
    .map(({ claim, actor, stance, source, evidence }) => ({ claim, actor, stance, source, evidence }));
  const values = (await sql.query('SELECT * FROM learned_values WHERE story = $1 ORDER BY at, id', [story])).rows
    .map(toValue)
    .map(({ attribute, claim, value, normalised, source }) => ({ attribute, claim, value, normalised, source }));
  const keys = (await sql.query('SELECT event_key FROM events WHERE story = $1', [story])).rows.map((r) => String(r.event_key));
  return { positions, values, alertedEvents: new Set(keys) };
}

export async function positions(sql: Sql, f: { claim?: string; actor?: string; since?: string; until?: string }): Promise<StoredPosition[]> {
  const w = where([['claim = ?', f.claim], ['actor = ?', f.actor], ['at >= ?', time(f.since)], ['at < ?', time(f.until)]]);
  return (await sql.query(`SELECT * FROM learned_positions ${w.sql} ORDER BY at, id`, w.params)).rows.map(toPosition);
}

export async function values(sql: Sql, f: { claim?: string; attribute?: string; since?: string; until?: string }): Promise<StoredValue[]> {
  const w = where([['claim = ?', f.claim], ['attribute = ?', f.attribute], ['at >= ?', time(f.since)], ['at < ?', time(f.until)]]);
  return (await sql.query(`SELECT * FROM learned_values ${w.sql} ORDER BY at, id`, w.params)).rows.map(toValue);
}

export async function events(sql: Sql, f: { since?: string; until?: string; kind?: AlertKind }): Promise<StoredEvent[]> {
  const w = where([['e.created_at >= ?', time(f.since)], ['e.created_at < ?', time(f.until)], ['e.kind = ?', f.kind]]);
  const text = `SELECT e.*, (SELECT COUNT(*)::int FROM event_sources s WHERE s.event_key = e.event_key) AS sources
    FROM events e ${w.sql} ORDER BY e.created_at, e.event_key`;
  return (await sql.query(text, w.params)).rows.map(toEvent);
}
