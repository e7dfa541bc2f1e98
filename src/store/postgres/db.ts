import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';
import { StoreError } from '../../errors.js';
import type { Migration } from '../migrations/types.js';
import type { Row } from '../rows.js';

/** Anything that runs a statement: the pool, or one client inside a transaction. */
export interface Sql {
  query(text: string, params?: unknown[]): Promise<{ rows: Row[]; rowCount: number | null }>;
}

export interface PgConnection {
  pool: pg.Pool;
  /** The pool, seen as a plain statement runner. */
  sql: Sql;
  /** Schema this store lives in, or null for the server's default search_path. */
  schema: string | null;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * `postgres://…[?schema=NAME]`. The schema is set as every connection's search_path through the startup
 * `options`, so each session (and each test run) sees only its own tables.
 */
export function connectPostgres(
  databaseUrl: string,
  opts: { schema?: string; max?: number; log?: Logger } = {},
): PgConnection {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch (err) {
    throw new StoreError('bad-url', 'DATABASE_URL is not a valid postgres:// URL', {
      cause: err,
      remedy: 'check DATABASE_URL',
    });
  }
  const schema = opts.schema ?? url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (schema !== null) {
    if (!SCHEMA_NAME.test(schema)) {
      throw new StoreError('bad-schema', `schema name ${JSON.stringify(schema)} is not a plain identifier`, {
        remedy: 'use letters, digits and underscores in ?schema=',
      });
    }
    url.searchParams.set('options', `-c search_path=${schema}`);
  }
  const pool = new pg.Pool({ connectionString: url.toString(), max: opts.max ?? 10 });
  // An idle client losing its server must not crash the bot; the next query reconnects.
  pool.on('error', (err) => opts.log?.warn({ err }, 'idle PostgreSQL connection lost'));
  return { pool, sql: prepared(pool), schema };
}

const statementNames = new Map<string, string>();

/**
 * Statements with parameters run as named prepared statements (the name is a hash of the text), so each connection
 * parses and plans a statement once instead of on every call: most of what the bot sends is the same few dozen
 * statements, thousands of times. https://node-postgres.com/features/queries#prepared-statements
 */
function prepared(runner: pg.Pool | pg.PoolClient): Sql {
  return {
    query: (text, params) => {
      if (!params?.length) return runner.query(text);
      let name = statementNames.get(text);
      if (!name)
        statementNames.set(text, (name = `cw_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
      return runner.query({ name, text, values: params });
    },
  };
}

/** Run `fn` in one transaction on one client; rolled back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, fn: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(prepared(client));
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** PostgreSQL 13: the first with xid8 and pg_current_xact_id (server_version_num). */
export const MIN_SERVER_VERSION = 130_000;

/**
 * Apply pending migrations while holding a session advisory lock (keyed by schema), so instances
 * starting together wait for one another and each migration runs once, in its own transaction.
 */
export async function migratePostgres(
  conn: PgConnection,
  migrations: readonly Migration[],
  log?: Logger,
): Promise<void> {
  const client = await conn.pool.connect();
  const lockKey = `claimwatch:migrate:${conn.schema ?? ''}`;
  try {
    const version = Number((await client.query('SHOW server_version_num')).rows[0]?.server_version_num ?? 0);
    if (version < MIN_SERVER_VERSION) {
      throw new Error(
        `PostgreSQL ${Math.floor(version / 10_000)} is too old: claimwatch needs PostgreSQL 13 or later ` +
          '(its history snapshots use xid8 transaction ids)',
      );
    }
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
    try {
      if (conn.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${conn.schema}"`);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = new Set(
        (await client.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)),
      );
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        await inClient(client, async () => {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        });
        log?.info({ version: m.version, migration: m.name }, 'store migration applied');
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]);
    }
  } finally {
    client.release();
  }
}

async function inClient(client: pg.PoolClient, fn: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await fn();
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
