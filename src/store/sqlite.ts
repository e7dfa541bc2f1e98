import type { Logger } from 'pino';
import type { AlertKind, History } from '../core/types.js';
import { planAnalysis } from './analysis-plan.js';
import { StoreError } from '../errors.js';
import { sqliteMigrations } from './migrations/sqlite.js';
import { toOutboxEntry, type NewOutboxEntry, type Row } from './rows.js';
import * as articles from './sqlite/articles.js';
import * as analysis from './sqlite/analysis.js';
import { migrateSqlite, openSqlite, type SqliteDb } from './sqlite/db.js';
import * as feeds from './sqlite/feeds.js';
import * as historyQ from './sqlite/history.js';
import * as outbox from './sqlite/outbox.js';
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

/**
 * The embedded store: one SQLite file, enough for one newsroom's bot. better-sqlite3 is synchronous;
 * the methods are async only to share the `Store` port with PostgreSQL.
 */
export class SqliteStore implements Store {
  readonly #db: SqliteDb;
  readonly #log: Logger | undefined;
  readonly #now: () => string;

  /** `path` is a file path or `:memory:`. `now` stamps rows the port gives no time for (a feed's `addedAt`). */
  constructor(path: string, opts: { log?: Logger; now?: () => string } = {}) {
    this.#db = openSqlite(path);
    this.#log = opts.log;
    this.#now = opts.now ?? (() => new Date().toISOString());
  }

  async migrate(): Promise<void> {
    migrateSqlite(this.#db, sqliteMigrations, this.#log);
  }
  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }

