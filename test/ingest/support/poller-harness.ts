import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPoller, type ArticleContext, type Poller, type PollerDeps } from '../../../src/ingest/index.js';
import { openStore } from '../../../src/store/index.js';
import type { ArticleRecord, Store } from '../../../src/store/store.js';
import { startFeedServer, type FeedServer, type Handler } from './feed-server.js';
import { testLimits } from './limits.js';
import { RecordingLog } from './recording-log.js';

export interface Announced {
  article: ArticleRecord;
  ctx: ArticleContext;
}

/** A real SQLite store in a temporary file, a local outlet, a settable clock and a recording article handler. */
export interface PollerHarness {
  store: Store;
  server: FeedServer;
  log: RecordingLog;
  announced: Announced[];
  clock: { now: Date };
  advance(ms: number): void;
  poller(overrides?: Partial<PollerDeps>): Poller;
  /** The store, noting the name of each method matching `methods` as the poller reaches for it. */
  recording(methods: RegExp): { store: Store; calls: string[] };
  close(): Promise<void>;
}

export async function pollerHarness(routes: Record<string, Handler> = {}): Promise<PollerHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'claimwatch-ingest-'));
  const clock = { now: new Date('2025-03-05T09:00:00.000Z') };
  const store = await openStore(`file:${join(dir, 'test.db')}`, { now: () => clock.now.toISOString() });
  const server = await startFeedServer(routes);
  const log = new RecordingLog();
  const announced: Announced[] = [];
  return {
    store,
    server,
    log,
    announced,
    clock,
    advance: (ms) => void (clock.now = new Date(clock.now.getTime() + ms)),
    poller: (overrides = {}) =>
      createPoller({
        store,
        log,
        now: () => clock.now,
        limits: testLimits(),
        concurrency: 4,
        perHost: 2,
        owner: 'test-instance',
        backfill: false,
        random: () => 0,
        onArticle: async (article, ctx) => void announced.push({ article, ctx }),
        ...overrides,
      }),
    recording(methods) {
      const calls: string[] = [];
      const recorded = new Proxy(store, {
        get(target, prop) {
          const value = Reflect.get(target, prop, target) as unknown;
          if (typeof prop === 'string' && methods.test(prop)) calls.push(prop);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return { store: recorded, calls };
    },
    close: async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
