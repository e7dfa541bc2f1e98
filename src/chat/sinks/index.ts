import type { Logger } from 'pino';
import { createConsoleSink, createDryRunSink, type TextWriter } from './console.js';
import { createDiscordRest, createDiscordSink } from './discord.js';
import type { ChartProvider, Sink } from './sink.js';
import { createSlackClient, createSlackSink } from './slack.js';

/** The part of the bot's configuration the sinks read (the app's `Config` satisfies it). */
export interface SinkConfig {
  SLACK_BOT_TOKEN?: string | undefined;
  SLACK_API_URL?: string | undefined;
  DISCORD_TOKEN?: string | undefined;
  DISCORD_API_URL?: string | undefined;
  DRY_RUN: boolean;
}

/**
 * The sinks the configuration asks for: the console always, Slack with SLACK_BOT_TOKEN, Discord
 * with DISCORD_TOKEN (posting alerts needs the bot token in gateway and HTTP mode alike).
 * With DRY_RUN, Slack and Discord only log what they would post.
 */
export function sinksFromConfig(
  config: SinkConfig,
  deps: { out: TextWriter; log: Logger; chart?: ChartProvider },
): Sink[] {
  const sinks: Sink[] = [createConsoleSink({ out: deps.out })];
  if (config.SLACK_BOT_TOKEN) {
    sinks.push(
      config.DRY_RUN
        ? createDryRunSink('slack', deps.log)
        : createSlackSink({
            client: createSlackClient({ token: config.SLACK_BOT_TOKEN, apiUrl: config.SLACK_API_URL, log: deps.log }),
            log: deps.log.child({ sink: 'slack' }),
            ...(deps.chart ? { chart: deps.chart } : {}),
          }),
    );
  }
  if (config.DISCORD_TOKEN) {
    sinks.push(
      config.DRY_RUN
        ? createDryRunSink('discord', deps.log)
        : createDiscordSink({
            rest: createDiscordRest({ token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL }),
            log: deps.log.child({ sink: 'discord' }),
            ...(deps.chart ? { chart: deps.chart } : {}),
          }),
    );
  }
  return sinks;
}

export { createConsoleSink, createDryRunSink, type TextWriter } from './console.js';
export { createDiscordRest, createDiscordSink, discordNonce, type DiscordRestOptions } from './discord.js';
export {
  createSlackClient,
  createSlackSink,
  slackLogger,
  SLACK_EVENT_TYPE,
  type SlackClientOptions,
} from './slack.js';
export { fromDiscordError, fromSlackError } from './errors.js';
export type { ChartProvider, SendResult, Sink, SinkMessage, SinkName } from './sink.js';
