import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir, hostname } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { loadConfig, platformKeys, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { loadClaimSet } from './claimset.js';
import { createMetrics } from './metrics.js';
import { createPipeline } from './pipeline.js';
import { loadStanceJudge } from './stance-judge.js';
import { createHttpServer } from './http.js';
import { createScheduler } from './scheduler.js';
import { createWorkLoop, type WorkLoop } from './work-loop.js';
import { startDemoFeedServer } from './demo.js';
import { resolveAsset } from './paths.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { createPoller, parseOpml } from '../ingest/index.js';
import { deprecationWarnings, feedFetchLimits } from './feed-limits.js';
import { undeliveredCheck } from './undelivered.js';
import { postingKeys, sinksFromConfig, type TextWriter } from '../chat/index.js';
import { createDelivery } from '../chat/delivery.js';
import { routesFor } from '../chat/routing.js';
import { createChatTransports } from './chat.js';
import { chartForPayload, currentDigestReply, digestJob } from './digest.js';
import { describeEnvFile, type EnvFileReport } from './env-file.js';
import { describeSinks, sinkStates } from './sinks-report.js';
import { platformReports } from './doctor.js';
import { formatCheck } from './doctor-checks.js';
import { listen } from './listen.js';
import { startMetricsServer } from './metrics-listener.js';

export interface RunOptions {
  once?: boolean;
  demo?: boolean;
  backfill?: boolean;
}

export interface RunIo {
  env: NodeJS.ProcessEnv;
  out: TextWriter;
  /** Resolves when the process should stop (SIGINT/SIGTERM); injectable for tests. */
  stopSignal?: Promise<void>;
  /** What `.env` contributed, for the start-up log (the CLI reads it). */
  envFile?: { report: EnvFileReport | null; cwd: string };
}

/**
 * How often an idle instance looks in the store for articles to analyse and messages to send that it was not told
 * about: what another instance stored, retries that came due (429 Retry-After, backoff), leases that ran out. Two
 * indexed queries a second; a burst that one instance polled is shared with the others within about this long.
 */
const WORK_CHECK_MS = 1_000;

/**
 * One line per platform that posts, from the same checks as `claimwatch doctor` ("Slack: posting to #alerts as
 * @claimwatch"), or a warning per failed check with its fix. The bot starts either way: the outbox keeps alerts
 * until the platform accepts them.
 */
async function announcePlatforms(cfg: Config, log: Logger): Promise<void> {
  for (const report of await platformReports(cfg, 5_000)) {
    if (report.summary) log.info(report.summary);
    else for (const c of report.checks.filter((x) => x.status === 'fail')) log.warn(formatCheck(c));
  }
}

/**
 * The demo's fictional alerts never reach a real newsroom channel, even when `.env` holds the newsroom's tokens:
 * the platform keys are blanked (an empty value counts as unset) and the alerts print on the console only.
 */
const DEMO_STAYS_ON_THE_CONSOLE: Record<string, string> = Object.fromEntries(platformKeys.map((k) => [k, '']));

/** First run: no feeds yet → the default feed list for the story. */
async function seedFeeds(store: Store, cfg: Config, log: Logger): Promise<void> {
  if ((await store.listFeeds()).length) return;
  const opml = await readFile(resolveAsset(cfg.FEEDS_FILE), 'utf8');
  const feeds = parseOpml(opml);
  for (const f of feeds) await store.addFeed(f.url, f.title);
  log.info({ feeds: feeds.length, file: cfg.FEEDS_FILE }, 'no feeds configured: added the default feed list');
}

function signalPromise(log: Logger): Promise<void> {
  return new Promise((resolve) => {
    const stop = (sig: string) => {
      log.info({ signal: sig }, 'stopping: finishing the work in hand');
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

/**
 * The composition root: config → logger → claim set → store → sinks → pipeline → poller → delivery →
 * HTTP + scheduler → shutdown. Returns the exit code.
 */
export async function runBot(opts: RunOptions, io: RunIo): Promise<number> {
  // The demo prints alerts on stdout; keep the log to warnings unless asked.
  // The demo's feed is served on 127.0.0.1, which only the allow-list opens.
  const env = opts.demo
    ? {
        LOG_LEVEL: 'warn',
        ...io.env,
        ...DEMO_STAYS_ON_THE_CONSOLE,
        FEEDS_ALLOW_HOSTS: [io.env.FEEDS_ALLOW_HOSTS, '127.0.0.1'].filter(Boolean).join(','),
      }
    : io.env;
  const cfg = loadConfig(env);
  const log = createLogger(cfg.LOG_LEVEL);
  for (const warning of deprecationWarnings(cfg)) log.warn(warning);
  if (io.envFile)
    log.info({ envFile: io.envFile.report?.path ?? null }, describeEnvFile(io.envFile.report, io.envFile.cwd));
  const sinkList = sinkStates(cfg);
  if (sinkList.some((s) => s.suspicious))
    log.warn(
      { sinks: sinkList },
      `${describeSinks(sinkList)}; some keys of an off platform are set, check its token`,
    );
  else log.info({ sinks: sinkList }, describeSinks(sinkList));
  if (opts.demo)
    log.info('demo: Slack and Discord stay off whatever .env says; the sample alerts print on the console only');
  else await announcePlatforms(cfg, log);
  const claimSet = await loadClaimSet(cfg.CLAIMS_FILE);
  const dbUrl =
    opts.demo && !io.env.DATABASE_URL
      ? `file:${join(await mkdtemp(join(tmpdir(), 'claimwatch-demo-')), 'demo.db')}`
      : cfg.DATABASE_URL;
  const store = await openStore(dbUrl, { log });
  const metrics = createMetrics();
  const owner = `${hostname()}:${process.pid}`;
  const demo = opts.demo ? await startDemoFeedServer() : null;
  let server: Server | null = null;
  let metricsServer: Server | null = null;
  const loops: WorkLoop[] = [];
  try {
    if (demo) {
      await store.addFeed(demo.url);
      log.info({ feed: demo.url, database: dbUrl }, 'demo: serving the bundled sample feed locally');
    } else await seedFeeds(store, cfg, log);

    const judge = loadStanceJudge(cfg.STANCE_JUDGE);
    const pipeline = createPipeline({
      store,
      claimSet,
      log,
      routes: (a) => routesFor(a, cfg),
      now: () => new Date(),
      metrics,
      owner,
      leaseMs: cfg.ANALYSIS_LEASE_MS,
      judge,
    });
    const delivery = createDelivery({
      store,
      sinks: await sinksFromConfig(cfg, { out: io.out, log, chart: chartForPayload }),
      unconfigured: postingKeys(),
      log: log.child({ unit: 'delivery' }),
      now: () => new Date(),
      owner,
      leaseMs: cfg.OUTBOX_LEASE_MS,
    });
    // The running bot analyses and delivers as soon as there is work, side by side with polling and with the other
    // instances (each batch is leased in the store); `--once` does the same steps one after another instead.
    const background = !opts.once;
    const sending = createWorkLoop({
      name: 'delivery',
      log,
      everyMs: background ? WORK_CHECK_MS : 0,
      step: async () => (await delivery.deliverDue()).leased,
    });
    const analysing = createWorkLoop({
      name: 'analysis',
      log,
      everyMs: background ? WORK_CHECK_MS : 0,
      step: async () => {
        const leased = await pipeline.analyseNext();
        if (leased > 0) sending.wake();
        return leased;
      },
    });
    loops.push(analysing, sending);
    const poller = createPoller({
      store,
      log: log.child({ unit: 'poller' }),
      now: () => new Date(),
      owner,
      leaseMs: cfg.FEED_LEASE_MS,
      limits: feedFetchLimits(cfg),
      concurrency: cfg.FEED_CONCURRENCY,
      perHost: cfg.FEED_PER_HOST,
      backfill: Boolean(opts.backfill || opts.demo),
      // Stored already: the running bot's analysis takes it from the store (here or in another instance).
      onArticle: async (article) => {
        metrics.itemsNew.inc();
        if (background) analysing.wake();
        else await pipeline.processArticle(article);
      },
    });
    const poll = async (scheduledAt: Date | null = null) => {
      const end = metrics.pollDuration.startTimer();
      // A tick's cycle starts at the tick's time, shared by every instance on the schedule: a feed another instance
      // polled since then is not polled again here (see PollCycle).
      const summary = await poller.pollOnce(scheduledAt ? { startedAt: scheduledAt } : {});
      end();
      metrics.feedsPolled.inc({ outcome: 'ok' }, summary.ok);
      metrics.feedsPolled.inc({ outcome: 'not-modified' }, summary.notModified);
      metrics.feedsPolled.inc({ outcome: 'failed' }, summary.failed);
      log.info(summary, 'poll cycle finished');
      const stats = await store.outboxStats();
      for (const s of ['pending', 'delivered', 'dead'] as const) metrics.outboxDepth.set({ status: s }, stats[s]);
    };

    if (opts.once) {
      await pipeline.analyseQueued();
      await poll();
      const sent = await delivery.deliverAll();
      // A run that leaves alerts unsent is not a success: cron and CI must see it (see undelivered.ts).
      undeliveredCheck(sent.dead, (await store.outboxStats()).pending);
      return 0;
    }
    const chat = await createChatTransports({
      cfg,
      store,
      claimSet,
      log,
      digest: () => currentDigestReply(store, claimSet, cfg.TZ),
      metrics,
    });
    let lastPoll: string | null = null;
    server = createHttpServer({
      metrics,
      log,
      routes: chat.routes,
      health: async () => ({ lastPoll }),
      metricsToken: cfg.METRICS_TOKEN,
    });
    await listen(server, cfg.PORT, cfg.HOST);
    log.info(
      {
        port: cfg.PORT,
        routes: ['/healthz', ...(cfg.METRICS_TOKEN ? ['/metrics (bearer token)'] : []), ...Object.keys(chat.routes)],
      },
      'listening',
    );
    metricsServer = await startMetricsServer(cfg, metrics, log);
    await chat.start();
    const scheduler = createScheduler(
      [
        {
          name: 'poll',
          cron: cfg.POLL_CRON,
          run: async ({ scheduledAt }) => {
            await poll(scheduledAt);
            lastPoll = new Date().toISOString();
          },
        },
        {
          name: 'digest',
          cron: cfg.DIGEST_CRON,
          run: digestJob({ store, claimSet, config: cfg, now: () => new Date(), log }),
        },
      ],
      { timezone: cfg.TZ, log },
    );
    analysing.wake(); // what an earlier run stored and left unanalysed
    sending.wake();
    await scheduler.trigger('poll');
    await (io.stopSignal ?? signalPromise(log));
    await scheduler.stop();
    await analysing.stop();
    await sending.stop();
    await delivery
      .deliverAll()
      .catch((err: unknown) => log.warn({ err }, 'final delivery incomplete; pending alerts stay in the outbox'));
    await chat.stop();
    return 0;
  } finally {
    await Promise.all(loops.map((l) => l.stop()));
    await new Promise<void>((r) => (server?.listening ? server.close(() => r()) : r()));
    await new Promise<void>((r) => (metricsServer?.listening ? metricsServer.close(() => r()) : r()));
    await demo?.close();
    await store.close();
    log.flush?.();
  }
}
