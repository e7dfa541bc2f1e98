import { z } from 'zod';
import type { PlatformKeys } from '../platform.js';
import { userIdList } from '../user-ids.js';

/** Discord's keys in the configuration schema (documented in .env.example). */
export const discordShape = {
  DISCORD_TOKEN: z.string().optional(),
  DISCORD_APPLICATION_ID: z.string().optional(),
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'expected the 64-hex-character public key from the Discord developer portal')
    .optional(),
  DISCORD_ALERT_CHANNEL: z.string().optional(),
  DISCORD_REVIEW_CHANNEL: z.string().optional(),
  DISCORD_DIGEST_CHANNEL: z.string().optional(),
  DISCORD_MODE: z.enum(['gateway', 'http']).default('gateway'),
  DISCORD_API_URL: z.string().url().optional(),
  DISCORD_EDITOR_USER_IDS: userIdList,
};

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
  DISCORD_EDITOR_USER_IDS?: readonly string[] | undefined;
  DRY_RUN?: boolean | undefined;
}

export const discordKeys: PlatformKeys<DiscordConfig, typeof discordShape> = {
  shape: discordShape,
  posting: 'DISCORD_TOKEN',
  label: 'Discord',
  postingKeys: 'DISCORD_TOKEN and DISCORD_ALERT_CHANNEL',
  editorsKey: 'DISCORD_EDITOR_USER_IDS',
  editors: (cfg) => cfg.DISCORD_EDITOR_USER_IDS ?? [],
  problems(cfg) {
    const problems: string[] = [];
    if (cfg.DISCORD_TOKEN && !cfg.DISCORD_ALERT_CHANNEL)
      problems.push('DISCORD_ALERT_CHANNEL: required with DISCORD_TOKEN');
    if (cfg.DISCORD_MODE === 'http' && !cfg.DISCORD_PUBLIC_KEY)
      problems.push('DISCORD_PUBLIC_KEY: required when DISCORD_MODE=http (interactions are verified with it)');
    return problems;
  },
};
