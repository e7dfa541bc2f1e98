import type { Platform, Transport } from '../platform.js';
import { discordSetup } from './setup.js';
import { discordKeys, discordShape, type DiscordConfig } from './config.js';

/** Where Discord posts interactions when DISCORD_MODE=http (the Interactions Endpoint URL). */
export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';

/**
 * Discord: alerts posted with the bot token (REST), commands and button presses over the gateway (the default) or,
 * with DISCORD_MODE=http, at /discord/interactions (Ed25519 with DISCORD_PUBLIC_KEY). Posting needs the token.
 * discord.js loads when a sink, transport or doctor check is made, not with the platform list.
 */
export const discordPlatform: Platform<DiscordConfig, typeof discordShape> = {
  name: 'discord',
  capabilities: { threads: true, buttons: true, commands: true },
  config: discordKeys,
  setup: discordSetup,
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
  async sink(cfg, deps) {
    if (!cfg.DISCORD_TOKEN) return null;
    if (cfg.DRY_RUN) {
      const [{ createDryRunSink }, { renderDiscord }] = await Promise.all([
        import('../../sink.js'),
        import('./render.js'),
      ]);
      return createDryRunSink('discord', (p) => renderDiscord(p), deps.log);
    }
    const { createDiscordRest, createDiscordSink } = await import('./sink.js');
    return createDiscordSink({
      rest: createDiscordRest({ token: cfg.DISCORD_TOKEN, apiUrl: cfg.DISCORD_API_URL }),
      log: deps.log.child({ sink: 'discord' }),
      ...(deps.chart ? { chart: deps.chart } : {}),
    });
  },
  async transport(cfg, deps): Promise<Transport | null> {
    const log = deps.log.child({ platform: 'discord' });
    const { registry, context, feedback } = deps;
    if (cfg.DISCORD_MODE === 'http') {
      const [{ createDiscordInteractionsHandler }, { createDiscordRest }] = await Promise.all([
        import('./interactions.js'),
        import('./sink.js'),
      ]);
      const handler = createDiscordInteractionsHandler({
        publicKey: cfg.DISCORD_PUBLIC_KEY!,
        applicationId: cfg.DISCORD_APPLICATION_ID ?? '',
        rest: createDiscordRest({ token: cfg.DISCORD_TOKEN, apiUrl: cfg.DISCORD_API_URL }),
        ...{ registry, context, feedback, log },
      });
      return { routes: { [DISCORD_INTERACTIONS_PATH]: handler }, start: async () => undefined, stop: handler.idle };
    }
    if (!cfg.DISCORD_TOKEN) return null;
    const { createDiscordGateway } = await import('./gateway.js');
    const gateway = createDiscordGateway({ token: cfg.DISCORD_TOKEN, apiUrl: cfg.DISCORD_API_URL, ...deps, log });
    return { routes: {}, start: () => gateway.start(), stop: () => gateway.stop() };
  },
  doctor: async (cfg, opts) => (await import('./doctor.js')).discordDoctor(cfg, opts),
};

const DRY = ' (DRY_RUN: logs what it would post)';
