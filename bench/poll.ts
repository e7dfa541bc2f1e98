import { fork, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startFeedFarm } from './load/feed-farm.js';
import type { PollChildConfig, PollChildMessage } from './load/poll-child.js';

/**
 * One poll cycle over 2,000 local feeds (issue 6): the real poller and the real SQLite store with a no-op article
 * handler, against one local server where most feeds answer the conditional GET with 304 and one in ten has a few
 * new items. The poller runs in its own process from compiled JavaScript (bench/tsconfig.json → dist/bench-build),
 * so its peak memory is its own. Prints cycle time and peak RSS against the targets (≤ 60 s, ≤ 300 MB); never fails.
 */

export interface PollBenchOptions {
  feeds?: number;
  /** Every n-th feed changes before the timed cycle (default 10: one in ten). */
  changeEvery?: number;
  newItems?: number;
  /** Items each feed carries at the first poll (the backlog, recorded unannounced). */
  itemsEach?: number;
  /** Feeds polled at once overall and per host; the bot's defaults (FEED_CONCURRENCY, FEED_PER_HOST) are 8 and 2. */
  concurrency?: number;
  perHost?: number;
  log?: (line: string) => void;
}

export type PollFigures = Extract<PollChildMessage, { type: 'cycle' }>;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = `${ROOT}dist/bench-build/bench/load/poll-child.js`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/** Compile src + bench to plain JS (a couple of seconds) so the measured process carries no TypeScript loader. */
function compile(): void {
  const tsc = spawnSync(
    process.execPath,
    [`${ROOT}node_modules/typescript/bin/tsc`, '-p', `${ROOT}bench/tsconfig.json`],
    { encoding: 'utf8' },
  );
  if (tsc.error) throw tsc.error;
}

export async function runPollBench(o: PollBenchOptions = {}): Promise<PollFigures> {
  const log = o.log ?? console.log;
  const feeds = o.feeds ?? 2_000;
  const changeEvery = o.changeEvery ?? 10;
  const config: PollChildConfig = { urls: [], concurrency: o.concurrency ?? 8, perHost: o.perHost ?? 2 };
  compile();
  const farm = await startFeedFarm(feeds, o.itemsEach ?? 5);
  config.urls = farm.urls;
  const child = fork(CHILD, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const messages: PollChildMessage[] = [];
  let wake: () => void = () => undefined;
  child.on('message', (m) => {
    messages.push(m as PollChildMessage);
    wake();
  });
  const exited = new Promise<void>((r) =>
    child.once('exit', () => {
      wake();
      r();
    }),
  );
  const next = async <T extends PollChildMessage['type']>(type: T) => {
    while (!messages.some((m) => m.type === type) && child.exitCode === null)
      await new Promise<void>((r) => {
        wake = r;
      });
    const m = messages.find((x) => x.type === type);
    if (!m) throw new Error(`poll bench: the poller process ended before reporting "${type}"`);
    return m as Extract<PollChildMessage, { type: T }>;
  };
  try {
    log(
      `poll: ${feeds} feeds on one local server; poller in its own process (compiled JS), SQLite store, ` +
        `no-op article handler, concurrency ${config.concurrency} overall / ${config.perHost} per host ` +
        '(every feed shares the one host)',
    );
    child.send(config);
    const first = await next('first');
    log(
      `poll_first_cycle_${feeds}_feeds_s=${first.seconds.toFixed(2)} (first sight of every feed: ` +
        `${first.summary.newItems} backlog items stored, unannounced; rss after ${first.rssMb.toFixed(0)} MB)`,
    );
    for (let i = 0; i < feeds; i += changeEvery) farm.addItems(i, o.newItems ?? 3);
    const before = farm.counts.notModified;
    child.send('go');
    const r = await next('cycle');
    const s = r.summary;
    log(
      `poll cycle: ${s.feeds} feeds, ${s.notModified} not modified ` +
        `(server sent ${farm.counts.notModified - before} × 304), ${s.ok} changed, ` +
        `${s.newItems} new items stored, ${s.failed} failed`,
    );
    log(`poll_cycle_${feeds}_feeds_s=${r.seconds.toFixed(2)} target<=60 ${verdict(r.seconds <= 60)}`);
    log(
      `poll_peak_rss_mb=${r.peakRssMb.toFixed(0)} target<=300 ${verdict(r.peakRssMb <= 300)} ` +
        `(rss at the start of the cycle ${r.startRssMb.toFixed(0)} MB)`,
    );
    log(
      `poll_process_peak_rss_mb=${r.processPeakRssMb.toFixed(0)} ` +
        '(poller process since start, first-sight cycle included)',
    );
    return r;
  } finally {
    if (child.exitCode === null) child.kill();
    await exited;
    await farm.close();
  }
}

// Run on its own: `node --import tsx bench/poll.ts [--feeds 2000] [--per-host 2] [--concurrency 8]`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { feeds: { type: 'string' }, 'per-host': { type: 'string' }, concurrency: { type: 'string' } },
  });
  await runPollBench({
    ...(values.feeds ? { feeds: Number(values.feeds) } : {}),
    ...(values['per-host'] ? { perHost: Number(values['per-host']) } : {}),
    ...(values.concurrency ? { concurrency: Number(values.concurrency) } : {}),
  });
}
