import {
  freshPostgres,
  freshSqlite,
  postgresFromEnv,
  type ClusterDatabase,
} from '../../test/cluster/support/database.js';

/**
 * The PostgreSQL server the load benches use (TEST_DATABASE_URL, CHAOS_DATABASE_URL or BENCH_DATABASE_URL), or
 * null.
 */
export function benchPostgresUrl(): string | null {
  return postgresFromEnv() ?? process.env.BENCH_DATABASE_URL ?? null;
}

/** What a bench runs on, for its header line. */
export function benchBackend(postgresUrl: string | null): string {
  return postgresUrl
    ? 'PostgreSQL (fresh schema per run)'
    : 'SQLite file shared by the instances (no PostgreSQL named: set TEST_DATABASE_URL)';
}

/** A fresh database for one run: a new schema `cw_<name>_…` on the server, else a new SQLite file. */
export async function freshBenchDatabase(postgresUrl: string | null, name: string): Promise<ClusterDatabase> {
  return postgresUrl ? freshPostgres(postgresUrl, `cw_${name}`) : freshSqlite(`claimwatch-${name}-`);
}
