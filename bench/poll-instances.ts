import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { openStore } from '../src/store/index.js';
import { startBot, type BotProcess } from '../test/cluster/support/bot-process.js';
import { benchBackend, benchPostgresUrl, freshBenchDatabase } from './load/database.js';
import { cpuBetween, cpuSnapshot } from './load/cpu.js';
import { startFeedFarm, type FeedFarm } from './load/feed-farm.js';

/**
 * One poll cycle over many feeds whose servers take a while to answer, with one instance and with two (issue 6:
 * throughput scales with instances). The latency bench's burst is bound by CPU, which two instances on two cores
 * share; this one is bound by waiting, as polling thousands of remote feeds is: each instance polls FEED_CONCURRENCY
 * feeds at a time, so a second instance should poll the same feeds in about half the time. The feeds sit on several
 * local hosts (127.0.0.1 … 127.0.0.N, so the per-host limit does not bind), each answer waits `delayMs`, nine in ten
 * are 304s and one in ten has new items, as in the poll bench. Runs the built CLI (`npm run build`) as running bots
 * on one database and one POLL_CRON: their first polls at start-up see every feed (not timed); then the feeds change
 * and slow down between two ticks, and the next tick's cycle is timed at the servers, first request to last answer.
 * The instances share the feeds through the store's leases and the tick's time (each feed is checked to be polled
 * exactly once).
 * PostgreSQL when TEST_DATABASE_URL (or CHAOS_DATABASE_URL, BENCH_DATABASE_URL) names a server, else a shared SQLite
 * file. Prints figures; never fails.
 */

export interface PollInstancesOptions {
  feeds?: number;
  hosts?: number;
  /** How long every feed server takes to answer (ms). */
  delayMs?: number;
  /** POLL_CRON every this many seconds; longer than a cycle with one instance. */
  periodS?: number;
  instances?: number[];
  log?: (line: string) => void;
}

export interface PollInstancesFigures {
  instances: number;
  /** First request at the feed servers to their last answer. */
  cycleS: number;
  feedsPerS: number;
  machineBusyPct: number | null;
  /** CPU seconds of the instances over the cycle (null without /proc). */
  instanceCpuS: number | null;
}

const CHANGE_EVERY = 10;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Answers the feed servers have sent so far. */
const answered = (farm: FeedFarm) => farm.counts.full + farm.counts.notModified;

/**
 * Wait until the servers have been quiet for `quietMs` (no answer sent), or `timeoutMs` passed; resolves whether
 * they were.
 */
async function quiet(farm: FeedFarm, quietMs: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let last = answered(farm);
  let since = Date.now();
  while (Date.now() < deadline) {
    await sleep(100);
    const now = answered(farm);
    if (now !== last) [last, since] = [now, Date.now()];
    else if (Date.now() - since >= quietMs) return true;
  }
  return false;
}

/** A port nothing listens on now, for an instance's /healthz. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** Milliseconds to the next tick of a `*\/periodS` seconds schedule. */
const toNextTick = (periodS: number) => periodS * 1000 - (Date.now() % (periodS * 1000));

