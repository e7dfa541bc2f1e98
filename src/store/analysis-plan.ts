import type { AlertDecision, History, NormalisedValue, SourceRef, Stance } from '../core/types.js';
import type { OutboundPayload, OutboxKind, RecordAnalysisInput } from './store.js';
import type { NewOutboxEntry } from './rows.js';
import { datePart, toIso } from './time.js';

/**
 * What `recordAnalysis` writes, worked out before touching a database, so SQLite and PostgreSQL
 * record an analysis in exactly the same way and differ only in how they run the statements.
 */

export interface PlannedFinding {
  claim: string; claimText: string; stance: string; actor: string | null; evidence: string; confidence: number;
}
export interface PlannedPosition { claim: string; actor: string; stance: string; evidence: string; source: SourceRef }
export interface PlannedValue {
  attribute: string; claim: string | null; value: string; normalised: string; evidence: string; actor: string | null; source: SourceRef;
}
export interface PlannedEventRow {
  eventKey: string; kind: string; claim: string | null; actor: string | null; reason: string; evidence: string; alert: string;
}
export interface PlannedSource { eventKey: string; articleUrl: string; outlet: string; title: string }

/** One alert of the report (or one repeat): its event, this article as a source, and the messages for each case. */
export interface PlannedEvent {
  event: PlannedEventRow;
  source: PlannedSource;
  /** Sent when the event is new. */
  alertOutbox: NewOutboxEntry[];
  /** Sent instead when the event is already known: a quiet extra source. */
  sourceOutbox: NewOutboxEntry[];
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
}

/** Idempotency key of one message: the same alert or source never goes to the same place twice. */
export function idempotencyKey(kind: OutboxKind, sink: string, channel: string, eventKey: string, articleUrl: string): string {
  return `${kind}:${sink}:${channel}:${eventKey}:${articleUrl}`;
}

export function planAnalysis(input: RecordAnalysisInput): AnalysisPlan {
  const { report, article } = input;
  const at = toIso(input.at);
  const story = report.story ?? '';
  const source: SourceRef = { outlet: article.source, where: article.url, date: datePart(article.published), title: article.title };

  const outbox = (kind: 'alert' | 'source', alert: AlertDecision): NewOutboxEntry[] =>
    input.routes(alert).map((route) => {
      const payload: OutboundPayload = { type: kind, alert, article, story };
      return {
        kind,
        sink: route.sink,
        channel: route.channel,
        eventKey: alert.eventKey,
        idempotencyKey: idempotencyKey(kind, route.sink, route.channel, alert.eventKey, article.url),
        payload,
        nextAttemptAt: at,
        createdAt: at,
      };
    });

  const planEvent = (alert: AlertDecision): PlannedEvent => ({
    event: {
      eventKey: alert.eventKey, kind: alert.kind, claim: alert.claim, actor: alert.actor,
      reason: alert.reason, evidence: alert.evidence, alert: JSON.stringify(alert),
    },
    source: { eventKey: alert.eventKey, articleUrl: article.url, outlet: article.source, title: article.title },
    alertOutbox: outbox('alert', alert),
    sourceOutbox: outbox('source', alert),
  });

  return {
    articleId: input.articleId,
    story,
    at,
    relevant: report.relevant,
    findings: report.findings.map((f) => ({
      claim: f.claim, claimText: f.claimText, stance: f.stance, actor: f.actor, evidence: f.evidence, confidence: f.confidence,
    })),
    // When the article itself is the speaker (no attributed actor), the position is the outlet's.
    positions: report.findings.map((f) => ({ claim: f.claim, actor: f.actor ?? article.source, stance: f.stance, evidence: f.evidence, source })),
    values: report.values.map((v) => ({
      attribute: v.attribute, claim: v.claim, value: v.value, normalised: JSON.stringify(v.normalised),
      evidence: v.evidence, actor: v.actor, source,
    })),
    alerts: report.alerts.map(planEvent),
    repeats: input.repeats.map(planEvent),
  };
}

/**
 * `history` as `loadHistory(story)` reads it back once `input` is recorded: the article's positions, values and
 * alerted events appended. Lets a worker analyse a batch of articles in turn, each seeing the ones before it,
 * without reading the whole history again after every article. An article of another story changes nothing.
 */
export function historyWithAnalysis(history: History, story: string, input: RecordAnalysisInput): History {
  const plan = planAnalysis(input);
  if (plan.story !== story) return history;
  return {
    positions: [
      ...history.positions,
      ...plan.positions.map(({ claim, actor, stance, source, evidence }) => ({ claim, actor, stance: stance as Stance, source, evidence })),
    ],
    values: [
      ...history.values,
      ...plan.values.map(({ attribute, claim, value, normalised, source }) => ({
        attribute, claim, value, normalised: JSON.parse(normalised) as NormalisedValue, source,
      })),
    ],
    alertedEvents: new Set([...history.alertedEvents, ...plan.alerts.map((e) => e.event.eventKey)]),
  };
}
