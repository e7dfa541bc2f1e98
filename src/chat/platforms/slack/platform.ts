import type { Platform, Transport } from '../platform.js';
import { slackSetup } from './setup.js';
import { slackKeys, slackShape, type SlackConfig } from './config.js';

/**
 * Slack: alerts posted with the bot token (Web API), commands and button presses through Bolt, over HTTP at
 * /slack/events (signing secret) or Socket Mode (app token). Posting needs the bot token and the alert channel.
 * The SDKs load when a sink, transport or doctor check is made, not with the platform list.
 */
export const slackPlatform: Platform<SlackConfig, typeof slackShape> = {
  name: 'slack',
  capabilities: { threads: true, buttons: true, commands: true },
  config: slackKeys,
  setup: slackSetup,
  channels: (cfg) =>
    cfg.SLACK_BOT_TOKEN && cfg.SLACK_ALERT_CHANNEL
      ? { alert: cfg.SLACK_ALERT_CHANNEL, review: cfg.SLACK_REVIEW_CHANNEL, digest: cfg.SLACK_DIGEST_CHANNEL }
      : null,
  state: (cfg) =>
    cfg.SLACK_BOT_TOKEN
      ? { on: true, why: `alerts to ${cfg.SLACK_ALERT_CHANNEL}${cfg.DRY_RUN ? DRY : ''}` }
      : {
          on: false,
          why: 'SLACK_BOT_TOKEN is not set',
          ...(cfg.SLACK_ALERT_CHANNEL || cfg.SLACK_APP_TOKEN ? { suspicious: true } : {}),
        },
  async sink(cfg, deps) {
    if (!cfg.SLACK_BOT_TOKEN) return null;
    if (cfg.DRY_RUN) {
      const [{ createDryRunSink }, { renderSlack }] = await Promise.all([
        import('../../sink.js'),
        import('./render.js'),
      ]);
      return createDryRunSink('slack', (p) => renderSlack(p), deps.log);
    }
    const { createSlackClient, createSlackSink } = await import('./sink.js');
    return createSlackSink({
      client: createSlackClient({ token: cfg.SLACK_BOT_TOKEN, apiUrl: cfg.SLACK_API_URL, log: deps.log }),
      log: deps.log.child({ sink: 'slack' }),
      ...(deps.chart ? { chart: deps.chart } : {}),
    });
  },
  async transport(cfg, deps): Promise<Transport | null> {
    if (!cfg.SLACK_BOT_TOKEN) return null;
    const { createSlackApp, SLACK_EVENTS_PATH } = await import('./app.js');
    const slack = createSlackApp({
      botToken: cfg.SLACK_BOT_TOKEN,
      signingSecret: cfg.SLACK_SIGNING_SECRET,
      appToken: cfg.SLACK_APP_TOKEN,
      apiUrl: cfg.SLACK_API_URL,
      registry: deps.registry,
      context: deps.context,
      feedback: deps.feedback,
      log: deps.log.child({ platform: 'slack' }),
    });
    const routes: Transport['routes'] = {};
    if (slack.handler) routes[SLACK_EVENTS_PATH] = slack.handler;
    return {
      routes,
      start: () => slack.start(),
      stop: () => slack.stop(),
    };
  },
  doctor: async (cfg, opts) => (await import('./doctor.js')).slackDoctor(cfg, opts),
};

const DRY = ' (DRY_RUN: logs what it would post)';
