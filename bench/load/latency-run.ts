import { ALERT_CHANNEL, startCluster, waitUntil } from '../../test/cluster/support/cluster.js';
import type { PublishedItem } from '../../test/cluster/support/news-desk.js';
import type { ClusterDatabase } from '../../test/cluster/support/database.js';
import { freshBenchDatabase } from './database.js';
import { cpuBetween, cpuSnapshot, type CpuSnapshot, type CpuUse } from './cpu.js';
import { allDelivered, expectedKey, slackPosts } from '../../test/cluster/support/tally.js';

/**
 * One latency/throughput run of bench/latency.ts: `instances` claimwatch processes (the built CLI) on one database,
 * a local outlet, a fake Slack API. First a steady trickle (publish → alert latency), then a burst published at
 * once (alerts per minute the instances sustain).
 */

export interface LatencyRunOptions {
  instances: number;
  /** PostgreSQL server to make a fresh schema on; SQLite file when null. */
  postgresUrl: string | null;
  feeds: number;
  steadyItems: number;
  steadyEveryMs: number;
  burst: number;
}

export interface LatencyRun {
  backend: ClusterDatabase['kind'];
  /**
   * Where the CPU went while the instances worked through the burst at full speed: from its first alert to its last
   * (the wait for the next poll tick, when little runs, left out). Null without /proc.
   */
  burstCpu: CpuUse | null;
  /** The same over the whole burst, from publishing to the last alert: all the work the burst cost. */
  burstCpuTotal: CpuUse | null;
  /** Publish → alert received, seconds, one per steady item delivered. */
  latenciesS: number[];
  /** Alerts of the burst received. */
  burstAlerts: number;
  /** Seconds from publishing the burst to its first alert (the wait for the next poll tick plus one batch's work). */
  burstFirstS: number;
  /** Seconds from publishing the burst to its last alert. */
  burstS: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function arrivals(posts: ReturnType<typeof slackPosts>, items: readonly PublishedItem[]): number[] {
  const first = new Map<string, number>();
  for (const p of posts) if (!first.has(p.key)) first.set(p.key, p.at);
  return items.map((i) => first.get(expectedKey(i, ALERT_CHANNEL)) ?? NaN);
}

export async function latencyRun(o: LatencyRunOptions): Promise<LatencyRun> {
  const db = await freshBenchDatabase(o.postgresUrl, 'latency');
  const cluster = await startCluster({ db, feeds: o.feeds, window: 200, backfill: true });
  try {
    for (let i = 0; i < o.instances; i++) cluster.start(i);
    // Ready once every feed has had its first poll.
    const ready = await waitUntil(
      async () => (await cluster.store.listFeeds()).every((f) => f.initialised),
      60_000,
      250,
    );
    if (!ready)
      throw new Error(
        `instances did not poll within 60 s:\n${cluster.instances.map((b) => b?.stderrTail()).join('\n')}`,
      );

    const steady: PublishedItem[] = [];
    for (let i = 0; i < o.steadyItems; i++) {
      steady.push(cluster.desk.publish());
      await sleep(o.steadyEveryMs);
    }
    await waitUntil(() => allDelivered(cluster.slack, steady, ALERT_CHANNEL), 120_000, 100);
    const steadyArrivals = arrivals(slackPosts(cluster.slack), steady);
    const latenciesS = steady
      .map((item, i) => (steadyArrivals[i]! - item.at) / 1000)
      .filter((s) => Number.isFinite(s));

    const pids = cluster.instances.flatMap((b) => (b ? [b.pid] : []));
    const cpu: Array<CpuSnapshot | null> = [cpuSnapshot(pids)];
    const sampler = setInterval(() => cpu.push(cpuSnapshot(pids)), 250);
    const burst = Array.from({ length: o.burst }, () => cluster.desk.publish());
    const t0 = burst[0]!.at;
    await waitUntil(() => allDelivered(cluster.slack, burst, ALERT_CHANNEL), 300_000, 100);
    clearInterval(sampler);
    cpu.push(cpuSnapshot(pids));
    const burstArrivals = arrivals(slackPosts(cluster.slack), burst).filter((t) => Number.isFinite(t));
    const [first, last] = [Math.min(...burstArrivals), Math.max(...burstArrivals)];
    const before = (at: number) => cpu.filter((c) => c !== null && c.at <= at).at(-1) ?? cpu[0] ?? null;
    const burstCpu = cpuBetween(before(first), cpu.at(-1) ?? null);
    const burstCpuTotal = cpuBetween(cpu[0] ?? null, cpu.at(-1) ?? null);
    await cluster.stopAll();
    return {
      backend: db.kind,
      burstCpu,
      burstCpuTotal,
      latenciesS,
      burstAlerts: burstArrivals.length,
      burstFirstS: (first - t0) / 1000,
      burstS: (last - t0) / 1000,
    };
  } finally {
    await cluster.close();
  }
}