async function measure(
  instances: number,
  farm: FeedFarm,
  o: Required<Omit<PollInstancesOptions, 'log' | 'instances'>>,
): Promise<PollInstancesFigures> {
  const db = await freshBenchDatabase(benchPostgresUrl(), 'bench_poll');
  const bots: BotProcess[] = [];
  try {
    const store = await openStore(db.url);
    try {
      for (const url of farm.urls) await store.addFeed(url, null);
    } finally {
      await store.close();
    }
    const env = {
      DATABASE_URL: db.url,
      FEEDS_ALLOW_HOSTS: '127.0.0.1',
      LOG_LEVEL: 'warn',
      TZ: 'UTC',
      HOST: '127.0.0.1',
      POLL_CRON: `*/${o.periodS} * * * * *`,
      DIGEST_CRON: '0 0 1 1 *',
      FEED_TIMEOUT_MS: '30000',
    };
    // First sight of every feed (the instances poll at start-up; backlog stored, unannounced), answered at once:
    // not timed.
    farm.setDelay(0);
    const gone = new Set<BotProcess>();
    const ports: number[] = [];
    for (let i = 0; i < instances; i++) {
      ports.push(await freePort());
      const bot = startBot(`instance ${i + 1}`, ['run'], { ...env, PORT: String(ports[i]) });
      bots.push(bot);
      void bot.exited.then(() => gone.add(bot));
    }
    // Ready when every instance's /healthz reports its start-up poll done and the servers have gone quiet.
    const polledOnce = async (port: number) => {
      try {
        const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as {
          lastPoll?: string | null;
        };
        return Boolean(health.lastPoll);
      } catch {
        return false; // not listening yet
      }
    };
    const started = Date.now();
    while (!(await Promise.all(ports.map(polledOnce))).every(Boolean)) {
      const dead = bots.find((b) => gone.has(b));
      if (dead) throw new Error(`poll-instances: ${dead.label} stopped while starting:\n${dead.stderrTail()}`);
      if (Date.now() - started > 120_000)
        throw new Error('poll-instances: the instances did not finish their first poll within 2 minutes');
      await sleep(200);
    }
    await quiet(farm, 1_000, 60_000);
    // Change the feeds and slow the servers between two ticks, then time the next tick's cycle.
    while (toNextTick(o.periodS) < 3_000) {
      await sleep(toNextTick(o.periodS) + 500);
      await quiet(farm, 1_000, 60_000);
    }
    for (let i = 0; i < o.feeds; i += CHANGE_EVERY) farm.addItems(i, 3);
    farm.setDelay(o.delayMs);
    farm.resetTimes();
    const before = answered(farm);
    const cpu0 = cpuSnapshot(bots.map((b) => b.pid));
    const deadline = Date.now() + toNextTick(o.periodS) + 2 * o.periodS * 1000;
    while (answered(farm) - before < o.feeds && Date.now() < deadline) await sleep(50);
    await quiet(farm, 2 * o.delayMs + 1_000, 30_000);
    const cpu = cpuBetween(cpu0, cpuSnapshot(bots.map((b) => b.pid)));
    const polled = answered(farm) - before;
    if (polled !== o.feeds)
      throw new Error(`poll-instances: ${polled} feeds answered in the timed cycle, expected ${o.feeds} (each once)`);
    const cycleS = ((farm.times.lastAnswer ?? 0) - (farm.times.firstRequest ?? 0)) / 1000;
    return {
      instances,
      cycleS,
      feedsPerS: o.feeds / cycleS,
      machineBusyPct: cpu?.machineBusyPct ?? null,
      instanceCpuS: cpu ? cpu.instances.reduce((a, b) => a + b, 0) : null,
    };
  } finally {
    await Promise.all(bots.map((b) => b.stop()));
    await db.dispose();
  }
}

export async function runPollInstancesBench(opts: PollInstancesOptions = {}): Promise<PollInstancesFigures[]> {
  const log = opts.log ?? console.log;
  const o = {
    feeds: opts.feeds ?? 1_000,
    hosts: opts.hosts ?? 16,
    delayMs: opts.delayMs ?? 100,
    periodS: opts.periodS ?? 20,
  };
  log(
    `poll-instances: ${o.feeds} feeds on ${o.hosts} local hosts, every answer after ${o.delayMs} ms, ` +
      `1 in ${CHANGE_EVERY} changed; built CLI (\`run\`, POLL_CRON every ${o.periodS} s) ` +
      `with the default FEED_CONCURRENCY (8) and FEED_PER_HOST (2); ${benchBackend(benchPostgresUrl())}`,
  );
  const farm = await startFeedFarm(o.feeds, 3, { hosts: o.hosts });
  const out: PollInstancesFigures[] = [];
  try {
    for (const n of opts.instances ?? [1, 2]) {
      const f = await measure(n, farm, o);
      out.push(f);
      const cpu = f.instanceCpuS === null ? 'n/a' : `${f.instanceCpuS.toFixed(1)} s`;
      const busy = f.machineBusyPct === null ? 'n/a' : `${f.machineBusyPct.toFixed(0)} %`;
      log(
        `poll_instances_cycle_s_${n}=${f.cycleS.toFixed(2)} (${f.feedsPerS.toFixed(0)} feeds/s; ` +
          `instances' CPU ${cpu}, machine ${busy} busy over the cycle)`,
      );
    }
  } finally {
    await farm.close();
  }
  const one = out.find((f) => f.instances === 1);
  const two = out.find((f) => f.instances === 2);
  if (one && two) {
    log(
      `poll_instances_scaling_2_vs_1=${(one.cycleS / two.cycleS).toFixed(2)} ` +
        '(cycle time with one instance ÷ with two; ' +
        'the ideal is 2: each instance brings its own FEED_CONCURRENCY polls at a time)',
    );
  }
  return out;
}

// Run on its own:
// `node --import tsx bench/poll-instances.ts [--feeds 1000] [--hosts 16] [--delay-ms 100] [--period-s 20]`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      feeds: { type: 'string' },
      hosts: { type: 'string' },
      'delay-ms': { type: 'string' },
      'period-s': { type: 'string' },
    },
  });
  await runPollInstancesBench({
    ...(values['period-s'] ? { periodS: Number(values['period-s']) } : {}),
    ...(values.feeds ? { feeds: Number(values.feeds) } : {}),
    ...(values.hosts ? { hosts: Number(values.hosts) } : {}),
    ...(values['delay-ms'] ? { delayMs: Number(values['delay-ms']) } : {}),
  });
}
