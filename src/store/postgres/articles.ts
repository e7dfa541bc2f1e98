import { StoreError } from '../../errors.js';
import type { ArticleRecord, ItemKeys, NewArticle } from '../store.js';
import { toArticle } from '../rows.js';
import { addMs, toIso } from '../time.js';
import type { Sql } from './db.js';

/** Articles on PostgreSQL: an item is known by its GUID within its feed, its canonical URL or its content hash.
 * Each function is the `Store` method of the same name (documented in store.ts) for this database.
 */

export async function findArticle(sql: Sql, keys: ItemKeys, feedId: number | null): Promise<number | null> {
  const { rows } = await sql.query(
    `SELECT id FROM articles
     WHERE ($1::text IS NOT NULL AND guid = $1 AND feed_id IS NOT DISTINCT FROM $2::integer) OR canonical_url = $3
       OR content_hash = $4
     ORDER BY id LIMIT 1`,
    [keys.guid, feedId, keys.canonicalUrl, keys.contentHash],
  );
  return rows[0] ? Number(rows[0].id) : null;
}

/**
 * Look first, then insert, in one statement: the insert runs only when nothing matches any of the keys, and
 * ON CONFLICT DO NOTHING covers another instance storing the same item meanwhile. In that case neither part yields a
 * row, and a second look finds theirs.
 */
export async function saveArticle(sql: Sql, a: NewArticle): Promise<{ id: number; inserted: boolean }> {
  const { rows } = await sql.query(
    `WITH found AS (
       SELECT id FROM articles
       WHERE ($4::text IS NOT NULL AND guid = $4 AND feed_id IS NOT DISTINCT FROM $1::integer)
         OR canonical_url = $3::text OR content_hash = $5::text
       ORDER BY id LIMIT 1
     ), ins AS (
       INSERT INTO articles (feed_id, url, canonical_url, guid, content_hash, title, source, published, text,
         fetched_at, quiet)
       SELECT $1::integer, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::text,
         $10::timestamptz, $11::boolean
       WHERE NOT EXISTS (SELECT 1 FROM found)
       ON CONFLICT DO NOTHING RETURNING id
     )
     SELECT id, true AS inserted FROM ins UNION ALL SELECT id, false AS inserted FROM found`,
    [
      a.feedId,
      a.url,
      a.keys.canonicalUrl,
      a.keys.guid,
      a.keys.contentHash,
      a.title,
      a.source,
      a.published,
      a.text,
      toIso(a.fetchedAt),
      a.quiet ?? false,
    ],
  );
  if (rows[0]) return { id: Number(rows[0].id), inserted: rows[0].inserted === true };
  const raced = await findArticle(sql, a.keys, a.feedId);
  if (raced === null)
    throw new StoreError('article-conflict', `article ${a.url} conflicted on insert but cannot be found`);
  return { id: raced, inserted: false };
}

/** Articles saved per statement (the text of each travels in it). */
const SAVE_CHUNK = 50;

/**
 * Several articles in one statement per chunk, with `saveArticle`'s rules for each: looked up by its keys, inserted
 * when none matches. When no two articles of the list share a key, one's insert cannot change another's look-up, so
 * doing them together is doing them in turn; a list with such a pair (a feed carrying an item twice) is saved one by
 * one. An article that another instance stored meanwhile (the insert conflicts, so neither part yields its id) is
 * looked up again on its own, and a chunk whose statement fails is saved one by one.
 */
export async function saveArticles(
  sql: Sql,
  list: readonly NewArticle[],
): Promise<Array<{ id: number; inserted: boolean }>> {
  const keys = new Set<string>();
  for (const a of list) {
    for (const k of [
      `c:${a.keys.canonicalUrl}`,
      `h:${a.keys.contentHash}`,
      ...(a.keys.guid !== null ? [`g:${a.feedId}:${a.keys.guid}`] : []),
    ]) {
      if (keys.has(k)) return inTurn(sql, list);
      keys.add(k);
    }
  }
  const saved: Array<{ id: number; inserted: boolean }> = [];
  for (let start = 0; start < list.length; start += SAVE_CHUNK) {
    const chunk = list.slice(start, start + SAVE_CHUNK);
    const rows = chunk.map((a) => ({
      feed_id: a.feedId,
      url: a.url,
      canonical_url: a.keys.canonicalUrl,
      guid: a.keys.guid,
      content_hash: a.keys.contentHash,
      title: a.title,
      source: a.source,
      published: a.published,
      text: a.text,
      fetched_at: toIso(a.fetchedAt),
      quiet: a.quiet ?? false,
    }));
    let result;
    try {
      result = await sql.query(SAVE_ARTICLES, [
        JSON.stringify(rows, (_key, v: unknown) => (typeof v === 'string' ? toWellFormed(v) : v)),
      ]);
    } catch {
      // One bad article fails the whole statement: one by one instead, as before.
      saved.push(...(await inTurn(sql, chunk)));
      continue;
    }
    const byOrd = new Map(result.rows.map((r) => [Number(r.ord), r]));
    for (const [k, a] of chunk.entries()) {
      const r = byOrd.get(k + 1);
      saved.push(r?.id != null ? { id: Number(r.id), inserted: r.inserted === true } : await saveArticle(sql, a));
    }
  }
  return saved;
}

