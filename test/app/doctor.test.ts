import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatCheck, type Check } from '../../src/app/doctor-checks.js';
import { runDoctor } from '../../src/app/doctor.js';
import { openStore } from '../../src/store/index.js';
import { FakeDiscordApi } from '../fakes/discord-api.js';
import { FakeSlackApi } from '../fakes/slack-api.js';
import { serveFeed, startFeedServer, type FeedServer } from '../ingest/support/feed-server.js';

const atom = readFileSync(new URL('../fixtures/feeds/atom.xml', import.meta.url), 'utf8');
const SLACK_TOKEN = 'xoxb-newsroom';
const DISCORD_TOKEN = 'discord-bot-token';

let slack: FakeSlackApi;
let discord: FakeDiscordApi;
let outlet: FeedServer;
let dbUrl: string;

beforeEach(async () => {
  slack = await new FakeSlackApi({ token: SLACK_TOKEN }).start();
  discord = await new FakeDiscordApi({ token: DISCORD_TOKEN }).start();
  outlet = await startFeedServer({
    '/atom.xml': serveFeed(atom, { contentType: 'application/atom+xml' }),
    '/about.txt': serveFeed('just text', { contentType: 'text/plain' }),
  });
  dbUrl = `file:${join(mkdtempSync(join(tmpdir(), 'cw-doctor-')), 'doctor.db')}`;
  const store = await openStore(dbUrl);
  await store.addFeed(outlet.url('/atom.xml'));
  await store.close();
});
afterEach(async () => {
  await Promise.all([slack.close(), discord.close(), outlet.close()]);
});

function env(over: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: dbUrl,
    FEEDS_ALLOW_HOSTS: '127.0.0.1',
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_SIGNING_SECRET: 'secret',
    SLACK_ALERT_CHANNEL: 'C0DESK',
    SLACK_API_URL: slack.apiUrl,
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: '1100000000000000001',
    DISCORD_ALERT_CHANNEL: '2001',
    DISCORD_API_URL: discord.apiUrl,
    ...over,
  };
}

async function doctor(e: Record<string, string>): Promise<{ healthy: boolean; lines: string[]; checks: Check[] }> {
  const checks: Check[] = [];
  const healthy = await runDoctor(e, (c) => checks.push(c));
  return { healthy, checks, lines: checks.map(formatCheck) };
}

