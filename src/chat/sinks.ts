import type { Logger } from 'pino';
import type { TextWriter } from './platforms/console/sink.js';
import { platforms, type Platform, type PlatformsConfig } from './platforms/index.js';
import type { ChartProvider, Sink } from './sink.js';

/** The part of the bot's configuration the sinks read (the app's `Config` satisfies it). */
export type SinkConfig = PlatformsConfig;

/**
 * The sinks the configuration asks for, one per platform that is on: the console always, Slack with
 * SLACK_BOT_TOKEN, Discord with DISCORD_TOKEN. With DRY_RUN, Slack and Discord only log what they would post.
 * `list` is the registered platforms unless a test brings its own.
 */
export async function sinksFromConfig<C extends object = SinkConfig>(
  config: C,
  deps: { out: TextWriter; log: Logger; chart?: ChartProvider },
  list: ReadonlyArray<Platform<C>> = platforms() as unknown as ReadonlyArray<Platform<C>>,
): Promise<Sink[]> {
  const made = await Promise.all(list.map((p) => p.sink(config, deps)));
  return made.flatMap((s) => s ?? []);
}

/** What to set so each platform posts ("slack" → "SLACK_BOT_TOKEN"), for the hint on an entry no sink takes. */
export function postingKeys(list: ReadonlyArray<Platform<never>> = platforms()): Record<string, string> {
  return Object.fromEntries(list.flatMap((p) => (p.config.posting ? [[p.name, p.config.posting]] : [])));
}
