import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Store } from '../store/store.js';
import type { LoadedClaimSet } from './claimset.js';
import type { Handler } from './http.js';
import { commands } from '../../commands/index.js';
import {
  createDiscordGateway,
  createDiscordInteractionsHandler,
  createDiscordRest,
  createSlackApp,
  SLACK_EVENTS_PATH,
  type CommandContext,
  type CommandUser,
  type FeedCheck,
  type FeedbackDeps,
  type Reply,
} from '../chat/index.js';
import type { Metrics } from './metrics.js';
import { probeFeed } from './feed-check.js';

/** The platform transports the configuration asks for, ready to mount and start. */
export interface ChatTransports {
  routes: Record<string, Handler>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface ChatDeps {
  cfg: Config;
  store: Store;
  claimSet: LoadedClaimSet;
  log: Logger;
  digest?: () => Promise<Reply | string>;
  metrics?: Pick<Metrics, 'alertFeedback'>;
}

/** A feed URL is stored only if it is allowed, answers, and parses as a feed. */
function feedChecker(cfg: Config): (url: string) => Promise<FeedCheck> {
  return async (url) => {
    const probe = await probeFeed(url, cfg);
    return probe.ok ? { ok: true, title: probe.title } : { ok: false, reason: probe.reason };
  };
}

/** Build the command context and the Slack/Discord transports from config. Nothing connects until start(). */
export function createChatTransports(deps: ChatDeps): ChatTransports {
  const { cfg, log } = deps;
  const checkFeed = feedChecker(cfg);
  const context = (user: CommandUser): CommandContext => ({
    store: deps.store,
    claimSet: deps.claimSet.file,
    user,
    admins: cfg.ADMIN_USER_IDS,
    log: log.child({ user: `${user.platform}:${user.id}` }),
    checkFeedUrl: checkFeed,
    ...(deps.digest ? { digest: deps.digest } : {}),
  });
  const feedback: FeedbackDeps = {
    store: deps.store,
    editors: { slack: cfg.SLACK_EDITOR_USER_IDS, discord: cfg.DISCORD_EDITOR_USER_IDS },
    log: log.child({ feature: 'alert-feedback' }),
    counted: (verdict, platform) => deps.metrics?.alertFeedback.inc({ verdict, platform }),
  };
  const routes: Record<string, Handler> = {};
  const starters: Array<() => Promise<void>> = [];
  const stoppers: Array<() => Promise<void>> = [];

  if (cfg.SLACK_BOT_TOKEN) {
    const slack = createSlackApp({
      botToken: cfg.SLACK_BOT_TOKEN,
      signingSecret: cfg.SLACK_SIGNING_SECRET,
      appToken: cfg.SLACK_APP_TOKEN,
      apiUrl: cfg.SLACK_API_URL,
      registry: commands,
      context,
      feedback,
      log: log.child({ platform: 'slack' }),
    });
    if (slack.handler) routes[SLACK_EVENTS_PATH] = slack.handler;
    else {
      starters.push(() => slack.start());
      stoppers.push(() => slack.stop());
    }
  }
  if (cfg.DISCORD_TOKEN || cfg.DISCORD_MODE === 'http') {
    if (cfg.DISCORD_MODE === 'http') {
      const handler = createDiscordInteractionsHandler({
        publicKey: cfg.DISCORD_PUBLIC_KEY!,
        applicationId: cfg.DISCORD_APPLICATION_ID ?? '',
        rest: createDiscordRest({ token: cfg.DISCORD_TOKEN, apiUrl: cfg.DISCORD_API_URL }),
        registry: commands,
        context,
        feedback,
        log: log.child({ platform: 'discord' }),
      });
      routes['/discord/interactions'] = handler;
      stoppers.push(() => handler.idle());
    } else {
      const gateway = createDiscordGateway({
        token: cfg.DISCORD_TOKEN!,
        apiUrl: cfg.DISCORD_API_URL,
        registry: commands,
        context,
        feedback,
        log: log.child({ platform: 'discord' }),
      });
      starters.push(() => gateway.start());
      stoppers.push(() => gateway.stop());
    }
  }
  return {
    routes,
    async start() {
      for (const s of starters) await s();
    },
    async stop() {
      await Promise.allSettled(stoppers.map((s) => s()));
    },
  };
}
