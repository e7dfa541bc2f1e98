import type { Logger } from 'pino';
import type { TextWriter } from './platforms/console/sink.js';
import { platforms, type PlatformsConfig } from './platforms/index.js';
import type { ChartProvider, Sink } from './sink.js';

/** The part of the bot's configuration the sinks read (the app's `Config` satisfies it). */
export type SinkConfig = PlatformsConfig;

/**
 * The sinks the configuration asks for, one per platform that is on: the console always, Slack with
 * SLACK_BOT_TOKEN, Discord with DISCORD_TOKEN. With DRY_RUN, Slack and Discord only log what they would post.
 */
export function sinksFromConfig(
  config: SinkConfig,
  deps: { out: TextWriter; log: Logger; chart?: ChartProvider },
): Sink[] {
  return platforms().flatMap((p) => p.sink(config, deps) ?? []);
}
