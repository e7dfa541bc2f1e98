import { FakeSlackApi } from '../../fakes/slack-api.js';
import { openStore } from '../../../src/store/index.js';
import type { Store } from '../../../src/store/store.js';
import { runCli, startBot, type BotProcess, type Exit } from './bot-process.js';
import type { ClusterDatabase } from './database.js';
import { startNewsDesk, type NewsDesk } from './news-desk.js';

/**
 * Everything a multi-instance run needs, all on 127.0.0.1: a fictional outlet whose feeds keep publishing, a fake
 * Slack Web API, one database, and claimwatch instances started and stopped as child processes.
 */

export const ALERT_CHANNEL = 'C0DESK';

export interface ClusterOptions {
  db: ClusterDatabase;
  feeds?: number;
  window?: number;
  /** POLL_CRON of every instance (default every 2 seconds). */
  pollCron?: string;
  /** `run --backfill`: announce what the feeds carry at their first poll too. */
  backfill?: boolean;
  /** Extra settings for every instance. */
  env?: Record<string, string>;
  /** How the feeds are added: `claimwatch feeds add URL` (as an operator would) or straight into the store. */
  addFeedsWith?: 'cli' | 'store';
}

export interface Cluster {
  desk: NewsDesk;
  slack: FakeSlackApi;
  db: ClusterDatabase;
  /** The harness's own connection, to add feeds and to inspect what the instances recorded. */
  store: Store;
  /** The environment every instance runs with. */
  env: Record<string, string>;
  instances: Array<BotProcess | null>;
  /** (Re)start instance `i` (a new process, so a new lease owner). */
  start(i: number): BotProcess;
  /** SIGTERM to every running instance; resolves with their exits. */
  stopAll(): Promise<Exit[]>;
  /** Stop what still runs, close the servers and the store, drop the database. */
  close(): Promise<void>;
}

/**
 * Lease lengths a crash test needs: a dead instance's leases must run out within the run. A bot that does not
 * know these keys ignores them (loadConfig reads only the keys it knows) and keeps its defaults.
 */
export const SHORT_LEASES = { FEED_LEASE_MS: '6000', ANALYSIS_LEASE_MS: '6000', OUTBOX_LEASE_MS: '6000' } as const;

export async function startCluster(opts: ClusterOptions): Promise<Cluster> {
  const desk = await startNewsDesk({ feeds: opts.feeds ?? 1, window: opts.window ?? 100 });
  const slack = await new FakeSlackApi().start();
  const env: Record<string, string> = {
    DATABASE_URL: opts.db.url,
    POLL_CRON: opts.pollCron ?? '*/2 * * * * *',
    DIGEST_CRON: '0 0 1 1 *',
    LOG_LEVEL: 'warn',
    TZ: 'UTC',
    PORT: '0',
    HOST: '127.0.0.1',
    FEEDS_ALLOW_HOSTS: '127.0.0.1',
    FEED_TIMEOUT_MS: '5000',
    SLACK_BOT_TOKEN: 'xoxb-cluster-test',
    SLACK_SIGNING_SECRET: 'cluster-test-signing-secret',
    SLACK_ALERT_CHANNEL: ALERT_CHANNEL,
    SLACK_API_URL: slack.apiUrl,
    ...opts.env,
  };
  if (opts.addFeedsWith === 'cli') for (const url of desk.feedUrls) await runCli(['feeds', 'add', url], env);
  const store = await openStore(opts.db.url);
  if (opts.addFeedsWith !== 'cli') for (const url of desk.feedUrls) await store.addFeed(url, null);
  const args = ['run', ...(opts.backfill ? ['--backfill'] : [])];
  const instances: Array<BotProcess | null> = [];
  const running = () => instances.filter((b): b is BotProcess => b !== null);

  return {
    desk,
    slack,
    db: opts.db,
    store,
    env,
    instances,
    start(i) {
      const bot = startBot(`instance ${i + 1}`, args, env);
      instances[i] = bot;
      return bot;
    },
    async stopAll() {
      const exits = await Promise.all(running().map((b) => b.stop()));
      instances.fill(null);
      return exits;
    },
    async close() {
      await Promise.all(running().map((b) => b.kill()));
      instances.fill(null);
      await desk.close();
      await slack.close();
      await store.close();
      await opts.db.dispose();
    },
  };
}

/** Poll `check` every `everyMs` until it holds or `timeoutMs` passes; resolves whether it held. */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  everyMs = 200,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
