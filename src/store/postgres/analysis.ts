import { StoreError } from '../../errors.js';
import type { AnalysisPlan, PlannedEvent } from '../analysis-plan.js';
import { toIso } from '../time.js';
import type { PgConnection } from './db.js';

/**
 * Records analysed articles on PostgreSQL in one statement (one round trip, one commit): data-modifying CTEs insert
 * the findings, positions, values, new events, sources and messages, and mark the articles analysed, all or nothing.
 * The article rows are locked first (FOR UPDATE, in id order) and must still be unanalysed, so two instances
 * recording the same article queue up and the second finds it analysed and adds nothing for it. Each table's rows
 * travel as one JSON array (`json_to_recordset`), each row naming its article, so the statement text is the same
 * whatever the counts and is prepared once per connection.
 *
 * What is sent follows the same rules as the step-by-step version on SQLite (sqlite/analysis.ts): an alert message
 * (the article's alerts of one kind) goes out when any of its events is new; a source message when none of its events
 * is new and the article is a new source of one of them. An event named twice in one article counts once. Articles
 * are recorded together only when no two of them name the same event: then no article's rows can change what
 * another's find, and together is the same as in turn. A list where two do (a syndicated copy in the same batch) is
 * recorded one article at a time, in order.
 */
export async function recordAnalyses(
  conn: PgConnection,
  plans: readonly AnalysisPlan[],
): Promise<Array<{ alerts: number; outbox: number }>> {
  if (!plans.length) return [];
  const owner = new Map<string, number>();
  const ids = new Set<number>();
  for (const plan of plans) {
    if (ids.has(plan.articleId)) return inTurn(conn, plans);
    ids.add(plan.articleId);
    for (const e of [...plan.alerts, ...plan.repeats]) {
      const other = owner.get(e.event.eventKey);
      if (other !== undefined && other !== plan.articleId) return inTurn(conn, plans);
      owner.set(e.event.eventKey, plan.articleId);
    }
  }

  const rows = plans.map((plan) => ({ plan, ...distinctEvents(plan) }));
  const {
    rows: [result = {}],
  } = await conn.sql.query(RECORD_ANALYSES, [
    json(plans.map((p) => ({ article_id: p.articleId, at: p.at, relevant: p.relevant, story: p.story }))),
    json(
      plans.flatMap((p) =>
        p.findings.map((f) => ({
          article_id: p.articleId,
          claim: f.claim,
          claim_text: f.claimText,
          stance: f.stance,
          actor: f.actor,
          evidence: f.evidence,
          confidence: f.confidence,
        })),
      ),
    ),
    json(
      plans.flatMap((p) =>
        p.positions.map((x) => ({
          article_id: p.articleId,
          claim: x.claim,
          actor: x.actor,
          stance: x.stance,
          evidence: x.evidence,
          source_outlet: x.source.outlet,
          source_where: x.source.where,
          source_date: x.source.date,
          source_title: x.source.title ?? null,
        })),
      ),
    ),
    json(
      plans.flatMap((p) =>
        p.values.map((v) => ({
          article_id: p.articleId,
          attribute: v.attribute,
          claim: v.claim,
          value: v.value,
          normalised: v.normalised,
          evidence: v.evidence,
          actor: v.actor,
          source_outlet: v.source.outlet,
          source_where: v.source.where,
          source_date: v.source.date,
          source_title: v.source.title ?? null,
        })),
      ),
    ),
    json(
      rows.flatMap(({ plan, alerts }) =>
        alerts.map(({ event: r, source }) => ({
          article_id: plan.articleId,
          event_key: r.eventKey,
          kind: r.kind,
          claim: r.claim,
          actor: r.actor,
          reason: r.reason,
          evidence: r.evidence,
          alert: r.alert,
          first_article_url: source.articleUrl,
        })),
      ),
    ),
    json(
      rows.flatMap(({ plan, alerts, repeats }) =>
        [...alerts, ...repeats].map(({ source: s }) => ({
          article_id: plan.articleId,
          event_key: s.eventKey,
          article_url: s.articleUrl,
          outlet: s.outlet,
          title: s.title,
        })),
      ),
    ),
    json(
      plans.flatMap((plan) =>
        plan.messages.map(({ entry: o, onNew, eventKeys }) => ({
          article_id: plan.articleId,
          on_new: onNew,
          event_keys: eventKeys,
          kind: o.kind,
          sink: o.sink,
          channel: o.channel,
          event_key: o.eventKey,
          idempotency_key: o.idempotencyKey,
          payload: o.payload,
          next_attempt_at: toIso(o.nextAttemptAt),
          created_at: toIso(o.createdAt),
        })),
      ),
    ),
  ]);

  const known = new Set((result.known ?? []) as number[]);
  const unknown = plans.filter((p) => !known.has(p.articleId)).map((p) => p.articleId);
  if (unknown.length) throw new StoreError('unknown-article', `no stored article with id ${unknown.join(', ')}`);
  const counts = new Map(plans.map((p) => [p.articleId, { alerts: 0, outbox: 0 }]));
  for (const key of (result.new_events ?? []) as string[]) counts.get(owner.get(key)!)!.alerts++;
  for (const key of (result.sent ?? []) as string[]) counts.get(owner.get(key)!)!.outbox++;
  return plans.map((p) => counts.get(p.articleId)!);
}

export async function recordAnalysis(
  conn: PgConnection,
  plan: AnalysisPlan,
): Promise<{ alerts: number; outbox: number }> {
  return (await recordAnalyses(conn, [plan]))[0]!;
}

