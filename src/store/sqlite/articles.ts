import type { ArticleRecord, ItemKeys, NewArticle } from '../store.js';
import { toArticle, type Row } from '../rows.js';
import { addMs, toIso } from '../time.js';
import type { SqliteDb } from './db.js';

/** Articles on SQLite: an item is known by its GUID within its feed, its canonical URL or its content hash.
 * Each function is the `Store` method of the same name (documented in store.ts) for this database.
 */

export function findArticle(db: SqliteDb, keys: ItemKeys, feedId: number | null): number | null {
  const row = db
    .prepare(
      `SELECT id FROM articles
      WHERE (@guid IS NOT NULL AND guid = @guid AND feed_id IS @feedId) OR canonical_url = @url OR content_hash = @hash
      ORDER BY id LIMIT 1`,
    )
    .get({ guid: keys.guid, feedId, url: keys.canonicalUrl, hash: keys.contentHash }) as { id: number } | undefined;
  return row ? row.id : null;
}

export function saveArticle(db: SqliteDb, a: NewArticle): { id: number; inserted: boolean } {
  const insert = db.prepare(`INSERT INTO articles
      (feed_id, url, canonical_url, guid, content_hash, title, source, published, text, fetched_at, quiet)
    VALUES (@feedId, @url, @canonicalUrl, @guid, @contentHash, @title, @source, @published, @text, @fetchedAt, @quiet)
    ON CONFLICT DO NOTHING`);
  const run = db.transaction(() => {
    const known = findArticle(db, a.keys, a.feedId);
    if (known !== null) return { id: known, inserted: false };
    const result = insert.run({
      feedId: a.feedId,
      url: a.url,
      canonicalUrl: a.keys.canonicalUrl,
      guid: a.keys.guid,
      contentHash: a.keys.contentHash,
      title: a.title,
      source: a.source,
      published: a.published,
      text: a.text,
      fetchedAt: toIso(a.fetchedAt),
      quiet: a.quiet ? 1 : 0,
    });
    return { id: Number(result.lastInsertRowid), inserted: true };
  });
  return run.immediate();
}

export function unanalysedArticles(db: SqliteDb, limit: number): ArticleRecord[] {
  return (db.prepare('SELECT * FROM articles WHERE analysed_at IS NULL ORDER BY id LIMIT ?').all(limit) as Row[]).map(
    toArticle,
  );
}

/** Select and lease in one IMMEDIATE transaction, so another process cannot take the same article in between. */
export function leaseUnanalysed(
  db: SqliteDb,
  now: string,
  owner: string,
  leaseMs: number,
  limit: number,
): ArticleRecord[] {
  const at = toIso(now);
  const until = addMs(at, leaseMs);
  const select = db.prepare(`SELECT id FROM articles
    WHERE analysed_at IS NULL AND (lease_until IS NULL OR lease_until <= @at)
    ORDER BY id LIMIT @limit`);
  const lease = db.prepare(
    'UPDATE articles SET lease_owner = @owner, lease_until = @until WHERE id = @id RETURNING *',
  );
  const run = db.transaction(() =>
    (select.all({ at, limit }) as Array<{ id: number }>).map(({ id }) =>
      toArticle(lease.get({ owner, until, id }) as Row),
    ),
  );
  return run.immediate();
}

export function getArticle(db: SqliteDb, id: number): ArticleRecord | null {
  const row = db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
  return row ? toArticle(row) : null;
}

/**
 * When an article counts for the digest: its publication date, normalised to our ISO form so it compares with the
 * range as text, else (no date, or one SQLite cannot read) when it was fetched. A feed's old backlog read today
 * belongs to the weeks it was published in.
 */
const ARTICLE_DATE = `COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', published), fetched_at)`;

/** Articles published (else fetched) in [since, until): how many, how many relevant, and how many per outlet. */
export function articleCounts(
  db: SqliteDb,
  since: string,
  until: string,
): { articles: number; relevant: number; outlets: Record<string, number> } {
  const range = { since: toIso(since), until: toIso(until) };
  const totals = db
    .prepare(
      `SELECT COUNT(*) AS articles, COALESCE(SUM(relevant = 1), 0) AS relevant FROM articles
      WHERE ${ARTICLE_DATE} >= @since AND ${ARTICLE_DATE} < @until`,
    )
    .get(range) as { articles: number; relevant: number };
  const outlets: Record<string, number> = {};
  const rows = db
    .prepare(
      `SELECT source, COUNT(*) AS n FROM articles WHERE ${ARTICLE_DATE} >= @since AND ${ARTICLE_DATE} < @until
      GROUP BY source ORDER BY source`,
    )
    .all(range) as Array<{ source: string; n: number }>;
  for (const r of rows) outlets[r.source] = r.n;
  return { articles: totals.articles, relevant: totals.relevant, outlets };
}
