/**
 * npm run slack:manifest -- [--url https://bot.example.org] [--socket] [--name claimwatch] [--out slack-manifest.json]
 *
 * Writes the Slack app manifest from the command registry. Paste it into
 * https://api.slack.com/apps → Create New App → From an app manifest.
 * --url: the bot's public base URL (HTTP mode; commands go to <url>/slack/events).
 * --socket: Socket Mode (no public URL; set SLACK_APP_TOKEN).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { commands } from '../commands/index.js';
import { slackManifest } from '../src/chat/slack/manifest.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    socket: { type: 'boolean', default: false },
    name: { type: 'string', default: 'claimwatch' },
    out: { type: 'string', default: 'slack-manifest.json' },
  },
});

if (!values.socket && !values.url) {
  console.error('Give --url https://your-bot.example.org (HTTP mode) or --socket (Socket Mode).');
  process.exit(2);
}
const manifest = slackManifest(commands, { appName: values.name, publicUrl: values.url, socketMode: values.socket });
writeFileSync(values.out, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Wrote ${values.out} with ${manifest.features.slash_commands.length} slash commands (${values.socket ? 'Socket Mode' : `HTTP: ${values.url}`}).`);
