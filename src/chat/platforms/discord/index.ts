import { createDryRunSink } from '../../sink.js';
import type { Platform, Transport } from '../platform.js';
import { createDiscordGateway } from './gateway.js';
import { createDiscordInteractionsHandler } from './interactions.js';
import { renderDiscord } from './render.js';
import { createDiscordRest, createDiscordSink } from './sink.js';

/** The keys Discord reads (the app's `Config` satisfies it). */
export interface DiscordConfig {
  DISCORD_TOKEN?: string | undefined;
  DISCORD_APPLICATION_ID?: string | undefined;
  DISCORD_PUBLIC_KEY?: string | undefined;
  DISCORD_ALERT_CHANNEL?: string | undefined;
  DISCORD_REVIEW_CHANNEL?: string | undefined;
  DISCORD_DIGEST_CHANNEL?: string | undefined;
  DISCORD_MODE?: 'gateway' | 'http' | undefined;
  DISCORD_API_URL?: string | undefined;
  DRY_RUN?: boolean | undefined;
}

/** Where Discord posts interactions when DISCORD_MODE=http (the Interactions Endpoint URL). */
export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';

/**
 * Discord: alerts posted with the bot token (REST), commands and button presses over the gateway (the default) or,
 * with DISCORD_MODE=http, at /discord/interactions (Ed25519 with DISCORD_PUBLIC_KEY). Posting needs the token.
 */
export const discordPlatform: Platform<DiscordConfig> = {
  name: 'discord',
  capabilities: { threads: true, buttons: true, commands: true },
  channels: (cfg) =>
    cfg.DISCORD_TOKEN && cfg.DISCORD_ALERT_CHANNEL
      ? { alert: cfg.DISCORD_ALERT_CHANNEL, review: cfg.DISCORD_REVIEW_CHANNEL, digest: cfg.DISCORD_DIGEST_CHANNEL }
      : null,
  state: (cfg) =>
    cfg.DISCORD_TOKEN
      ? { on: true, why: `alerts to ${cfg.DISCORD_ALERT_CHANNEL}${cfg.DRY_RUN ? DRY : ''}` }
      : {
          on: false,
          why:
            'DISCORD_TOKEN is not set' +
            (cfg.DISCORD_MODE === 'http' ? ' (interactions are still served over HTTP, but nothing is posted)' : ''),
          ...(cfg.DISCORD_ALERT_CHANNEL ? { suspicious: true } : {}),
        },
  sink(cfg, deps) {
    if (!cfg.DISCORD_TOKEN) return null;
    if (cfg.DRY_RUN) return createDryRunSink('discord', (p) => renderDiscord(p), deps.log);
    return createDiscordSink({
      rest: createDiscordRest({ token: cfg.DISCORD_TOKEN, apiUrl: cfg.DISCORD_API_URL }),
      log: deps.log.child({ sink: 'discord' }),
      ...(deps.chart ? { chart: deps.chart } : {}),
    });
  },
  transport(cfg, deps): Transport | null {
    const log = deps.log.child({ platform: 'discord' });
    const { registry, context, feedback } = deps;
    if (cfg.DISCORD_MODE === 'http') {
      const handler = createDiscordInteractionsHandler({
        publicKey: cfg.DISCORD_PUBLIC_KEY!,
        applicationId: cfg.DISCORD_APPLICATION_ID ?? '',
        rest: createDiscordRest({ token: cfg.DISCORD_TOKEN, apiUrl: cfg.DISCORD_API_URL }),
        ...{ registry, context, feedback, log },
      });
      return { routes: { [DISCORD_INTERACTIONS_PATH]: handler }, start: async () => undefined, stop: handler.idle };
    }
    if (!cfg.DISCORD_TOKEN) return null;
    const gateway = createDiscordGateway({ token: cfg.DISCORD_TOKEN, apiUrl: cfg.DISCORD_API_URL, ...deps, log });
    return { routes: {}, start: () => gateway.start(), stop: () => gateway.stop() };
  },
};

const DRY = ' (DRY_RUN: logs what it would post)';

export {
  createDiscordInteractionsHandler,
  type DiscordInteractionsDeps,
  type InteractionsHandler,
} from './interactions.js';
export { createDiscordGateway, type DiscordGateway, type DiscordGatewayDeps } from './gateway.js';
export { discordCommandPayload, deployDiscordCommands } from './register.js';
export { createDiscordRest, createDiscordSink, discordNonce, type DiscordRestOptions } from './sink.js';
export {
  renderDiscord,
  embedLength,
  SUPPRESS_EMBEDS,
  SUPPRESS_NOTIFICATIONS,
  type DiscordMessage,
} from './render.js';
export { replyToDiscord, EPHEMERAL, type DiscordReply } from './reply.js';
export { fromDiscordError } from './errors.js';