async function inTurn(sql: Sql, list: readonly NewArticle[]): Promise<Array<{ id: number; inserted: boolean }>> {
  const saved: Array<{ id: number; inserted: boolean }> = [];
  for (const a of list) saved.push(await saveArticle(sql, a));
  return saved;
}

/**
 * A stray half of a surrogate pair would make the JSON unreadable to PostgreSQL; as a text parameter it becomes
 * U+FFFD.
 */
const toWellFormed = (s: string): string => (s as string & { toWellFormed(): string }).toWellFormed();

/**
 * One list at a time per schema (a transaction-scoped advisory lock taken before the look-ups and inserts): two lists
 * inserted side by side could each wait on a row the other has just inserted, in opposite orders. The snapshot is
 * the statement's, taken before the lock, so a row the list before ours committed meanwhile is not found but
 * conflicts on insert, and is then looked up on its own.
 */
const SAVE_ARTICLES = `
WITH lock AS (
  SELECT pg_advisory_xact_lock(hashtext('claimwatch:save-articles:' || current_schema()))
), x AS (
  SELECT * FROM ROWS FROM (json_to_recordset($1::json) AS (feed_id integer, url text, canonical_url text, guid text,
    content_hash text,
    title text, source text, published text, text text, fetched_at timestamptz, quiet boolean))
  WITH ORDINALITY AS x(feed_id, url, canonical_url, guid, content_hash, title, source, published, text, fetched_at,
    quiet, ord)
), found AS (
  SELECT x.ord, (SELECT a.id FROM articles a
    WHERE (x.guid IS NOT NULL AND a.guid = x.guid AND a.feed_id IS NOT DISTINCT FROM x.feed_id)
      OR a.canonical_url = x.canonical_url
      OR a.content_hash = x.content_hash
    ORDER BY a.id LIMIT 1) AS id
  FROM x, lock
), ins AS (
  INSERT INTO articles (feed_id, url, canonical_url, guid, content_hash, title, source, published, text, fetched_at,
    quiet)
  SELECT x.feed_id, x.url, x.canonical_url, x.guid, x.content_hash, x.title, x.source, x.published, x.text,
    x.fetched_at, x.quiet
  FROM x JOIN found USING (ord) WHERE found.id IS NULL
  ORDER BY x.ord
  ON CONFLICT DO NOTHING
  RETURNING id, canonical_url
)
SELECT x.ord, coalesce(found.id, ins.id) AS id, found.id IS NULL AND ins.id IS NOT NULL AS inserted
FROM x JOIN found USING (ord) LEFT JOIN ins ON ins.canonical_url = x.canonical_url`;

export async function unanalysedArticles(sql: Sql, limit: number): Promise<ArticleRecord[]> {
  return (await sql.query('SELECT * FROM articles WHERE analysed_at IS NULL ORDER BY id LIMIT $1', [limit])).rows.map(
    toArticle,
  );
}

/** One statement: SKIP LOCKED lets instances lease at the same moment without waiting or taking the same article. */
export async function leaseUnanalysed(
  sql: Sql,
  now: string,
  owner: string,
  leaseMs: number,
  limit: number,
): Promise<ArticleRecord[]> {
  const at = toIso(now);
  const { rows } = await sql.query(
    `UPDATE articles SET lease_owner = $1, lease_until = $2
     WHERE id IN (
       SELECT id FROM articles
       WHERE analysed_at IS NULL AND (lease_until IS NULL OR lease_until <= $3)
       ORDER BY id LIMIT $4
       FOR UPDATE SKIP LOCKED)
     RETURNING *`,
    [owner, addMs(at, leaseMs), at, limit],
  );
  return rows.map(toArticle).sort((a, b) => a.id - b.id);
}

export async function getArticle(sql: Sql, id: number): Promise<ArticleRecord | null> {
  const row = (await sql.query('SELECT * FROM articles WHERE id = $1', [id])).rows[0];
  return row ? toArticle(row) : null;
}

/**
 * When an article counts for the digest: its publication date when it is an ISO timestamp (what the feed reader
 * stores), else when it was fetched. A feed's old backlog read today belongs to the weeks it was published in.
 */
const ARTICLE_DATE = `COALESCE(CASE WHEN published ~ '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}'
  THEN published::timestamptz END, fetched_at)`;

/** Articles published (else fetched) in [since, until): how many, how many relevant, and how many per outlet. */
export async function articleCounts(
  sql: Sql,
  since: string,
  until: string,
): Promise<{ articles: number; relevant: number; outlets: Record<string, number> }> {
  const range = [toIso(since), toIso(until)];
  const totals =
    (
      await sql.query(
        `SELECT COUNT(*)::int AS articles, (COUNT(*) FILTER (WHERE relevant))::int AS relevant
       FROM articles WHERE ${ARTICLE_DATE} >= $1 AND ${ARTICLE_DATE} < $2`,
        range,
      )
    ).rows[0] ?? {};
  const { rows } = await sql.query(
    `SELECT source, COUNT(*)::int AS n FROM articles WHERE ${ARTICLE_DATE} >= $1 AND ${ARTICLE_DATE} < $2
      GROUP BY source ORDER BY source`,
    range,
  );
  const outlets: Record<string, number> = {};
  for (const r of rows) outlets[String(r.source)] = Number(r.n);
  return { articles: Number(totals.articles ?? 0), relevant: Number(totals.relevant ?? 0), outlets };
}
