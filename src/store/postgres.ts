import type { Logger } from 'pino';
import type { AlertKind, History } from '../core/types.js';
import { planAnalysis } from './analysis-plan.js';
import { postgresMigrations } from './migrations/postgres.js';
import * as analysis from './postgres/analysis.js';
import * as articles from './postgres/articles.js';
import { connectPostgres, migratePostgres, type PgConnection } from './postgres/db.js';
import * as feeds from './postgres/feeds.js';
import * as historyQ from './postgres/history.js';
import * as outbox from './postgres/outbox.js';
import { toOutboxEntry, type NewOutboxEntry, type Row } from './rows.js';
import type {
  AlertFeedback,
  ArticleRecord,
  FeedPollFailure,
  FeedPollSuccess,
  FeedRecord,
  ItemKeys,
  NewArticle,
  OutboxEntry,
  OutboxStats,
  RecordAnalysisInput,
  Store,
  StoredEvent,
  StoredPosition,
  StoredValue,
} from './store.js';
import { toIso } from './time.js';
import { feedbackParams, INSERT_FEEDBACK, selectFeedback, toFeedback } from './feedback-sql.js';

export interface PostgresStoreOptions {
  log?: Logger;
  /** Schema to live in (overrides `?schema=` in the URL); created by `migrate()` if missing. */
  schema?: string;
  /** Pool size per instance. */
  max?: number;
  now?: () => string;
}

/**
 * The shared store for several instances: row leases with SKIP LOCKED decide who polls a feed, who analyses an
 * article and who delivers a message; unique keys make every write idempotent.
 */
export class PostgresStore implements Store {
  readonly #conn: PgConnection;
  readonly #log: Logger | undefined;
  readonly #now: () => string;
  readonly #history: historyQ.HistoryReader;
  #closed = false;

  constructor(databaseUrl: string, opts: PostgresStoreOptions = {}) {
    this.#conn = connectPostgres(databaseUrl, opts);
    this.#log = opts.log;
    this.#now = opts.now ?? (() => new Date().toISOString());
    this.#history = new historyQ.HistoryReader(this.#conn.sql);
  }

  /** The schema in use, or null for the server's default search_path. */
  get schema(): string | null {
    return this.#conn.schema;
  }

  async migrate(): Promise<void> {
    await migratePostgres(this.#conn, postgresMigrations, this.#log);
  }
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#conn.pool.end();
  }

