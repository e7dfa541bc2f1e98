import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Store } from '../store/store.js';
import type { LoadedClaimSet } from './claimset.js';
import { commands } from '../../commands/index.js';
import {
  platforms,
  type CommandContext,
  type CommandUser,
  type FeedCheck,
  type FeedbackDeps,
  type HttpHandler,
  type Reply,
} from '../chat/index.js';
import type { Metrics } from './metrics.js';
import { probeFeed } from './feed-check.js';

/** The platform transports the configuration asks for, ready to mount and start. */
export interface ChatTransports {
  routes: Record<string, HttpHandler>;
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

/** Build the command context and every platform's transport from config. Nothing connects until start(). */
export async function createChatTransports(deps: ChatDeps): Promise<ChatTransports> {
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
    editors: Object.fromEntries(platforms().map((p) => [p.name, p.config.editors?.(cfg) ?? []])),
    editorKeys: Object.fromEntries(
      platforms().flatMap((p) => (p.config.editorsKey ? [[p.name, p.config.editorsKey]] : [])),
    ),
    log: log.child({ feature: 'alert-feedback' }),
    counted: (verdict, platform) => deps.metrics?.alertFeedback.inc({ verdict, platform }),
  };
  const routes: Record<string, HttpHandler> = {};
  const starters: Array<() => Promise<void>> = [];
  const stoppers: Array<() => Promise<void>> = [];
  const made = await Promise.all(
    platforms().map((p) => p.transport(cfg, { registry: commands, context, feedback, log })),
  );
  for (const transport of made) {
    if (!transport) continue;
    Object.assign(routes, transport.routes);
    starters.push(() => transport.start());
    stoppers.push(() => transport.stop());
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