describe('claimwatch doctor', () => {
  it('passes a working setup with one line per check', async () => {
    const { healthy, lines } = await doctor(env());
    expect(lines).toEqual([
      'ok   config: every key valid',
      expect.stringMatching(/^ok {3}claim set: seeds\/s400-turkey\.claims\.yaml: “.+”, \d+ claims, \d+ speakers$/),
      `ok   database: SQLite ${dbUrl.slice(5)}, schema up to date`,
      'ok   feeds: 1 from the store',
      expect.stringMatching(new RegExp(`^ok {3}feed ${outlet.url('/atom.xml')}: \\d+ items`)),
      'ok   slack token: workspace Newsroom, bot @claimwatch',
      'ok   slack scopes: all the bot needs',
      'ok   slack channel SLACK_ALERT_CHANNEL: #alerts (C0DESK)',
      'ok   discord token: application claimwatch (1100000000000000001), bot @claimwatch',
      'ok   discord channel DISCORD_ALERT_CHANNEL: #alerts (2001)',
    ]);
    expect(healthy).toBe(true);
  });

  it('names the fix for a wrong Slack token and a wrong Discord token', async () => {
    const { healthy, lines } = await doctor(env({ SLACK_BOT_TOKEN: 'xoxb-stale', DISCORD_TOKEN: 'old-token' }));
    expect(healthy).toBe(false);
    expect(lines).toContain(
      'FAIL slack token: invalid_auth → fix: SLACK_BOT_TOKEN is not a valid bot token: copy the Bot User OAuth ' +
        'Token (xoxb-…) from the app’s OAuth & Permissions page',
    );
    expect(lines).toContain(
      'FAIL discord token: refused (401 Unauthorized) → fix: copy the bot token again: developer portal → your ' +
        'application → Bot → Reset Token',
    );
  });

  it('says when the bot is not in the Slack channel, or the channel id is wrong', async () => {
    slack.channels.set('C0DESK', { name: 'alerts', is_member: false });
    const notMember = await doctor(env({ SLACK_REVIEW_CHANNEL: 'C0GONE' }));
    expect(notMember.lines).toContain(
      'FAIL slack channel SLACK_ALERT_CHANNEL: #alerts (C0DESK): the bot is not a member → fix: invite it: ' +
        '/invite @claimwatch in #alerts',
    );
    expect(notMember.lines).toContain(
      'FAIL slack channel SLACK_REVIEW_CHANNEL: C0GONE: channel_not_found → fix: use the channel id (channel ' +
        'details → About, e.g. C0123ABCD), not its name; for a private channel invite the bot first',
    );
  });

  it('lists the Slack scopes an old install lacks', async () => {
    await slack.close();
    slack = await new FakeSlackApi({
      token: SLACK_TOKEN,
      scopes: ['commands', 'chat:write', 'channels:history', 'groups:history', 'channels:read', 'groups:read'],
    }).start();
    const { lines } = await doctor(env({ SLACK_API_URL: slack.apiUrl }));
    expect(lines).toContain(
      'FAIL slack scopes: missing files:write → fix: regenerate the manifest (claimwatch slack manifest …),' +
        ' update the app with it at https://api.slack.com/apps and reinstall it',
    );
  });

  it('catches a Discord channel id that does not exist and an application id of another app', async () => {
    const { lines } = await doctor(
      env({ DISCORD_ALERT_CHANNEL: '2999', DISCORD_APPLICATION_ID: '1999999999999999999' }),
    );
    expect(lines).toContain(
      'FAIL discord application: DISCORD_APPLICATION_ID is 1999999999999999999, but the token belongs to ' +
        '1100000000000000001 → fix: set DISCORD_APPLICATION_ID=1100000000000000001',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^FAIL discord channel DISCORD_ALERT_CHANNEL: 2999: Unknown Channel → fix: use the channel id/,
      ),
    );
  });

  it('reports each feed that is missing, not a feed, or on a closed port', async () => {
    const store = await openStore(dbUrl);
    await store.addFeed(outlet.url('/gone.xml'));
    await store.addFeed(outlet.url('/about.txt'));
    await store.addFeed('http://127.0.0.1:9/feed.xml');
    await store.close();
    const { healthy, lines } = await doctor(env());
    expect(healthy).toBe(false);
    const feedLines = lines.filter((l) => l.includes(' feed '));
    expect(feedLines).toHaveLength(4);
    expect(feedLines.filter((l) => l.startsWith('FAIL'))).toHaveLength(3);
    expect(feedLines.find((l) => l.includes('/gone.xml'))).toMatch(/404.*→ fix: /);
  });

  it('checks the Socket Mode app token when one is set', async () => {
    const good = await doctor(env({ SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: 'xapp-1-socket' }));
    expect(good.lines).toContain('ok   slack app token: Socket Mode connections allowed');
    const wrong = await doctor(env({ SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: 'xoxb-a-bot-token-by-mistake' }));
    expect(wrong.lines).toContain(
      'FAIL slack app token: not_allowed_token_type → fix: SLACK_APP_TOKEN must be an app-level token (xapp-…) ' +
        'with the connections:write scope: Basic Information → App-Level Tokens → Generate',
    );
  });

  it('shows platforms without a token as off, not failed', async () => {
    const { healthy, lines } = await doctor({ DATABASE_URL: dbUrl, FEEDS_ALLOW_HOSTS: '127.0.0.1' });
    expect(healthy).toBe(true);
    expect(lines.slice(-2)).toEqual([
      'off  slack: SLACK_BOT_TOKEN is not set',
      'off  discord: DISCORD_TOKEN is not set',
    ]);
  });

  it('stops at a broken configuration, naming every bad key', async () => {
    const { healthy, lines } = await doctor({ PORT: 'eighty', DATABASE_URL: dbUrl });
    expect(healthy).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^FAIL config: configuration is invalid: PORT: .* → fix: fix the keys above/);
  });
});
