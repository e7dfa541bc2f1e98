import { StoreError } from '../../errors.js';
import type { AnalysisPlan, PlannedEvent } from '../analysis-plan.js';
import type { NewOutboxEntry } from '../rows.js';
import { toIso } from '../time.js';
import type { PgConnection } from './db.js';

/**
 * Records one analysed article on PostgreSQL in one statement (so one round trip and one commit): data-modifying
 * CTEs insert the findings, positions, values, new events, sources and messages, and mark the article analysed,
 * all or nothing. The article row is locked first (FOR UPDATE) and must still be unanalysed, so two instances
 * recording the same article queue up and the second finds it analysed and adds nothing. Each table's rows travel
 * as one JSON array (`json_to_recordset`), so the statement text is the same whatever the counts and is prepared once
 * per connection.
 *
 * What is sent follows the same rules as the step-by-step version on SQLite (sqlite/analysis.ts): an alert whose event
 * is new sends its alert messages; an alert whose event is already known, and a repeat, send their quiet source
 * messages if this article is a new source of the event. An event named twice in one article counts once.
 */
export async function recordAnalysis(conn: PgConnection, plan: AnalysisPlan): Promise<{ alerts: number; outbox: number }> {
  const { alerts, repeats } = distinctEvents(plan);
  // In the order the step-by-step version enqueues them: event by event, its alert or else its source messages.
  const outbox: Array<NewOutboxEntry & { onNew: boolean }> = [
    ...alerts.flatMap((e) => [...e.alertOutbox.map((o) => ({ ...o, onNew: true })), ...e.sourceOutbox.map((o) => ({ ...o, onNew: false }))]),
    ...repeats.flatMap((e) => e.sourceOutbox.map((o) => ({ ...o, onNew: false }))),
  ];
  const { rows } = await conn.sql.query(RECORD_ANALYSIS, [
    plan.articleId, plan.at, plan.relevant, plan.story,
    json(plan.findings.map((f) => ({ claim: f.claim, claim_text: f.claimText, stance: f.stance, actor: f.actor, evidence: f.evidence, confidence: f.confidence }))),
    json(plan.positions.map((p) => ({
      claim: p.claim, actor: p.actor, stance: p.stance, evidence: p.evidence,
      source_outlet: p.source.outlet, source_where: p.source.where, source_date: p.source.date, source_title: p.source.title ?? null,
    }))),
    json(plan.values.map((v) => ({
      attribute: v.attribute, claim: v.claim, value: v.value, normalised: v.normalised, evidence: v.evidence, actor: v.actor,
      source_outlet: v.source.outlet, source_where: v.source.where, source_date: v.source.date, source_title: v.source.title ?? null,
    }))),
    json(alerts.map(({ event: r, source }) => ({
      event_key: r.eventKey, kind: r.kind, claim: r.claim, actor: r.actor, reason: r.reason, evidence: r.evidence, alert: r.alert,
      first_article_url: source.articleUrl,
    }))),
    json([...alerts, ...repeats].map(({ source: s }) => ({ event_key: s.eventKey, article_url: s.articleUrl, outlet: s.outlet, title: s.title }))),
    json(outbox.map((o) => ({
      on_new: o.onNew, kind: o.kind, sink: o.sink, channel: o.channel, event_key: o.eventKey, idempotency_key: o.idempotencyKey,
      payload: o.payload, next_attempt_at: toIso(o.nextAttemptAt), created_at: toIso(o.createdAt),
    }))),
  ]);
  const row = rows[0] ?? {};
  if (!row.known) throw new StoreError('unknown-article', `no stored article with id ${plan.articleId}`);
  return { alerts: Number(row.alerts ?? 0), outbox: Number(row.outbox ?? 0) };
}

/**
 * The alerts and repeats that can change anything, each event once: the first alert about an event (a second one
 * finds the event and this article's source already there), and the repeats of events this article does not alert.
 */
function distinctEvents(plan: AnalysisPlan): { alerts: PlannedEvent[]; repeats: PlannedEvent[] } {
  const seen = new Set<string>();
  const firstOf = (e: PlannedEvent) => !seen.has(e.event.eventKey) && Boolean(seen.add(e.event.eventKey));
  const alerts = plan.alerts.filter(firstOf);
  return { alerts, repeats: plan.repeats.filter(firstOf) };
}

/**
 * JSON text of the rows for one table. A lone UTF-16 surrogate (from a numeric character reference in a hostile feed)
 * would make the JSON unreadable to PostgreSQL, so strings are made well-formed (U+FFFD), as the driver does for a
 * plain text parameter.
 */
