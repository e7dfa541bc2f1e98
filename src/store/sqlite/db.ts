import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from 'pino';
import { StoreError } from '../../errors.js';
import type { Migration } from '../migrations/types.js';
import { storageFault } from './faults.js';

export type SqliteDb = Database.Database;

/**
 * Open the database file with the settings a long-running bot needs: WAL so readers do not block the
 * writer, a busy timeout so a second process waits instead of failing, and foreign keys (off by default in SQLite).
 */
export function openSqlite(path: string): SqliteDb {
  const memory = path === ':memory:';
  let db: SqliteDb | undefined;
  try {
    if (!memory) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    // The first statements read the file: a damaged one or a read-only directory shows here.
    if (!memory) db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (err) {
    db?.close();
    const explained = storageFault(err, path);
    if (explained !== err) throw explained;
    throw new StoreError('open-failed', `cannot open SQLite database ${path}: ${(err as Error).message}`, {
      cause: err,
      remedy: 'check DATABASE_URL and that the directory is writable',
    });
  }
}

/**
 * Apply the migrations not yet recorded in `schema_migrations`, each in its own IMMEDIATE transaction
 * (which takes the write lock first), re-checking inside it so two processes starting together apply each once.
 */
export function migrateSqlite(db: SqliteDb, migrations: readonly Migration[], log?: Logger): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    const apply = db.transaction(() => {
      if (applied.get(m.version)) return false;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
      return true;
    });
    if (apply.immediate()) log?.info({ version: m.version, migration: m.name }, 'store migration applied');
  }
}
