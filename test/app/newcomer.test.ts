import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscordApi } from '../fakes/discord-api.js';
import { FakeSlackApi } from '../fakes/slack-api.js';
import { serveFeed, startFeedServer, type FeedServer } from '../ingest/support/feed-server.js';
import { logLines, repoRoot, runCli } from './support/cli-process.js';

/**
 * The README's path for a new newsroom, end to end, against the local fake Slack and Discord APIs: a `.env`, the
 * Slack manifest, `discord deploy`, `doctor`, then the running bot posting alerts and answering /claimwatch on
 * Slack and /claims on Discord. Everything stays on 127.0.0.1.
 */

const SLACK_TOKEN = 'xoxb-newsroom-bot';
const SIGNING_SECRET = 'newsroom-signing-secret';
const DISCORD_TOKEN = 'newsroom-discord-token';
const APP_ID = '1100000000000000001';
const keys = generateKeyPairSync('ed25519');
const publicKeyHex = Buffer.from(keys.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');

let slack: FakeSlackApi;
let discord: FakeDiscordApi;
let outlet: FeedServer;
let bot: ChildProcess | null = null;

beforeEach(async () => {
  slack = await new FakeSlackApi({ token: SLACK_TOKEN }).start();
  discord = await new FakeDiscordApi({ token: DISCORD_TOKEN }).start();
  outlet = await startFeedServer({ '/feed.xml': serveFeed(readFileSync(join(repoRoot, 'demo/feed.xml'))) });
});
afterEach(async () => {
  bot?.kill('SIGKILL');
  await Promise.all([slack.close(), discord.close(), outlet.close()]);
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function until<T>(
  what: string,
  check: () => Promise<T | null | undefined | false> | T | null | undefined | false,
): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const v = await check();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe('a newsroom setting the bot up from README', () => {
  it('reaches a running bot that posts to Slack and Discord and answers both platforms’ commands', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-newcomer-'));
    const port = await freePort();
    writeFileSync(
      join(dir, 'feeds.opml'),
      `<opml version="2.0"><body><outline type="rss" text="Demo" xmlUrl="${outlet.url('/feed.xml')}"/>` +
        '</body></opml>\n',
    );
    writeFileSync(
      join(dir, '.env'),
      [
        `PORT=${port}`,
        'HOST=127.0.0.1',
        'METRICS_PORT=0',
        `DATABASE_URL=file:${join(dir, 'data', 'claimwatch.db')}`,
        `FEEDS_FILE=${join(dir, 'feeds.opml')}`,
        'FEEDS_ALLOW_HOSTS=127.0.0.1',
        'POLL_CRON=0 0 1 1 *',
        `SLACK_BOT_TOKEN=${SLACK_TOKEN}`,
        `SLACK_SIGNING_SECRET=${SIGNING_SECRET}`,
        'SLACK_ALERT_CHANNEL=C0DESK',
        `SLACK_API_URL=${slack.apiUrl}`,
        `DISCORD_TOKEN=${DISCORD_TOKEN}`,
        `DISCORD_APPLICATION_ID=${APP_ID}`,
        `DISCORD_PUBLIC_KEY=${publicKeyHex}`,
        'DISCORD_MODE=http',
        'DISCORD_ALERT_CHANNEL=2001',
        `DISCORD_API_URL=${discord.apiUrl}`,
        '',
      ].join('\n'),
    );

    const manifest = await runCli(['slack', 'manifest', '--url', 'https://bot.example.org/slack/events'], {
      cwd: dir,
    });
    expect(manifest.code).toBe(0);
    const deploy = await runCli(['discord', 'deploy'], { cwd: dir });
    expect(deploy.stdout).toContain('registered 8 commands globally');
    const doctor = await runCli(['doctor'], { cwd: dir });
    expect(doctor.stdout).toContain('all checks passed');
    expect(doctor.code).toBe(0);

    let stderr = '';
    bot = spawn(process.execPath, [join(repoRoot, 'bin/claimwatch.js'), 'run', '--backfill'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    bot.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => bot!.on('close', r));
    const base = `http://127.0.0.1:${port}`;
    await until('/healthz', () =>
      fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      ),
    );
    await until('alerts on Slack', () => slack.inChannel('C0DESK').length > 0);
    await until('alerts on Discord', () => discord.inChannel('2001').length > 0);

    // Slack: /claimwatch claims, signed as Slack signs it.
    const form = new URLSearchParams({
      team_id: 'T0NEWS',
      channel_id: 'C0DESK',
      user_id: 'U0REPORTER',
      command: '/claimwatch',
      text: 'claims',
      response_url: slack.responseUrl('e2e'),
      trigger_id: 't',
    }).toString();
    const ts = String(Math.floor(Date.now() / 1000));
    const slackRes = await fetch(`${base}/slack/events`, {
      method: 'POST',
      body: form,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': ts,
        'x-slack-signature': `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${form}`).digest('hex')}`,
      },
    });
    expect(slackRes.status).toBe(200);
    const answer = await until('the /claimwatch claims answer', () => slack.responses('e2e')[0]);
    expect(answer.body.text).toMatch(/claims in /);

    // Discord: /claims over the interactions endpoint, signed with the application's key.
    const interaction = JSON.stringify({
      type: 2,
      id: '1300000000000000001',
      application_id: APP_ID,
      token: 'e2e-token',
      data: { id: '1400000000000000001', name: 'claims', type: 1, options: [] },
      member: { user: { id: '1500000000000000001', username: 'reporter' } },
    });
    const dts = String(Math.floor(Date.now() / 1000));
    const discordRes = await fetch(`${base}/discord/interactions`, {
      method: 'POST',
      body: interaction,
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': sign(null, Buffer.from(dts + interaction), keys.privateKey).toString('hex'),
        'x-signature-timestamp': dts,
      },
    });
    expect(discordRes.status).toBe(200);
    await until('the /claims answer on Discord', () =>
      discord.requests.find(
        (r) =>
          r.path.includes('/webhooks/') && r.path.includes('e2e-token') && /claims in /.test(JSON.stringify(r.body)),
      ),
    );

    bot.kill('SIGTERM');
    expect(await exited).toBe(0);
    bot = null;
    const msgs = logLines(stderr).map((l) => l.msg);
    expect(msgs).toContain(`read 17 setting(s) from ${join(dir, '.env')}`);
    expect(msgs).toContain('sinks: console on (always); slack on (alerts to C0DESK); discord on (alerts to 2001)');
    expect(msgs).toContain('Slack: posting to #alerts as @claimwatch');
    expect(msgs).toContain('Discord: posting to #alerts as @claimwatch');
  });
});
