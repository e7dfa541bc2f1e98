import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../../../errors.js';
import type { PlatformSetup, SetupDeps } from '../platform.js';
import type { SlackConfig } from './config.js';

export interface SlackManifestOptions {
  url?: string;
  socket?: boolean;
  name: string;
  out: string;
}

/**
 * `claimwatch slack manifest (--url https://HOST/slack/events | --socket) [--name N] [--out FILE|-]`: the Slack app
 * manifest from the command registry, to paste into https://api.slack.com/apps → Create New App → From a manifest.
 */
export async function slackManifestCommand(
  opts: SlackManifestOptions,
  deps: SetupDeps<SlackConfig>,
): Promise<number> {
  if (!opts.socket && !opts.url) {
    throw new UsageError(
      'missing-url',
      'say how Slack reaches the bot: --url https://your-bot.example.org/slack/events (HTTP mode) ' +
        'or --socket (Socket Mode)',
      {
        remedy: 'Socket Mode needs no public address (set SLACK_APP_TOKEN); HTTP mode needs the bot on https',
      },
    );
  }
  if (opts.socket && opts.url)
    throw new UsageError('two-modes', 'give either --url (HTTP mode) or --socket (Socket Mode), not both');
  if (opts.name.length < 1 || opts.name.length > 35)
    throw new UsageError('bad-name', `--name must be 1 to 35 characters (Slack's limit), got ${opts.name.length}`);
  const { slackManifest } = await import('./manifest.js');
  const manifest = slackManifest(deps.registry, {
    appName: opts.name,
    requestUrl: opts.url,
    socketMode: opts.socket === true,
  });
  const json = `${JSON.stringify(manifest, null, 2)}\n`;
  if (opts.out === '-') {
    deps.out(json);
    return 0;
  }
  const file = resolve(opts.out);
  await writeFile(file, json);
  const mode = opts.socket ? 'Socket Mode' : `HTTP, Request URL ${manifest.features.slash_commands[0]?.url}`;
  deps.out(
    `wrote ${file}: one /claimwatch command (${mode}), scopes ${manifest.oauth_config.scopes.bot.join(', ')}\n` +
      'next: https://api.slack.com/apps → Create New App → From a manifest; install it, ' +
      'then put the Bot User OAuth Token in SLACK_BOT_TOKEN\n',
  );
  return 0;
}

/** `claimwatch slack …`. */
export const slackSetup: PlatformSetup<SlackConfig> = {
  description: 'Slack setup',
  commands: [
    {
      name: 'manifest',
      description: 'write the Slack app manifest (one /claimwatch command) from the command registry',
      options: [
        {
          flags: '--url <url>',
          description: 'HTTP mode: the Request URL Slack posts to, e.g. https://bot.example.org/slack/events',
        },
        { flags: '--socket', description: 'Socket Mode (no public URL; set SLACK_APP_TOKEN)' },
        { flags: '--name <name>', description: 'the app name shown in Slack', default: 'claimwatch' },
        { flags: '--out <file>', description: 'where to write it (- for stdout)', default: 'slack-manifest.json' },
      ],
      run: (opts, deps) => slackManifestCommand(opts as unknown as SlackManifestOptions, deps),
    },
  ],
};
