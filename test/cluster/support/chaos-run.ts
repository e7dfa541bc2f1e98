import { ALERT_CHANNEL, SHORT_LEASES, startCluster, waitUntil } from './cluster.js';
import { freshClusterDatabase, type ClusterDatabase } from './database.js';
import { allDelivered, slackPosts, tally, type Tally } from './tally.js';

/**
 * The chaos run: instances share one database while an outlet keeps publishing; one instance at a time is killed
 * with SIGKILL at random moments and started again. At the end (publishing stopped, the instances drained and
 * stopped) the alerts Slack received are compared with the published items, each of which must raise one alert.
 */

export interface ChaosOptions {
  /** SIGKILLs over the run (`npm run chaos` uses at least 20). */
  kills: number;
  instances?: number;
  feeds?: number;
  /** A new article every this many ms, round robin over the feeds. */
  publishEveryMs?: number;
  /** Random wait before each kill, between these bounds (ms). */
  killGap?: [number, number];
  /** Longest wait for the last alerts once publishing stops (a dead instance's leases must run out first). */
  drainTimeoutMs?: number;
  /** Extra wait after the last alert arrived, so a late second copy would be seen. */
  settleMs?: number;
  seed?: number;
  env?: Record<string, string>;
  /** A database to use instead of a fresh one (PostgreSQL when the environment names one, else SQLite). */
  db?: ClusterDatabase;
  log?: (line: string) => void;
}

export interface ChaosResult {
  backend: ClusterDatabase['kind'];
  where: string;
  instances: number;
  kills: number;
  published: number;
  tally: Tally;
  /** Outbox entries that gave up (dead letters) or were still pending at the end. */
  dead: number;
  pending: number;
  unanalysed: number;
  durationS: number;
  seed: number;
}

/** mulberry32: a small seeded generator, so a failing run can be replayed with the same kill moments. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runChaos(o: ChaosOptions): Promise<ChaosResult> {
  const started = Date.now();
  const log = o.log ?? (() => undefined);
  const seed = o.seed ?? Date.now() % 2 ** 31;
  const random = seededRandom(seed);
  const [minGap, maxGap] = o.killGap ?? [1_000, 4_000];
  const count = o.instances ?? 2;
  const db = o.db ?? (await freshClusterDatabase());
  log(`chaos: backend=${db.kind} (${db.where}) instances=${count} kills=${o.kills} seed=${seed}`);
  const cluster = await startCluster({ db, feeds: o.feeds ?? 3, backfill: true, env: { ...SHORT_LEASES, ...o.env } });
  try {
    for (let i = 0; i < count; i++) cluster.start(i);
    cluster.desk.startPublishing(o.publishEveryMs ?? 300);
    let kills = 0;
    while (kills < o.kills) {
      await sleep(minGap + random() * (maxGap - minGap));
      const victim = Math.floor(random() * count);
      await cluster.instances[victim]?.kill();
      kills++;
      // Back up at once or after a short pause, as a supervisor would restart it.
      await sleep(random() * 500);
      cluster.start(victim);
      if (kills % 5 === 0)
        log(
          `chaos: ${kills} kills, ${cluster.desk.published.length} articles published, ` +
            `${slackPosts(cluster.slack).length} alerts received`,
        );
    }
    cluster.desk.stopPublishing();
    const items = cluster.desk.published;
    log(`chaos: publishing stopped at ${items.length} articles; waiting for the instances to drain`);
    const drained = await waitUntil(
      () => allDelivered(cluster.slack, items, ALERT_CHANNEL),
      o.drainTimeoutMs ?? 120_000,
      500,
    );
    if (!drained) log('chaos: drain timed out; counting what arrived');
    await sleep(o.settleMs ?? 5_000);
    const exits = await cluster.stopAll();
    const unclean = exits.filter((e) => e.code !== 0);
    if (unclean.length) log(`chaos: ${unclean.length} instance(s) did not stop cleanly: ${JSON.stringify(unclean)}`);
    const stats = await cluster.store.outboxStats();
    return {
      backend: db.kind,
      where: db.where,
      instances: count,
      kills,
      published: items.length,
      tally: tally(slackPosts(cluster.slack), items, ALERT_CHANNEL),
      dead: stats.dead,
      pending: stats.pending,
      unanalysed: (await cluster.store.unanalysedArticles(1000)).length,
      durationS: (Date.now() - started) / 1000,
      seed,
    };
  } finally {
    await cluster.close();
  }
}

/** The summary line: `duplicates=0 lost=0 kills=N duration_s=…`. */
export function chaosLine(r: ChaosResult): string {
  return `duplicates=${r.tally.duplicates} lost=${r.tally.lost} kills=${r.kills} duration_s=${r.durationS.toFixed(1)}`;
}
