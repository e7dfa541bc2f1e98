import { StoreError } from '../../errors.js';
import type { AnalysisPlan, PlannedEvent, PlannedPosition, PlannedValue } from '../analysis-plan.js';
import { inTransaction, type PgConnection, type Sql } from './db.js';
import { enqueue } from './outbox.js';

/**
 * Records one analysed article on PostgreSQL in one transaction. The article row is locked first, so two
 * instances recording the same article queue up and the second finds it analysed and adds nothing.
 */
export async function recordAnalysis(conn: PgConnection, plan: AnalysisPlan): Promise<{ alerts: number; outbox: number }> {
  return inTransaction(conn.pool, async (sql) => {
    const { rows } = await sql.query('SELECT analysed_at FROM articles WHERE id = $1 FOR UPDATE', [plan.articleId]);
    const article = rows[0];
    if (!article) throw new StoreError('unknown-article', `no stored article with id ${plan.articleId}`);
    if (article.analysed_at !== null) return { alerts: 0, outbox: 0 };

    // One statement per table, not per row: every round trip costs both processes a wake-up.
    await insertRows(sql, 'findings', ['article_id', 'story', 'claim', 'claim_text', 'stance', 'actor', 'evidence', 'confidence', 'at'],
      plan.findings.map((f) => [plan.articleId, plan.story, f.claim, f.claimText, f.stance, f.actor, f.evidence, f.confidence, plan.at]));
    await insertRows(sql, 'learned_positions', POSITION_COLUMNS, plan.positions.map((p) => positionRow(plan, p)));
    await insertRows(sql, 'learned_values', VALUE_COLUMNS, plan.values.map((v) => valueRow(plan, v)));

    let alerts = 0;
    let outbox = 0;
    for (const e of plan.alerts) {
      if (await insertEvent(sql, plan, e)) {
        alerts += 1;
        await insertSource(sql, plan, e);
        outbox += await enqueue(sql, e.alertOutbox);
      } else if (await insertSource(sql, plan, e)) {
        // Someone alerted this event before: this article is one more source, not a new alert.
        outbox += await enqueue(sql, e.sourceOutbox);
      }
    }
    for (const e of plan.repeats) if (await insertSource(sql, plan, e)) outbox += await enqueue(sql, e.sourceOutbox);

    await sql.query('UPDATE articles SET analysed_at = $2, relevant = $3, lease_owner = NULL, lease_until = NULL WHERE id = $1', [plan.articleId, plan.at, plan.relevant]);
    return { alerts, outbox };
  });
}

/** `INSERT INTO table (columns) VALUES (…), (…)` for all `rows` at once, in their order; nothing when there are none. */
async function insertRows(sql: Sql, table: string, columns: readonly string[], rows: unknown[][]): Promise<void> {
  if (!rows.length) return;
  const tuples = rows.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
  await sql.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, rows.flat());
}

const POSITION_COLUMNS = ['story', 'claim', 'actor', 'stance', 'evidence', 'source_outlet', 'source_where', 'source_date', 'source_title',
  'article_id', 'at'];

function positionRow(plan: AnalysisPlan, p: PlannedPosition): unknown[] {
  return [plan.story, p.claim, p.actor, p.stance, p.evidence, p.source.outlet, p.source.where, p.source.date, p.source.title ?? null,
    plan.articleId, plan.at];
}

const VALUE_COLUMNS = ['story', 'attribute', 'claim', 'value', 'normalised', 'evidence', 'actor', 'source_outlet', 'source_where',
  'source_date', 'source_title', 'article_id', 'at'];

function valueRow(plan: AnalysisPlan, v: PlannedValue): unknown[] {
  return [plan.story, v.attribute, v.claim, v.value, v.normalised, v.evidence, v.actor, v.source.outlet, v.source.where, v.source.date,
    v.source.title ?? null, plan.articleId, plan.at];
}

/** True when the event is new. */
async function insertEvent(sql: Sql, plan: AnalysisPlan, e: PlannedEvent): Promise<boolean> {
  const r = e.event;
  const { rowCount } = await sql.query(
    `INSERT INTO events (event_key, story, kind, claim, actor, reason, evidence, alert, first_article_url, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (event_key) DO NOTHING`,
    [r.eventKey, plan.story, r.kind, r.claim, r.actor, r.reason, r.evidence, r.alert, e.source.articleUrl, plan.at],
  );
  return (rowCount ?? 0) > 0;
}

/** True when this article was not yet a source of the event. */
async function insertSource(sql: Sql, plan: AnalysisPlan, e: PlannedEvent): Promise<boolean> {
  const s = e.source;
  const { rowCount } = await sql.query(
    `INSERT INTO event_sources (event_key, article_url, outlet, title, at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (event_key, article_url) DO NOTHING`,
    [s.eventKey, s.articleUrl, s.outlet, s.title, plan.at],
  );
  return (rowCount ?? 0) > 0;
}
