import type { AlertDecision, History, SourceRef } from '../core/types.js';
import type { OutboundPayload, OutboxKind, RecordAnalysisInput } from './store.js';
import type { NewOutboxEntry } from './rows.js';
import { datePart, toIso } from './time.js';
import { groupByKind } from '../core/alert-groups.js';

/**
 * What `recordAnalysis` writes, worked out before touching a database, so SQLite and PostgreSQL
 * record an analysis in exactly the same way and differ only in how they run the statements.
 */

export interface PlannedFinding {
  claim: string;
  claimText: string;
  stance: string;
  actor: string | null;
  evidence: string;
  confidence: number;
}
export interface PlannedPosition {
  claim: string;
  actor: string;
  stance: string;
  evidence: string;
  source: SourceRef;
}
export interface PlannedValue {
  attribute: string;
  claim: string | null;
  value: string;
  normalised: string;
  evidence: string;
  actor: string | null;
  source: SourceRef;
}
export interface PlannedEventRow {
  eventKey: string;
  kind: string;
  claim: string | null;
  actor: string | null;
  reason: string;
  evidence: string;
  alert: string;
}
export interface PlannedSource {
  eventKey: string;
  articleUrl: string;
  outlet: string;
  title: string;
}

/** One alert of the report (or one repeat): its event and this article as a source of it. */
export interface PlannedEvent {
  event: PlannedEventRow;
  source: PlannedSource;
}

/**
 * One message of the article to one place: the article's alerts of one kind travel together (core/alert-groups).
 * An alert message goes out when any of its events is new; a source message (the article is one more source of
 * events already alerted) when none is new and the article is a new source of at least one.
 */
export interface PlannedMessage {
  entry: NewOutboxEntry;
  eventKeys: string[];
  onNew: boolean;
}

export interface AnalysisPlan {
  articleId: number;
  story: string;
  at: string;
  relevant: boolean;
  findings: PlannedFinding[];
  positions: PlannedPosition[];
  values: PlannedValue[];
  /** New events unless their key is already stored, in which case they count as repeats. */
  alerts: PlannedEvent[];
  /** Known events this article repeats (syndicated copies). */
  repeats: PlannedEvent[];
  /** Alert messages, then source messages, in the order they are enqueued. */
  messages: PlannedMessage[];
}

/** Idempotency key of one message: the same alert or source never goes to the same place twice. */
export function idempotencyKey(
  kind: OutboxKind,
  sink: string,
  channel: string,
  eventKey: string,
  articleUrl: string,
): string {
  return `${kind}:${sink}:${channel}:${eventKey}:${articleUrl}`;
}

/**
 * `value` (plain JSON data) with every stray half of a UTF-16 surrogate pair in its strings replaced by U+FFFD. A
 * hostile feed can carry one (a numeric character reference such as `&#xD800;`); JSON text holding one is refused
 * by PostgreSQL's json and jsonb, so what is stored as JSON is made well-formed first. Returns `value` itself when
 * there is nothing to replace (JSON.stringify writes a \u escape for a stray half and for nothing else in that range).
 */
export function wellFormed<T>(value: T): T {
  if (!STRAY_ESCAPE.test(JSON.stringify(value) ?? '')) return value;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? toWellFormed(v) : v))) as T;
}

const STRAY_ESCAPE = /\\ud[89a-f][0-9a-f]{2}/i;
const toWellFormed = (s: string): string => (s as string & { toWellFormed(): string }).toWellFormed();

