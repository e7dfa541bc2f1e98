import { z } from 'zod';
import type { PlatformKeys } from '../platform.js';
import { userIdList } from '../user-ids.js';

/** Slack's keys in the configuration schema (documented in .env.example). */
export const slackShape = {
  SLACK_BOT_TOKEN: z.string().optional(),
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_APP_TOKEN: z.string().optional(),
  SLACK_ALERT_CHANNEL: z.string().optional(),
  SLACK_REVIEW_CHANNEL: z.string().optional(),
  SLACK_DIGEST_CHANNEL: z.string().optional(),
  SLACK_API_URL: z.string().url().optional(),
  SLACK_EDITOR_USER_IDS: userIdList,
};

/** The keys Slack reads (the app's `Config` satisfies it). */
export interface SlackConfig {
  SLACK_BOT_TOKEN?: string | undefined;
  SLACK_SIGNING_SECRET?: string | undefined;
  SLACK_APP_TOKEN?: string | undefined;
  SLACK_ALERT_CHANNEL?: string | undefined;
  SLACK_REVIEW_CHANNEL?: string | undefined;
  SLACK_DIGEST_CHANNEL?: string | undefined;
  SLACK_API_URL?: string | undefined;
  SLACK_EDITOR_USER_IDS?: readonly string[] | undefined;
  DRY_RUN?: boolean | undefined;
}

export const slackKeys: PlatformKeys<SlackConfig, typeof slackShape> = {
  shape: slackShape,
  posting: 'SLACK_BOT_TOKEN',
  label: 'Slack',
  postingKeys: 'SLACK_BOT_TOKEN and SLACK_ALERT_CHANNEL',
  editorsKey: 'SLACK_EDITOR_USER_IDS',
  editors: (cfg) => cfg.SLACK_EDITOR_USER_IDS ?? [],
  problems(cfg) {
    const problems: string[] = [];
    if (cfg.SLACK_BOT_TOKEN && !cfg.SLACK_SIGNING_SECRET && !cfg.SLACK_APP_TOKEN)
      problems.push(
        'SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN unless SLACK_APP_TOKEN (socket mode) is set',
      );
    if (cfg.SLACK_BOT_TOKEN && !cfg.SLACK_ALERT_CHANNEL)
      problems.push('SLACK_ALERT_CHANNEL: required with SLACK_BOT_TOKEN');
    return problems;
  },
};
