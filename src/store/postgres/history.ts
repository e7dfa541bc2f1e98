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
  ELSE json_build_object('outlet', source_outlet, 'where', source_where, 'date', source_date,
    'title', source_title) END`;

/**
 * Rows written by transactions that the snapshot in $3 did not see ($2: that snapshot's xmin); every row when $3 is
 * null.
 */
const UNSEEN = `xid >= $2::xid8 AND ($3::pg_snapshot IS NULL OR NOT pg_visible_in_snapshot(xid, $3::pg_snapshot))`;

/**
 * One round trip: the snapshot this statement reads under, and what the three history tables hold for the story that
 * an earlier snapshot did not see, built as JSON by the server ([id, at in ms, entry] per row, oldest first).
 */
const HISTORY_SINCE = `SELECT pg_current_snapshot()::text AS snapshot,
  (SELECT json_agg(json_build_array(id, extract(epoch FROM at) * 1000,
       json_build_object('claim', claim, 'actor', actor, 'stance', stance, 'source', ${SOURCE_JSON},
         'evidence', evidence)) ORDER BY at, id)
     FROM learned_positions WHERE story = $1 AND ${UNSEEN}) AS positions,
  (SELECT json_agg(json_build_array(id, extract(epoch FROM at) * 1000,
       json_build_object('attribute', attribute, 'claim', claim, 'value', value, 'normalised', normalised,
         'source', ${SOURCE_JSON})) ORDER BY at, id)
     FROM learned_values WHERE story = $1 AND ${UNSEEN}) AS learned_values,
  (SELECT json_agg(event_key) FROM events WHERE story = $1 AND ${UNSEEN}) AS event_keys`;

type Stamped<T> = [id: number, atMs: number, entry: T];

interface StoryHistory {
  /** `pg_current_snapshot()` of the last read. */
  snapshot: string;
  positions: Array<Stamped<History['positions'][number]>>;
  values: Array<Stamped<History['values'][number]>>;
  view: History;
}

const byTimeThenId = (a: Stamped<unknown>, b: Stamped<unknown>) => a[1] - b[1] || a[0] - b[0];

/** `known` with `added` (both in time order), in time order: appended when they come after, else sorted in. */
function merged<T>(known: Array<Stamped<T>>, added: Array<Stamped<T>>): Array<Stamped<T>> {
  if (!added.length) return known;
  const last = known.at(-1);
  const all = [...known, ...added];
  return !last || byTimeThenId(last, added[0]!) <= 0 ? all : all.sort(byTimeThenId);
}

/**
 * The engine's history, kept per story and brought up to date before each use with what was committed since the last
 * read: each row carries the id of the transaction that wrote it (migration 7), and a row is new exactly when the
 * last read's snapshot did not see its transaction. Ids and times do not tell that on their own: a transaction that
 * took its ids earlier can commit later. So every batch costs what was added since the last, not the whole history
 * again (which grows with every article analysed: 1,000 positions cost the server ~13 ms to send as JSON and this
 * process ~9 ms to read, per batch). Reads of one story in one process run one at a time. Rows are never deleted
 * or changed, so nothing else can go stale.
 */
export class HistoryReader {
  readonly #sql: Sql;
  readonly #stories = new Map<string, StoryHistory>();
  readonly #reading = new Map<string, Promise<History>>();

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  load(story: string): Promise<History> {
    const read = (this.#reading.get(story) ?? Promise.resolve()).then(
      () => this.#refresh(story),
      () => this.#refresh(story),
    );
    this.#reading.set(story, read);
    const done = () => {
      if (this.#reading.get(story) === read) this.#reading.delete(story);
    };
    read.then(done, done);
    return read;
  }

  async #refresh(story: string): Promise<History> {
    const known = this.#stories.get(story);
    const since = known?.snapshot ?? null;
    const { rows } = await this.#sql.query(HISTORY_SINCE, [
      story,
      since ? since.slice(0, since.indexOf(':')) : '0',
      since,
    ]);
    const row = rows[0] ?? {};
    const positions = (row.positions ?? []) as StoryHistory['positions'];
    const values = (row.learned_values ?? []) as StoryHistory['values'];
    const keys = (row.event_keys ?? []) as string[];
    const snapshot = String(row.snapshot);
    if (known && !positions.length && !values.length && !keys.length) {
      known.snapshot = snapshot;
      return known.view;
    }
    // A new view each time something was added: a batch under way keeps the history it began with.
    const all = { positions: merged(known?.positions ?? [], positions), values: merged(known?.values ?? [], values) };
    const view: History = {
      positions: all.positions.map((p) => p[2]),
      values: all.values.map((v) => v[2]),
      alertedEvents: keys.length
        ? new Set([...(known?.view.alertedEvents ?? []), ...keys])
        : (known?.view.alertedEvents ?? new Set()),
    };
    this.#stories.set(story, { snapshot, ...all, view });
    return view;
  }
}

export async function positions(
  sql: Sql,
  f: { claim?: string; actor?: string; since?: string; until?: string },
): Promise<StoredPosition[]> {
  const w = where([
    ['claim = ?', f.claim],
    ['actor = ?', f.actor],
    ['at >= ?', time(f.since)],
    ['at < ?', time(f.until)],
  ]);
  return (await sql.query(`SELECT * FROM learned_positions ${w.sql} ORDER BY at, id`, w.params)).rows.map(toPosition);
}

export async function values(
  sql: Sql,
  f: { claim?: string; attribute?: string; since?: string; until?: string },
): Promise<StoredValue[]> {
  const w = where([
    ['claim = ?', f.claim],
    ['attribute = ?', f.attribute],
    ['at >= ?', time(f.since)],
    ['at < ?', time(f.until)],
  ]);
  return (await sql.query(`SELECT * FROM learned_values ${w.sql} ORDER BY at, id`, w.params)).rows.map(toValue);
}

export async function events(
  sql: Sql,
  f: { since?: string; until?: string; kind?: AlertKind },
): Promise<StoredEvent[]> {
  const w = where([
    ['e.created_at >= ?', time(f.since)],
    ['e.created_at < ?', time(f.until)],
    ['e.kind = ?', f.kind],
  ]);
  const text = `SELECT e.*, (SELECT COUNT(*)::int FROM event_sources s WHERE s.event_key = e.event_key) AS sources
    FROM events e ${w.sql} ORDER BY e.created_at, e.event_key`;
  return (await sql.query(text, w.params)).rows.map(toEvent);
}
