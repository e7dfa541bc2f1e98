import { usage } from '../args.js';
import type { Command } from '../command.js';
import { SLACK_EVENTS_PATH } from './app.js';

/**
 * The Slack app manifest, generated from the same registry as the Discord commands.
 * https://docs.slack.dev/reference/app-manifest
 */

export interface SlackManifestOptions {
  appName?: string;
  /** The bot's public base URL (https://bot.example.org) for HTTP mode; omit for Socket Mode. */
  publicUrl?: string | undefined;
  socketMode?: boolean;
}

/**
 * Bot scopes: `commands` for slash commands, `chat:write` to post alerts, and `channels:history` /
 * `groups:history` so the Slack sink can look for a message it may already have posted before a
 * restart (Slack has no idempotency key; see src/chat/sinks/slack.ts).
 */
export const SLACK_BOT_SCOPES = ['commands', 'chat:write', 'channels:history', 'groups:history'] as const;

export function slackManifest(registry: readonly Command[], opts: SlackManifestOptions = {}) {
  const name = opts.appName ?? 'claimwatch';
  const url = !opts.socketMode && opts.publicUrl ? `${opts.publicUrl.replace(/\/+$/, '')}${SLACK_EVENTS_PATH}` : undefined;
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: 'Watches the news for a story and flags new denials and contradictions.',
      background_color: '#1d3557',
    },
    features: {
      bot_user: { display_name: name, always_online: true },
      slash_commands: registry.map(({ definition: d }) => {
        const hint = usage(d).replace(/^\/\S+\s?/, '');
        return {
          command: `/${d.name}`,
          description: d.description,
          ...(hint ? { usage_hint: hint } : {}),
          should_escape: false,
          ...(url ? { url } : {}),
        };
      }),
    },
    oauth_config: { scopes: { bot: [...SLACK_BOT_SCOPES] } },
    settings: {
      org_deploy_enabled: false,
      socket_mode_enabled: opts.socketMode === true,
      token_rotation_enabled: false,
    },
  };
}
