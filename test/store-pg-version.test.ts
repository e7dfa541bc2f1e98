import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migratePostgres, type PgConnection } from '../src/store/postgres/db.js';

/**
 * A server too old for the migrations is refused with a message that says what is needed, before anything is
 * changed.
 */
describe('PostgreSQL server version', () => {
  function fakeServer(versionNum: string) {
    const seen: string[] = [];
    let released = false;
    const client = {
      query: async (text: string) => {
        seen.push(text);
        return { rows: text.startsWith('SHOW server_version_num') ? [{ server_version_num: versionNum }] : [] };
      },
      release: () => {
        released = true;
      },
    };
    const conn = {
      pool: { connect: async () => client } as unknown as pg.Pool,
      sql: null as never,
      schema: null,
    } satisfies PgConnection;
    return { conn, seen, released: () => released };
  }

  it('refuses PostgreSQL 12 with a clear error and runs no migration', async () => {
    const server = fakeServer('120015');
    await expect(
      migratePostgres(server.conn, [{ version: 1, name: 'first', sql: 'CREATE TABLE t (x int)' }]),
    ).rejects.toThrow(/PostgreSQL 12 is too old: claimwatch needs PostgreSQL 13 or later/);
    expect(server.seen.some((q) => q.includes('CREATE TABLE'))).toBe(false);
    expect(server.released()).toBe(true);
  });

  it('goes on with PostgreSQL 13', async () => {
    const server = fakeServer('130000');
    await migratePostgres(server.conn, [{ version: 1, name: 'first', sql: 'CREATE TABLE t (x int)' }]);
    expect(server.seen).toContain('CREATE TABLE t (x int)');
  });
});
