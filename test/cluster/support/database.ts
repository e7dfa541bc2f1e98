import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A fresh, empty database for one cluster run: a new schema on PostgreSQL (so runs never collide), or a
 * new SQLite file in a temporary folder. `dispose` removes it.
 */

export interface ClusterDatabase {
  kind: 'postgresql' | 'sqlite';
  /** DATABASE_URL for the instances. */
  url: string;
  /** Where it lives, for the report: the schema name or the file. */
  where: string;
  dispose(): Promise<void>;
}

/** PostgreSQL server named by the environment for cluster runs, if any. */
export function postgresFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.TEST_DATABASE_URL || env.CHAOS_DATABASE_URL || null;
}

export async function freshPostgres(baseUrl: string, prefix = 'cw_cluster'): Promise<ClusterDatabase> {
  const schema = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const url = new URL(baseUrl);
  url.searchParams.set('schema', schema);
  return {
    kind: 'postgresql',
    url: url.toString(),
    where: `schema ${schema}`,
    async dispose() {
      const plain = new URL(baseUrl);
      plain.searchParams.delete('schema');
      const client = new pg.Client({ connectionString: plain.toString() });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

export function freshSqlite(prefix = 'claimwatch-cluster-'): ClusterDatabase {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'cluster.db');
  return {
    kind: 'sqlite',
    url: `file:${file}`,
    where: `file ${file}`,
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** PostgreSQL when the environment names a server, else a shared SQLite file. */
export async function freshClusterDatabase(env: NodeJS.ProcessEnv = process.env): Promise<ClusterDatabase> {
  const base = postgresFromEnv(env);
  return base ? freshPostgres(base) : freshSqlite();
}
