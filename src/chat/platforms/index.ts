import { consolePlatform } from './console/index.js';
import { discordPlatform } from './discord/index.js';
import type { Platform } from './platform.js';
import { slackPlatform } from './slack/index.js';

/**
 * Every platform the bot knows, in the order their sinks are made and their state is logged. A new platform is a
 * folder beside these exporting one `Platform`, and one line here.
 */
export const PLATFORMS = [consolePlatform, slackPlatform, discordPlatform] as const;

type ConfigOf<P> = P extends Platform<infer C> ? C : never;
type Both<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** Every key the registered platforms read (the app's `Config` satisfies it). */
export type PlatformsConfig = Both<ConfigOf<(typeof PLATFORMS)[number]>>;

/** The registered platforms, each with the configuration it reads. */
export const platforms = (): ReadonlyArray<Platform<PlatformsConfig>> =>
  PLATFORMS as unknown as ReadonlyArray<Platform<PlatformsConfig>>;

export type {
  Capabilities,
  Channels,
  HttpHandler,
  Platform,
  PlatformState,
  SinkDeps,
  Transport,
  TransportDeps,
} from './platform.js';
