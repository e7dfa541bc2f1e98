import { consolePlatform } from './console/index.js';
import { discordPlatform } from './discord/platform.js';
import type { Platform } from './platform.js';
import { slackPlatform } from './slack/platform.js';

/**
 * Every platform the bot knows, in the order their sinks are made, their state is logged, their keys join the
 * configuration schema and their doctor checks run. A new platform is a folder beside these exporting one
 * `Platform`, and one line here. Importing the list loads no SDK (each platform loads its own when asked).
 */
export const PLATFORMS = [consolePlatform, slackPlatform, discordPlatform] as const;

type ConfigOf<P> = P extends Platform<infer C, infer _S> ? C : never;
type ShapeOf<P> = P extends Platform<infer _C, infer S> ? S : never;
type Both<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** Every key the registered platforms read (the app's `Config` satisfies it). */
export type PlatformsConfig = Both<ConfigOf<(typeof PLATFORMS)[number]>>;

/** The zod fragments of every registered platform's keys, merged (the app's config schema extends itself with it). */
export type PlatformsShape = Both<ShapeOf<(typeof PLATFORMS)[number]>>;

/** The registered platforms, each with the configuration it reads. */
export const platforms = (): ReadonlyArray<Platform<PlatformsConfig>> =>
  PLATFORMS as unknown as ReadonlyArray<Platform<PlatformsConfig>>;

/** The keys of the given platforms (by default the registered ones), in list order: one zod object fragment. */
export function platformsShape(list: ReadonlyArray<Platform<never>> = platforms()): PlatformsShape {
  return Object.assign({}, ...list.map((p) => p.config.shape)) as PlatformsShape;
}

export type {
  Capabilities,
  Channels,
  HttpHandler,
  Platform,
  PlatformKeys,
  PlatformSetup,
  PlatformState,
  SetupCommand,
  SetupDeps,
  SetupOption,
  SinkDeps,
  Transport,
  TransportDeps,
} from './platform.js';
