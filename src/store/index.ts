import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { StoreError } from '../errors.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import { isStorageFault, withStorageFaults } from './sqlite/faults.js';
import type { Store } from './store.js';

export interface OpenStoreOptions {
  log?: Logger;
  /** Apply pending migrations before returning (default true); safe on an up-to-date database. */
  migrate?: boolean;
  /** Clock for rows the port gives no time for (a feed's `addedAt`); tests pass a fixed one. */
  now?: () => string;
}

/**
 * Open the store named by DATABASE_URL: `file:PATH` (SQLite; `file::memory:` for a throwaway one)
 * or `postgres://…[?schema=NAME]` (PostgreSQL, for several instances).
 */
export async function openStore(databaseUrl: string, opts: OpenStoreOptions = {}): Promise<Store> {
  const store = createStore(databaseUrl, opts);
  if (opts.migrate !== false) {
    try {
      await store.migrate();
    } catch (err) {
      await store.close().catch(() => undefined);
      if (isStorageFault(err)) throw err;
      throw new StoreError('migration-failed', `could not prepare the database: ${(err as Error).message}`, {
        cause: err,
        remedy: 'check DATABASE_URL and that the database user may create tables',
      });
    }
  }
  return store;
}

function createStore(databaseUrl: string, opts: OpenStoreOptions): Store {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return new PostgresStore(databaseUrl, opts);
  const path = sqlitePath(databaseUrl);
  if (path !== null) return withStorageFaults(new SqliteStore(path, opts), path);
  throw new StoreError(
    'unsupported-url',
    `DATABASE_URL must start with file: or postgres:// (got ${JSON.stringify(redact(databaseUrl))})`,
    {
      remedy: 'use file:./data/claimwatch.db for SQLite or postgres://user@host/db for PostgreSQL',
    },
  );
}

/** `file:./data/x.db`, `file:/abs/x.db`, `file:///abs/x.db` → a path; `file::memory:` → `:memory:`. */
export function sqlitePath(databaseUrl: string): string | null {
  if (!databaseUrl.startsWith('file:')) return null;
  if (databaseUrl.startsWith('file://')) return fileURLToPath(databaseUrl);
  const path = databaseUrl.slice('file:'.length).split('?')[0] ?? '';
  if (path === '')
    throw new StoreError('unsupported-url', 'DATABASE_URL file: has no path', {
      remedy: 'e.g. file:./data/claimwatch.db',
    });
  return path;
}

/** Never echo a password into logs. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

export { SqliteStore } from './sqlite.js';
export { isStorageFault, storageFault } from './sqlite/faults.js';
export { PostgresStore, type PostgresStoreOptions } from './postgres.js';
export { historyWithAnalysis, idempotencyKey } from './analysis-plan.js';
export type { NewOutboxEntry } from './rows.js';
export type {
  ArticleMeta,
  ArticleRecord,
  FeedPollFailure,
  FeedPollSuccess,
  FeedRecord,
  ItemKeys,
  NewArticle,
  OutboundPayload,
  OutboxEntry,
  OutboxKind,
  OutboxStats,
  RecordAnalysisInput,
  Route,
  Store,
  StoredEvent,
  StoredPosition,
  StoredValue,
} from './store.js';
