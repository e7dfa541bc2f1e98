import type { AlertDecision, NormalisedValue, Stance } from '../core/types.js';
import type {
  ArticleRecord,
  FeedRecord,
  OutboundPayload,
  OutboxEntry,
  OutboxKind,
  StoredEvent,
  StoredPosition,
  StoredValue,
} from './store.js';
import { readTime, readTimeRequired } from './time.js';

/**
 * Row → record mapping shared by both databases. Columns have the same snake_case names in both;
 * the differences (SQLite 0/1 and JSON text, PostgreSQL booleans, jsonb and Date) are absorbed here.
 */
export type Row = Record<string, unknown>;

/** What `Store.enqueue` takes: an outbox entry before delivery has touched it. */
export type NewOutboxEntry = Omit<
  OutboxEntry,
  'id' | 'attempts' | 'leases' | 'status' | 'lastError' | 'deliveredAt' | 'remoteId'
>;

const str = (v: unknown): string => String(v ?? '');
const strOrNull = (v: unknown): string | null => (v == null ? null : String(v));
const bool = (v: unknown): boolean => v === true || v === 1 || v === '1';
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

export function toFeed(r: Row): FeedRecord {
  return {
    id: Number(r.id),
    url: str(r.url),
    title: strOrNull(r.title),
    etag: strOrNull(r.etag),
    lastModified: strOrNull(r.last_modified),
    failureCount: Number(r.failure_count),
    lastError: strOrNull(r.last_error),
    lastPolledAt: readTime(r.last_polled_at),
    lastOkAt: readTime(r.last_ok_at),
    nextPollAt: readTime(r.next_poll_at),
    initialised: bool(r.initialised),
    addedAt: readTimeRequired(r.added_at),
  };
}

export function toArticle(r: Row): ArticleRecord {
  return {
    id: Number(r.id),
    feedId: r.feed_id == null ? null : Number(r.feed_id),
    url: str(r.url),
    canonicalUrl: str(r.canonical_url),
    guid: strOrNull(r.guid),
    contentHash: str(r.content_hash),
    title: str(r.title),
    source: str(r.source),
    published: strOrNull(r.published),
    text: str(r.text),
    fetchedAt: readTimeRequired(r.fetched_at),
    analysedAt: readTime(r.analysed_at),
    relevant: r.relevant == null ? null : bool(r.relevant),
    quiet: r.quiet == null ? false : bool(r.quiet),
  };
}

export function toOutboxEntry(r: Row): OutboxEntry {
  return {
    id: Number(r.id),
    kind: str(r.kind) as OutboxKind,
    sink: str(r.sink),
    channel: str(r.channel),
    eventKey: str(r.event_key),
    idempotencyKey: str(r.idempotency_key),
    payload: json<OutboundPayload>(r.payload),
    attempts: Number(r.attempts),
    leases: Number(r.leases ?? 0),
    status: str(r.status) as OutboxEntry['status'],
    nextAttemptAt: readTimeRequired(r.next_attempt_at),
    lastError: strOrNull(r.last_error),
    createdAt: readTimeRequired(r.created_at),
    deliveredAt: readTime(r.delivered_at),
    remoteId: strOrNull(r.remote_id),
  };
}

function toSource(r: Row): StoredPosition['source'] {
  const source: StoredPosition['source'] = {
    outlet: str(r.source_outlet),
    where: str(r.source_where),
    date: strOrNull(r.source_date),
  };
  if (r.source_title != null) source.title = str(r.source_title);
  return source;
}

export function toPosition(r: Row): StoredPosition {
  return {
    claim: str(r.claim),
    actor: str(r.actor),
    stance: str(r.stance) as Stance,
    evidence: str(r.evidence),
    source: toSource(r),
    articleId: r.article_id == null ? null : Number(r.article_id),
    at: readTimeRequired(r.at),
  };
}

export function toValue(r: Row): StoredValue {
  return {
    attribute: str(r.attribute),
    claim: strOrNull(r.claim),
    value: str(r.value),
    normalised: json<NormalisedValue>(r.normalised),
    evidence: str(r.evidence),
    source: toSource(r),
    at: readTimeRequired(r.at),
  };
}

export function toEvent(r: Row): StoredEvent {
  return {
    eventKey: str(r.event_key),
    kind: str(r.kind) as AlertDecision['kind'],
    claim: strOrNull(r.claim),
    actor: strOrNull(r.actor),
    reason: str(r.reason),
    evidence: str(r.evidence),
    firstArticleUrl: str(r.first_article_url),
    createdAt: readTimeRequired(r.created_at),
    sources: Number(r.sources ?? 1),
  };
}
