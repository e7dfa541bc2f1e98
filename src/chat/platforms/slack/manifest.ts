import { UsageError } from '../../../errors.js';
import type { Command } from '../../command.js';
import { UMBRELLA } from '../../umbrella.js';
import { SLACK_EVENTS_PATH } from './app.js';

/**
 * The Slack app manifest, generated from the same registry as the Discord commands: on Slack the registry is one
 * `/claimwatch` command whose first word picks the subcommand (see ../umbrella.ts).
 * https://docs.slack.dev/reference/app-manifest
 */

export interface SlackManifestOptions {
  appName?: string;
  /**
   * The Request URL Slack posts commands to in HTTP mode (https://bot.example.org/slack/events); omit for Socket
   * Mode.
   */
  requestUrl?: string | undefined;
  socketMode?: boolean;
}

/**
 * Bot scopes: `commands` for the slash command; `chat:write` to post alerts; `files:write` to attach the digest
 * chart; `channels:history` / `groups:history` so the Slack sink can find a message it may already have posted
 * before a restart (Slack has no idempotency key; see ./sink.ts); `channels:read` / `groups:read` so
 * `claimwatch doctor` and start-up can check the alert channel with conversations.info.
 */
export const SLACK_BOT_SCOPES = [
  'commands',
  'chat:write',
  'files:write',
  'channels:history',
  'groups:history',
  'channels:read',
  'groups:read',
] as const;

/**
 * The Request URL as given, if Slack can use it: https (Slack posts to nothing else), and the full address
 * including the path the bot serves Slack on, since a reverse proxy may put it under another prefix.
 */
export function checkRequestUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError('bad-url', `--url ${raw} is not a web address`, {
      remedy: `give the full Request URL, e.g. https://bot.example.org${SLACK_EVENTS_PATH}`,
    });
  }
  if (url.protocol !== 'https:') {
    throw new UsageError(
      'bad-url',
      `--url must start with https:// (Slack posts slash commands only over HTTPS), got ${url.protocol}//…`,
      {
        remedy:
          `put the bot behind HTTPS, e.g. https://${url.host}` +
          `${url.pathname === '/' ? SLACK_EVENTS_PATH : url.pathname}; ` +
          'or use --socket (Socket Mode needs no public URL)',
      },
    );
  }
  if (url.pathname === '/' || url.pathname === '') {
    throw new UsageError(
      'bad-url',
      `--url ${raw} has no path: Slack would post to the site's root, where the bot does not answer`,
      {
        remedy: `add the path the bot serves Slack on: https://${url.host}${SLACK_EVENTS_PATH}`,
      },
    );
  }
  if (url.username || url.password || url.hash) {
    throw new UsageError('bad-url', '--url must not carry a user name, password or #fragment', {
      remedy: `e.g. https://${url.host}${url.pathname}`,
    });
  }
  return url.href;
}

export function slackManifest(registry: readonly Command[], opts: SlackManifestOptions = {}) {
  const name = opts.appName ?? 'claimwatch';
  const url = !opts.socketMode && opts.requestUrl ? checkRequestUrl(opts.requestUrl) : undefined;
  const subcommands = registry.map((c) => c.definition.name);
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: 'Watches the news for a story and flags new denials and contradictions.',
      background_color: '#1d3557',
    },
    features: {
      bot_user: { display_name: name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-'), always_online: true },
      slash_commands: [
        {
          command: `/${UMBRELLA}`,
          description:
            "The story's claims, who said what, sources, the digest, feeds and the bot's health " +
            `(/${UMBRELLA} help)`,
          usage_hint: `${subcommands.join('|')} …`,
          should_escape: false,
          ...(url ? { url } : {}),
        },
      ],
    },
    oauth_config: { scopes: { bot: [...SLACK_BOT_SCOPES] } },
    settings: {
      // The buttons under each alert (Confirm, False alarm, Wrong speaker) come back to the same verified endpoint.
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: opts.socketMode === true,
      token_rotation_enabled: false,
    },
  };
}
