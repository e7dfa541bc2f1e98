import { createDryRunSink } from '../../sink.js';
import type { Platform, Transport } from '../platform.js';
import { createSlackApp, SLACK_EVENTS_PATH } from './app.js';
import { renderSlack } from './render.js';
import { createSlackClient, createSlackSink } from './sink.js';

/** The keys Slack reads (the app's `Config` satisfies it). */
export interface SlackConfig {
  SLACK_BOT_TOKEN?: string | undefined;
  SLACK_SIGNING_SECRET?: string | undefined;
  SLACK_APP_TOKEN?: string | undefined;
  SLACK_ALERT_CHANNEL?: string | undefined;
  SLACK_REVIEW_CHANNEL?: string | undefined;
  SLACK_DIGEST_CHANNEL?: string | undefined;
  SLACK_API_URL?: string | undefined;
  DRY_RUN?: boolean | undefined;
}

/**
 * Slack: alerts posted with the bot token (Web API), commands and button presses through Bolt, over HTTP at
 * /slack/events (signing secret) or Socket Mode (app token). Posting needs the bot token and the alert channel.
 */
export const slackPlatform: Platform<SlackConfig> = {
  name: 'slack',
  capabilities: { threads: true, buttons: true, commands: true },
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
  sink(cfg, deps) {
    if (!cfg.SLACK_BOT_TOKEN) return null;
    if (cfg.DRY_RUN) return createDryRunSink('slack', (p) => renderSlack(p), deps.log);
    return createSlackSink({
      client: createSlackClient({ token: cfg.SLACK_BOT_TOKEN, apiUrl: cfg.SLACK_API_URL, log: deps.log }),
      log: deps.log.child({ sink: 'slack' }),
      ...(deps.chart ? { chart: deps.chart } : {}),
    });
  },
  transport(cfg, deps): Transport | null {
    if (!cfg.SLACK_BOT_TOKEN) return null;
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
};

const DRY = ' (DRY_RUN: logs what it would post)';

export { createSlackApp, createSlackHandler, SLACK_EVENTS_PATH, type SlackApp, type SlackAppDeps } from './app.js';
export { slackManifest, checkRequestUrl, SLACK_BOT_SCOPES } from './manifest.js';
export {
  createSlackClient,
  createSlackSink,
  slackLogger,
  SLACK_EVENT_TYPE,
  type SlackClientOptions,
} from './sink.js';
export { renderSlack, SLACK_FEEDBACK_ACTION, type SlackBlock, type SlackMessage, type SlackText } from './render.js';
export { replyToSlack, type SlackReply } from './reply.js';
export { fromSlackError } from './errors.js';