async function inTurn(
  conn: PgConnection,
  plans: readonly AnalysisPlan[],
): Promise<Array<{ alerts: number; outbox: number }>> {
  const out: Array<{ alerts: number; outbox: number }> = [];
  for (const plan of plans) out.push(await recordAnalysis(conn, plan));
  return out;
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
  const names = columns
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0])
    .join(', ');
  return `ROWS FROM (json_to_recordset($${param}::json) AS (${columns})) WITH ORDINALITY AS x(${names}, ord)`;
}

/** Rows of one table for the articles being recorded (`live`), in the articles' order and then their own. */
const LIVE = 'JOIN live ON live.article_id = x.article_id';

/** The event keys of a message row: an alert message carries every alert of one kind from its article. */
const KEYS_OF_X = '(SELECT json_array_elements_text(x.event_keys))';

const RECORD_ANALYSES = `
WITH a AS (
  SELECT * FROM ROWS FROM (json_to_recordset($1::json) AS (article_id integer, at timestamptz, relevant boolean,
    story text))
  WITH ORDINALITY AS a(article_id, at, relevant, story, ord)
), art AS (
  SELECT id FROM articles WHERE id IN (SELECT article_id FROM a) AND analysed_at IS NULL ORDER BY id FOR UPDATE
), live AS (
  SELECT a.* FROM a JOIN art ON art.id = a.article_id
), f AS (
  INSERT INTO findings (article_id, story, claim, claim_text, stance, actor, evidence, confidence, at)
  SELECT x.article_id, live.story, x.claim, x.claim_text, x.stance, x.actor, x.evidence, x.confidence, live.at
  FROM ${rowsOf(
    2,
    'article_id integer, claim text, claim_text text, stance text, actor text, evidence text, confidence float8',
  )} ${LIVE}
  ORDER BY live.ord, x.ord
), p AS (
  INSERT INTO learned_positions (story, claim, actor, stance, evidence, source_outlet, source_where, source_date,
    source_title, article_id, at)
  SELECT live.story, x.claim, x.actor, x.stance, x.evidence, x.source_outlet, x.source_where, x.source_date,
    x.source_title, x.article_id, live.at
  FROM ${rowsOf(
    3,
    'article_id integer, claim text, actor text, stance text, evidence text, ' +
      'source_outlet text, source_where text, source_date text, source_title text',
  )} ${LIVE}
  ORDER BY live.ord, x.ord
), v AS (
  INSERT INTO learned_values (story, attribute, claim, value, normalised, evidence, actor, source_outlet,
    source_where, source_date, source_title, article_id, at)
  SELECT live.story, x.attribute, x.claim, x.value, x.normalised::jsonb, x.evidence, x.actor, x.source_outlet,
    x.source_where, x.source_date,
    x.source_title, x.article_id, live.at
  FROM ${rowsOf(
    4,
    'article_id integer, attribute text, claim text, value text, normalised text, evidence text, actor text, ' +
      'source_outlet text, source_where text, source_date text, source_title text',
  )} ${LIVE}
  ORDER BY live.ord, x.ord
), ev AS (
  INSERT INTO events (event_key, story, kind, claim, actor, reason, evidence, alert, first_article_url, created_at)
  SELECT x.event_key, live.story, x.kind, x.claim, x.actor, x.reason, x.evidence, x.alert::jsonb,
    x.first_article_url, live.at
  FROM ${rowsOf(
    5,
    'article_id integer, event_key text, kind text, claim text, actor text, reason text, evidence text, ' +
      'alert text, first_article_url text',
  )} ${LIVE}
  ORDER BY live.ord, x.ord
  ON CONFLICT (event_key) DO NOTHING
  RETURNING event_key
), src AS (
  INSERT INTO event_sources (event_key, article_url, outlet, title, at)
  SELECT x.event_key, x.article_url, x.outlet, x.title, live.at
  FROM ${rowsOf(6, 'article_id integer, event_key text, article_url text, outlet text, title text')} ${LIVE}
  ORDER BY live.ord, x.ord
  ON CONFLICT (event_key, article_url) DO NOTHING
  RETURNING event_key
), ob AS (
  INSERT INTO outbox (kind, sink, channel, event_key, idempotency_key, payload, next_attempt_at, created_at)
  SELECT x.kind, x.sink, x.channel, x.event_key, x.idempotency_key, x.payload::jsonb,
    x.next_attempt_at::timestamptz, x.created_at::timestamptz
  FROM ${rowsOf(
    7,
    'article_id integer, on_new boolean, event_keys json, kind text, sink text, channel text, event_key text, ' +
      'idempotency_key text, payload json, next_attempt_at text, created_at text',
  )} ${LIVE}
  WHERE CASE WHEN x.on_new THEN EXISTS (SELECT 1 FROM ev WHERE ev.event_key IN ${KEYS_OF_X})
    ELSE NOT EXISTS (SELECT 1 FROM ev WHERE ev.event_key IN ${KEYS_OF_X})
      AND EXISTS (SELECT 1 FROM src WHERE src.event_key IN ${KEYS_OF_X}) END
  ORDER BY live.ord, x.ord
  ON CONFLICT (idempotency_key) DO NOTHING
  RETURNING event_key
), done AS (
  UPDATE articles SET analysed_at = live.at, relevant = live.relevant, lease_owner = NULL, lease_until = NULL
  FROM live WHERE articles.id = live.article_id
)
SELECT (SELECT json_agg(id) FROM articles WHERE id IN (SELECT article_id FROM a)) AS known,
  (SELECT json_agg(event_key) FROM ev) AS new_events,
  (SELECT json_agg(event_key) FROM ob) AS sent`;