  async listFeeds(): Promise<FeedRecord[]> {
    return feeds.listFeeds(this.#conn.sql);
  }
  async addFeed(url: string, title: string | null = null): Promise<FeedRecord> {
    return feeds.addFeed(this.#conn.sql, url, title, toIso(this.#now()));
  }
  async removeFeed(url: string): Promise<boolean> {
    return feeds.removeFeed(this.#conn.sql, url);
  }
  async leaseDueFeeds(
    now: string,
    owner: string,
    leaseMs: number,
    limit: number,
    polledBefore?: string,
  ): Promise<FeedRecord[]> {
    return feeds.leaseDueFeeds(this.#conn.sql, now, owner, leaseMs, limit, polledBefore);
  }
  async releaseFeedLease(feedId: number, owner: string): Promise<void> {
    await feeds.releaseFeedLease(this.#conn.sql, feedId, owner);
  }
  async recordFeedSuccess(feedId: number, ok: FeedPollSuccess): Promise<void> {
    await feeds.recordFeedSuccess(this.#conn.sql, feedId, ok);
  }
  async recordFeedFailure(feedId: number, fail: FeedPollFailure): Promise<void> {
    await feeds.recordFeedFailure(this.#conn, feedId, fail);
  }
  async markFeedInitialised(feedId: number): Promise<void> {
    await feeds.markFeedInitialised(this.#conn.sql, feedId);
  }

  async findArticle(keys: ItemKeys, feedId: number | null): Promise<number | null> {
    return articles.findArticle(this.#conn.sql, keys, feedId);
  }
  async saveArticle(article: NewArticle): Promise<{ id: number; inserted: boolean }> {
    return articles.saveArticle(this.#conn.sql, article);
  }
  async saveArticles(list: readonly NewArticle[]): Promise<Array<{ id: number; inserted: boolean }>> {
    return articles.saveArticles(this.#conn.sql, list);
  }
  async unanalysedArticles(limit: number): Promise<ArticleRecord[]> {
    return articles.unanalysedArticles(this.#conn.sql, limit);
  }
  async leaseUnanalysed(now: string, owner: string, leaseMs: number, limit: number): Promise<ArticleRecord[]> {
    return articles.leaseUnanalysed(this.#conn.sql, now, owner, leaseMs, limit);
  }
  async getArticle(id: number): Promise<ArticleRecord | null> {
    return articles.getArticle(this.#conn.sql, id);
  }

  async recordAnalysis(input: RecordAnalysisInput): Promise<{ alerts: number; outbox: number }> {
    return analysis.recordAnalysis(this.#conn, planAnalysis(input));
  }
  async recordAnalyses(inputs: readonly RecordAnalysisInput[]): Promise<Array<{ alerts: number; outbox: number }>> {
    return analysis.recordAnalyses(this.#conn, inputs.map(planAnalysis));
  }
  async loadHistory(story: string): Promise<History> {
    return this.#history.load(story);
  }

  async positions(f: { claim?: string; actor?: string; since?: string; until?: string }): Promise<StoredPosition[]> {
    return historyQ.positions(this.#conn.sql, f);
  }
  async values(f: { claim?: string; attribute?: string; since?: string; until?: string }): Promise<StoredValue[]> {
    return historyQ.values(this.#conn.sql, f);
  }
  async events(f: { since?: string; until?: string; kind?: AlertKind }): Promise<StoredEvent[]> {
    return historyQ.events(this.#conn.sql, f);
  }
  async articleCounts(f: {
    since: string;
    until: string;
  }): Promise<{ articles: number; relevant: number; outlets: Record<string, number> }> {
    return articles.articleCounts(this.#conn.sql, f.since, f.until);
  }
  async feedFailures(f: {
    since: string;
    until: string;
  }): Promise<Array<{ url: string; error: string; at: string }>> {
    return feeds.feedFailures(this.#conn.sql, f.since, f.until);
  }

  async enqueue(entries: NewOutboxEntry[]): Promise<number> {
    return outbox.enqueue(this.#conn.sql, entries);
  }
  async leaseOutbox(now: string, owner: string, leaseMs: number, limit: number): Promise<OutboxEntry[]> {
    return outbox.leaseOutbox(this.#conn.sql, now, owner, leaseMs, limit);
  }
  async renewOutboxLeases(ids: readonly number[], owner: string, now: string, leaseMs: number): Promise<number[]> {
    return outbox.renewOutboxLeases(this.#conn.sql, ids, owner, now, leaseMs);
  }
  async markDelivered(id: number, remoteId: string | null, at: string): Promise<void> {
    await outbox.markDelivered(this.#conn.sql, id, remoteId, at);
  }
  async markAllDelivered(ids: readonly number[], at: string): Promise<void> {
    await outbox.markAllDelivered(this.#conn.sql, ids, at);
  }
  async markAttemptFailed(id: number, error: string, nextAttemptAt: string, dead: boolean): Promise<void> {
    await outbox.markAttemptFailed(this.#conn.sql, id, error, nextAttemptAt, dead);
  }
  async outboxStats(): Promise<OutboxStats> {
    return outbox.outboxStats(this.#conn.sql);
  }
  async deadLetters(limit: number): Promise<OutboxEntry[]> {
    return outbox.deadLetters(this.#conn.sql, limit);
  }

  async outboxEntry(id: number): Promise<OutboxEntry | null> {
    const { rows } = await this.#conn.sql.query('SELECT * FROM outbox WHERE id = $1', [id]);
    return rows[0] ? toOutboxEntry(rows[0] as Row) : null;
  }
  async recordFeedback(rows: readonly AlertFeedback[]): Promise<number> {
    let added = 0;
    for (const f of rows)
      added +=
        (
          await this.#conn.sql.query(
            INSERT_FEEDBACK((n) => `$${n}`),
            feedbackParams(f),
          )
        ).rowCount ?? 0;
    return added;
  }
  async feedback(filter: { claim?: string; eventKey?: string; since?: string; until?: string }) {
    const { sql, params } = selectFeedback(filter, (n) => `$${n}`);
    return (await this.#conn.sql.query(sql, params)).rows.map((r) => toFeedback(r as Record<string, unknown>));
  }

  async getThread(sink: string, channel: string, threadKey: string): Promise<string | null> {
    return outbox.getThread(this.#conn.sql, sink, channel, threadKey);
  }
  async setThread(sink: string, channel: string, threadKey: string, remoteId: string): Promise<void> {
    await outbox.setThread(this.#conn.sql, sink, channel, threadKey, remoteId);
  }
  async claimDigest(periodKey: string, sink: string, channel: string, at: string): Promise<boolean> {
    return outbox.claimDigest(this.#conn.sql, periodKey, sink, channel, at);
  }
}
