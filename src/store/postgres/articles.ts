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
     WHERE ($1::text IS NOT NULL AND guid = $1 AND feed_id IS NOT DISTINCT FROM $2::integer) OR canonical_url = $3 OR content_hash = $4
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
       WHERE ($4::text IS NOT NULL AND guid = $4 AND feed_id IS NOT DISTINCT FROM $1::integer) OR canonical_url = $3::text OR content_hash = $5::text
       ORDER BY id LIMIT 1
     ), ins AS (
       INSERT INTO articles (feed_id, url, canonical_url, guid, content_hash, title, source, published, text, fetched_at, quiet)
       SELECT $1::integer, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::text, $10::timestamptz, $11::boolean
       WHERE NOT EXISTS (SELECT 1 FROM found)
       ON CONFLICT DO NOTHING RETURNING id
     )
     SELECT id, true AS inserted FROM ins UNION ALL SELECT id, false AS inserted FROM found`,
    [a.feedId, a.url, a.keys.canonicalUrl, a.keys.guid, a.keys.contentHash, a.title, a.source, a.published, a.text, toIso(a.fetchedAt), a.quiet ?? false],
  );
  if (rows[0]) return { id: Number(rows[0].id), inserted: rows[0].inserted === true };
  const raced = await findArticle(sql, a.keys, a.feedId);
  if (raced === null) throw new StoreError('article-conflict', `article ${a.url} conflicted on insert but cannot be found`);
  return { id: raced, inserted: false };
}

export async function unanalysedArticles(sql: Sql, limit: number): Promise<ArticleRecord[]> {
  return (await sql.query('SELECT * FROM articles WHERE analysed_at IS NULL ORDER BY id LIMIT $1', [limit])).rows.map(toArticle);
}

/** One statement: SKIP LOCKED lets instances lease at the same moment without waiting or taking the same article. */
export async function leaseUnanalysed(sql: Sql, now: string, owner: string, leaseMs: number, limit: number): Promise<ArticleRecord[]> {
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

/** Articles fetched in [since, until): how many, how many relevant, and how many per outlet. */
export async function articleCounts(
  sql: Sql,
  since: string,
  until: string,
): Promise<{ articles: number; relevant: number; outlets: Record<string, number> }> {
  const range = [toIso(since), toIso(until)];
  const totals = (
    await sql.query(
      `SELECT COUNT(*)::int AS articles, (COUNT(*) FILTER (WHERE relevant))::int AS relevant
       FROM articles WHERE fetched_at >= $1 AND fetched_at < $2`,
      range,
    )
  ).rows[0] ?? {};
  const { rows } = await sql.query(
    `SELECT source, COUNT(*)::int AS n FROM articles WHERE fetched_at >= $1 AND fetched_at < $2 GROUP BY source ORDER BY source`,
    range,
  );
  const outlets: Record<string, number> = {};
  for (const r of rows) outlets[String(r.source)] = Number(r.n);
  return { articles: Number(totals.articles ?? 0), relevant: Number(totals.relevant ?? 0), outlets };
}