function json(rows: readonly object[]): string {
  return JSON.stringify(rows, (_key, v: unknown) => (typeof v === 'string' ? toWellFormed(v) : v));
}

const toWellFormed = (s: string): string => (s as string & { toWellFormed(): string }).toWellFormed();

/** `FROM` item for the JSON rows in parameter `$n`: columns as declared plus `ord`, the row's position (1-based). */
function rowsOf(param: number, columns: string): string {
  const names = columns.split(',').map((c) => c.trim().split(/\s+/)[0]).join(', ');
  return `ROWS FROM (json_to_recordset($${param}::json) AS (${columns})) WITH ORDINALITY AS x(${names}, ord)`;
}

const RECORD_ANALYSIS = `
WITH art AS (
  SELECT id FROM articles WHERE id = $1 AND analysed_at IS NULL FOR UPDATE
), f AS (
  INSERT INTO findings (article_id, story, claim, claim_text, stance, actor, evidence, confidence, at)
  SELECT art.id, $4, x.claim, x.claim_text, x.stance, x.actor, x.evidence, x.confidence, $2::timestamptz
  FROM art, ${rowsOf(5, 'claim text, claim_text text, stance text, actor text, evidence text, confidence float8')}
  ORDER BY x.ord
), p AS (
  INSERT INTO learned_positions (story, claim, actor, stance, evidence, source_outlet, source_where, source_date, source_title, article_id, at)
  SELECT $4, x.claim, x.actor, x.stance, x.evidence, x.source_outlet, x.source_where, x.source_date, x.source_title, art.id, $2::timestamptz
  FROM art, ${rowsOf(6, 'claim text, actor text, stance text, evidence text, source_outlet text, source_where text, source_date text, source_title text')}
  ORDER BY x.ord
), v AS (
  INSERT INTO learned_values (story, attribute, claim, value, normalised, evidence, actor, source_outlet, source_where, source_date, source_title, article_id, at)
  SELECT $4, x.attribute, x.claim, x.value, x.normalised::jsonb, x.evidence, x.actor, x.source_outlet, x.source_where, x.source_date,
    x.source_title, art.id, $2::timestamptz
  FROM art, ${rowsOf(7, 'attribute text, claim text, value text, normalised text, evidence text, actor text, source_outlet text, source_where text, source_date text, source_title text')}
  ORDER BY x.ord
), ev AS (
  INSERT INTO events (event_key, story, kind, claim, actor, reason, evidence, alert, first_article_url, created_at)
  SELECT x.event_key, $4, x.kind, x.claim, x.actor, x.reason, x.evidence, x.alert::jsonb, x.first_article_url, $2::timestamptz
  FROM art, ${rowsOf(8, 'event_key text, kind text, claim text, actor text, reason text, evidence text, alert text, first_article_url text')}
  ORDER BY x.ord
  ON CONFLICT (event_key) DO NOTHING
  RETURNING event_key
), src AS (
  INSERT INTO event_sources (event_key, article_url, outlet, title, at)
  SELECT x.event_key, x.article_url, x.outlet, x.title, $2::timestamptz
  FROM art, ${rowsOf(9, 'event_key text, article_url text, outlet text, title text')}
  ORDER BY x.ord
  ON CONFLICT (event_key, article_url) DO NOTHING
  RETURNING event_key
), ob AS (
  INSERT INTO outbox (kind, sink, channel, event_key, idempotency_key, payload, next_attempt_at, created_at)
  SELECT x.kind, x.sink, x.channel, x.event_key, x.idempotency_key, x.payload::jsonb, x.next_attempt_at::timestamptz, x.created_at::timestamptz
  FROM art, ${rowsOf(10, 'on_new boolean, kind text, sink text, channel text, event_key text, idempotency_key text, payload json, next_attempt_at text, created_at text')}
  WHERE CASE WHEN x.on_new THEN x.event_key IN (SELECT event_key FROM ev)
    ELSE x.event_key NOT IN (SELECT event_key FROM ev) AND x.event_key IN (SELECT event_key FROM src) END
  ORDER BY x.ord
  ON CONFLICT (idempotency_key) DO NOTHING
  RETURNING 1
), done AS (
  UPDATE articles SET analysed_at = $2::timestamptz, relevant = $3, lease_owner = NULL, lease_until = NULL
  WHERE id IN (SELECT id FROM art)
)
SELECT EXISTS (SELECT 1 FROM articles WHERE id = $1) AS known,
  (SELECT count(*) FROM ev)::int AS alerts,
  (SELECT count(*) FROM ob)::int AS outbox`;