export function planAnalysis(input: RecordAnalysisInput): AnalysisPlan {
  const { report } = input;
  const article = wellFormed(input.article);
  const at = toIso(input.at);
  const story = report.story ?? '';
  const source: SourceRef = {
    outlet: article.source,
    where: article.url,
    date: datePart(article.published),
    title: article.title,
  };

  const roles = input.roles && Object.keys(input.roles).length ? wellFormed(input.roles) : undefined;
  const messagesOf = (kind: 'alert' | 'source', decisions: readonly AlertDecision[]): PlannedMessage[] =>
    groupByKind(decisions.map(wellFormed)).flatMap((alerts) => {
      const lead = alerts[0]!;
      const payload: OutboundPayload = {
        type: kind,
        alert: lead,
        // A message of one alert keeps the shape messages had before grouping.
        ...(alerts.length > 1 ? { alerts } : {}),
        article,
        story,
        ...(roles ? { roles } : {}),
      };
      const eventKeys = alerts.map((a) => a.eventKey);
      return input.routes(lead).map((route) => ({
        eventKeys,
        onNew: kind === 'alert',
        entry: {
          kind,
          sink: route.sink,
          channel: route.channel,
          eventKey: lead.eventKey,
          idempotencyKey: idempotencyKey(kind, route.sink, route.channel, lead.eventKey, article.url),
          payload,
          nextAttemptAt: at,
          createdAt: at,
        },
      }));
    });

  const planEvent = (decision: AlertDecision): PlannedEvent => {
    const alert = wellFormed(decision);
    return {
      event: {
        eventKey: alert.eventKey,
        kind: alert.kind,
        claim: alert.claim,
        actor: alert.actor,
        reason: alert.reason,
        evidence: alert.evidence,
        alert: JSON.stringify(alert),
      },
      source: { eventKey: alert.eventKey, articleUrl: article.url, outlet: article.source, title: article.title },
    };
  };

  return {
    articleId: input.articleId,
    story,
    at,
    relevant: report.relevant,
    findings: report.findings.map((f) => ({
      claim: f.claim,
      claimText: f.claimText,
      stance: f.stance,
      actor: f.actor,
      evidence: f.evidence,
      confidence: f.confidence,
    })),
    // When the article itself is the speaker (no attributed actor), the position is the outlet's.
    positions: report.findings.map((f) => ({
      claim: f.claim,
      actor: f.actor ?? article.source,
      stance: f.stance,
      evidence: f.evidence,
      source,
    })),
    values: report.values.map((v) => ({
      attribute: v.attribute,
      claim: v.claim,
      value: v.value,
      normalised: JSON.stringify(wellFormed(v.normalised)),
      evidence: v.evidence,
      actor: v.actor,
      source,
    })),
    alerts: report.alerts.map(planEvent),
    repeats: input.repeats.map(planEvent),
    // An alert turned out known (another instance alerted it first) is a source like a repeat: it is grouped with
    // the alerts it came with, so its source message goes where theirs would.
    messages: [
      ...messagesOf('alert', report.alerts),
      ...messagesOf('source', report.alerts),
      ...messagesOf(
        'source',
        input.repeats.filter((r) => !report.alerts.some((a) => a.eventKey === r.eventKey)),
      ),
    ],
  };
}

/**
 * `history` as `loadHistory(story)` reads it back once `input` is recorded: the article's positions, values and
 * alerted events appended. Lets a worker analyse a batch of articles in turn, each seeing the ones before it,
 * without reading the whole history again after every article. An article of another story changes nothing.
 */
export function historyWithAnalysis(history: History, story: string, input: RecordAnalysisInput): History {
  const { report, article } = input;
  if ((report.story ?? '') !== story) return history;
  // What planAnalysis would store, without building the messages.
  const source: SourceRef = {
    outlet: article.source,
    where: article.url,
    date: datePart(article.published),
    title: article.title,
  };
  return {
    positions: [
      ...history.positions,
      ...report.findings.map((f) => ({
        claim: f.claim,
        actor: f.actor ?? article.source,
        stance: f.stance,
        source,
        evidence: f.evidence,
      })),
    ],
    values: [
      ...history.values,
      ...report.values.map(({ attribute, claim, value, normalised }) => ({
        attribute,
        claim,
        value,
        normalised,
        source,
      })),
    ],
    alertedEvents: new Set([...history.alertedEvents, ...report.alerts.map((a) => a.eventKey)]),
  };
}
