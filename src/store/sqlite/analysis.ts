import { StoreError } from '../../errors.js';
import type { AnalysisPlan, PlannedEvent, PlannedPosition, PlannedValue } from '../analysis-plan.js';
import type { SqliteDb } from './db.js';
import { enqueue } from './outbox.js';

/**
 * Records one analysed article on SQLite, all in one transaction. An article already marked analysed
 * is left alone, which is what makes a retry after a crash (or a second call) add nothing.
 */
export function recordAnalysis(db: SqliteDb, plan: AnalysisPlan): { alerts: number; outbox: number } {
  const run = db.transaction(() => {
    const article = db.prepare('SELECT analysed_at FROM articles WHERE id = ?').get(plan.articleId) as
      { analysed_at: string | null } | undefined;
    if (!article) throw new StoreError('unknown-article', `no stored article with id ${plan.articleId}`);
    if (article.analysed_at !== null) return { alerts: 0, outbox: 0 };

    insertFindings(db, plan);
    for (const p of plan.positions) insertPosition(db, plan, p);
    for (const v of plan.values) insertValue(db, plan, v);

    const fresh = new Set<string>();
    const sourced = new Set<string>();
    for (const e of plan.alerts) {
      if (insertEvent(db, plan, e)) {
        fresh.add(e.event.eventKey);
        insertSource(db, plan, e);
      } else if (insertSource(db, plan, e)) {
        // Someone alerted this event before: this article is one more source, not a new alert.
        sourced.add(e.event.eventKey);
      }
    }
    for (const e of plan.repeats) if (insertSource(db, plan, e)) sourced.add(e.event.eventKey);
    const anyNew = (keys: string[]) => keys.some((k) => fresh.has(k));
    const due = plan.messages.filter((m) =>
      m.onNew ? anyNew(m.eventKeys) : !anyNew(m.eventKeys) && m.eventKeys.some((k) => sourced.has(k)),
    );
    const alerts = fresh.size;
    const outbox = enqueue(
      db,
      due.map((m) => m.entry),
    );

    db.prepare(
      'UPDATE articles SET analysed_at = ?, relevant = ?, lease_owner = NULL, lease_until = NULL WHERE id = ?',
    ).run(plan.at, plan.relevant ? 1 : 0, plan.articleId);
    return { alerts, outbox };
  });
  return run.immediate();
}

function insertFindings(db: SqliteDb, plan: AnalysisPlan): void {
  const stmt =
    db.prepare(`INSERT INTO findings (article_id, story, claim, claim_text, stance, actor, evidence, confidence, at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const f of plan.findings) {
    stmt.run(plan.articleId, plan.story, f.claim, f.claimText, f.stance, f.actor, f.evidence, f.confidence, plan.at);
  }
}

function insertPosition(db: SqliteDb, plan: AnalysisPlan, p: PlannedPosition): void {
  db.prepare(
    `INSERT INTO learned_positions
      (story, claim, actor, stance, evidence, source_outlet, source_where, source_date, source_title, article_id, at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    plan.story,
    p.claim,
    p.actor,
    p.stance,
    p.evidence,
    p.source.outlet,
    p.source.where,
    p.source.date,
    p.source.title ?? null,
    plan.articleId,
    plan.at,
  );
}

function insertValue(db: SqliteDb, plan: AnalysisPlan, v: PlannedValue): void {
  db.prepare(
    `INSERT INTO learned_values
      (story, attribute, claim, value, normalised, evidence, actor, source_outlet, source_where, source_date,
        source_title, article_id, at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    plan.story,
    v.attribute,
    v.claim,
    v.value,
    v.normalised,
    v.evidence,
    v.actor,
    v.source.outlet,
    v.source.where,
    v.source.date,
    v.source.title ?? null,
    plan.articleId,
    plan.at,
  );
}

/** True when the event is new. */
function insertEvent(db: SqliteDb, plan: AnalysisPlan, e: PlannedEvent): boolean {
  const r = e.event;
  return (
    db
      .prepare(
        `INSERT INTO events (event_key, story, kind, claim, actor, reason, evidence, alert, first_article_url,
          created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_key) DO NOTHING`,
      )
      .run(
        r.eventKey,
        plan.story,
        r.kind,
        r.claim,
        r.actor,
        r.reason,
        r.evidence,
        r.alert,
        e.source.articleUrl,
        plan.at,
      ).changes > 0
  );
}

/** True when this article was not yet a source of the event. */
function insertSource(db: SqliteDb, plan: AnalysisPlan, e: PlannedEvent): boolean {
  const s = e.source;
  return (
    db
      .prepare(
        `INSERT INTO event_sources (event_key, article_url, outlet, title, at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (event_key, article_url) DO NOTHING`,
      )
      .run(s.eventKey, s.articleUrl, s.outlet, s.title, plan.at).changes > 0
  );
}
