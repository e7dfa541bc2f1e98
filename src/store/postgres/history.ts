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

/** A row's source as the engine's SourceRef: `title` only when there is one. */
const SOURCE_JSON = `CASE WHEN source_title IS NULL
  THEN json_build_object('outlet', source_outlet, 'where', source_where, 'date', source_date)
  ELSE json_build_object('outlet', source_outlet, 'where', source_where, 'date', source_date, 'title', source_title) END`;

/**
 * The engine's history in one round trip: PostgreSQL builds the three lists as JSON, which the driver reads with one
 * JSON.parse each instead of converting every row and column (the history grows with every analysed article).
 */
export async function loadHistory(sql: Sql, story: string): Promise<History> {
  const { rows } = await sql.query(
    `SELECT
      (SELECT coalesce(json_agg(json_build_object('claim', claim, 'actor', actor, 'stance', stance, 'source', ${SOURCE_JSON}, 'evidence', evidence)
         ORDER BY at, id), '[]') FROM learned_positions WHERE story = $1) AS positions,
      (SELECT coalesce(json_agg(json_build_object('attribute', attribute, 'claim', claim, 'value', value, 'normalised', normalised, 'source', ${SOURCE_JSON})
         ORDER BY at, id), '[]') FROM learned_values WHERE story = $1) AS learned_values,
      (SELECT coalesce(json_agg(event_key), '[]') FROM events WHERE story = $1) AS event_keys`,
    [story],
  );
  const row = rows[0] ?? {};
  return {
    positions: (row.positions ?? []) as History['positions'],
    values: (row.learned_values ?? []) as History['values'],
    alertedEvents: new Set((row.event_keys ?? []) as string[]),
  };
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