  async listFeeds(): Promise<FeedRecord[]> {
    return feeds.listFeeds(this.#db);
  }
  async addFeed(url: string, title: string | null = null): Promise<FeedRecord> {
    return feeds.addFeed(this.#db, url, title, toIso(this.#now()));
  }
  async removeFeed(url: string): Promise<boolean> {
    return feeds.removeFeed(this.#db, url);
  }
  async leaseDueFeeds(
    now: string,
    owner: string,
    leaseMs: number,
    limit: number,
    polledBefore?: string,
  ): Promise<FeedRecord[]> {
    return feeds.leaseDueFeeds(this.#db, now, owner, leaseMs, limit, polledBefore);
  }
  async releaseFeedLease(feedId: number, owner: string): Promise<void> {
    feeds.releaseFeedLease(this.#db, feedId, owner);
  }
  async recordFeedSuccess(feedId: number, ok: FeedPollSuccess): Promise<void> {
    feeds.recordFeedSuccess(this.#db, feedId, ok);
  }
  async recordFeedFailure(feedId: number, fail: FeedPollFailure): Promise<void> {
    feeds.recordFeedFailure(this.#db, feedId, fail);
  }
  async markFeedInitialised(feedId: number): Promise<void> {
    feeds.markFeedInitialised(this.#db, feedId);
  }

  async findArticle(keys: ItemKeys, feedId: number | null): Promise<number | null> {
    return articles.findArticle(this.#db, keys, feedId);
  }
  async saveArticle(article: NewArticle): Promise<{ id: number; inserted: boolean }> {
    return articles.saveArticle(this.#db, article);
  }
  async saveArticles(list: readonly NewArticle[]): Promise<Array<{ id: number; inserted: boolean }>> {
    return list.map((a) => articles.saveArticle(this.#db, a));
  }
  async unanalysedArticles(limit: number): Promise<ArticleRecord[]> {
    return articles.unanalysedArticles(this.#db, limit);
  }
  async leaseUnanalysed(now: string, owner: string, leaseMs: number, limit: number): Promise<ArticleRecord[]> {
    return articles.leaseUnanalysed(this.#db, now, owner, leaseMs, limit);
  }
  async getArticle(id: number): Promise<ArticleRecord | null> {
    return articles.getArticle(this.#db, id);
  }

  async recordAnalysis(input: RecordAnalysisInput): Promise<{ alerts: number; outbox: number }> {
    return analysis.recordAnalysis(this.#db, planAnalysis(input));
  }
  async recordAnalyses(inputs: readonly RecordAnalysisInput[]): Promise<Array<{ alerts: number; outbox: number }>> {
    const unknown: number[] = [];
    const out = inputs.map((input) => {
      try {
        return analysis.recordAnalysis(this.#db, planAnalysis(input));
      } catch (err) {
        if (!(err instanceof StoreError && err.code === 'unknown-article')) throw err;
        unknown.push(input.articleId);
        return { alerts: 0, outbox: 0 };
      }
    });
    if (unknown.length) throw new StoreError('unknown-article', `no stored article with id ${unknown.join(', ')}`);
    return out;
  }
  async loadHistory(story: string): Promise<History> {
    return historyQ.loadHistory(this.#db, story);
  }

  async positions(f: { claim?: string; actor?: string; since?: string; until?: string }): Promise<StoredPosition[]> {
    return historyQ.positions(this.#db, f);
  }
  async values(f: { claim?: string; attribute?: string; since?: string; until?: string }): Promise<StoredValue[]> {
    return historyQ.values(this.#db, f);
  }
  async events(f: { since?: string; until?: string; kind?: AlertKind }): Promise<StoredEvent[]> {
    return historyQ.events(this.#db, f);
  }
  async articleCounts(f: {
    since: string;
    until: string;
  }): Promise<{ articles: number; relevant: number; outlets: Record<string, number> }> {
    return articles.articleCounts(this.#db, f.since, f.until);
  }
  async feedFailures(f: {
    since: string;
    until: string;
  }): Promise<Array<{ url: string; error: string; at: string }>> {
    return feeds.feedFailures(this.#db, f.since, f.until);
  }

  async enqueue(entries: NewOutboxEntry[]): Promise<number> {
    return outbox.enqueue(this.#db, entries);
  }
  async leaseOutbox(now: string, owner: string, leaseMs: number, limit: number): Promise<OutboxEntry[]> {
    return outbox.leaseOutbox(this.#db, now, owner, leaseMs, limit);
  }
  async renewOutboxLeases(ids: readonly number[], owner: string, now: string, leaseMs: number): Promise<number[]> {
    return outbox.renewOutboxLeases(this.#db, ids, owner, now, leaseMs);
  }
  async markDelivered(id: number, remoteId: string | null, at: string): Promise<void> {
    outbox.markDelivered(this.#db, id, remoteId, at);
  }
  async markAllDelivered(ids: readonly number[], at: string): Promise<void> {
    outbox.markAllDelivered(this.#db, ids, at);
  }
  async markAttemptFailed(id: number, error: string, nextAttemptAt: string, dead: boolean): Promise<void> {
    outbox.markAttemptFailed(this.#db, id, error, nextAttemptAt, dead);
  }
  async outboxStats(): Promise<OutboxStats> {
    return outbox.outboxStats(this.#db);
  }
  async deadLetters(limit: number): Promise<OutboxEntry[]> {
    return outbox.deadLetters(this.#db, limit);
  }

  async outboxEntry(id: number): Promise<OutboxEntry | null> {
    const row = this.#db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as Row | undefined;
    return row ? toOutboxEntry(row) : null;
  }
  async recordFeedback(rows: readonly AlertFeedback[]): Promise<number> {
    const stmt = this.#db.prepare(INSERT_FEEDBACK(() => '?'));
    return this.#db.transaction(() => rows.reduce((n, f) => n + stmt.run(...feedbackParams(f)).changes, 0))();
  }
  async feedback(filter: { claim?: string; eventKey?: string; since?: string; until?: string }) {
    const { sql, params } = selectFeedback(filter, () => '?');
    return (this.#db.prepare(sql).all(...params) as Array<Record<string, unknown>>).map(toFeedback);
  }

  async getThread(sink: string, channel: string, threadKey: string): Promise<string | null> {
    return outbox.getThread(this.#db, sink, channel, threadKey);
  }
  async setThread(sink: string, channel: string, threadKey: string, remoteId: string): Promise<void> {
    outbox.setThread(this.#db, sink, channel, threadKey, remoteId);
  }
  async claimDigest(periodKey: string, sink: string, channel: string, at: string): Promise<boolean> {
    return outbox.claimDigest(this.#db, periodKey, sink, channel, at);
  }
}
