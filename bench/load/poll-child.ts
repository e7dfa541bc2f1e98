import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createPoller, fetchLimits, type PollSummary } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/index.js';
import { processPeakRssMb, withPeakRss } from './memory.js';

/**
 * The poller side of bench/poll.ts, in a process of its own running compiled JavaScript (as the bot runs), so
 * its memory is the poller's and the store's alone, not the feed server's or the TypeScript loader's.
 * Talks to the parent over the IPC channel: `first` after the backlog cycle, waits for `go`, answers `cycle`.
 */

export interface PollChildConfig {
  urls: string[];
  concurrency: number;
  perHost: number;
}

export type PollChildMessage =
  | { type: 'first'; seconds: number; summary: PollSummary; rssMb: number }
  | {
      type: 'cycle';
      seconds: number;
      summary: PollSummary;
      peakRssMb: number;
      processPeakRssMb: number;
      startRssMb: number;
    };

const send = (m: PollChildMessage) => new Promise<void>((r) => process.send!(m, () => r()));
const nextMessage = () => new Promise<unknown>((r) => process.once('message', r));

async function main(config: PollChildConfig): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'claimwatch-poll-bench-'));
  const store = await openStore(`file:${join(dir, 'poll.db')}`);
  try {
    for (const url of config.urls) await store.addFeed(url, null);
    const poller = createPoller({
      store,
      log: pino({ level: 'silent' }),
      now: () => new Date(),
      owner: 'bench',
      limits: fetchLimits({ allowHosts: ['127.0.0.1'] }),
      concurrency: config.concurrency,
      perHost: config.perHost,
      backfill: false,
      onArticle: async () => undefined,
    });
    let t0 = performance.now();
    const first = await poller.pollOnce();
    await send({
      type: 'first',
      seconds: (performance.now() - t0) / 1000,
      summary: first,
      rssMb: process.memoryUsage.rss() / 2 ** 20,
    });
    await nextMessage();
    const startRssMb = process.memoryUsage.rss() / 2 ** 20;
    t0 = performance.now();
    const { result, peakMb } = await withPeakRss(() => poller.pollOnce());
    const seconds = (performance.now() - t0) / 1000;
    await send({
      type: 'cycle',
      seconds,
      summary: result,
      peakRssMb: peakMb,
      processPeakRssMb: processPeakRssMb(),
      startRssMb,
    });
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.send) {
  const config = (await nextMessage()) as PollChildConfig;
  await main(config);
  process.disconnect();
}
