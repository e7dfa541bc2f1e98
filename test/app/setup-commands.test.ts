import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscordApi } from '../fakes/discord-api.js';
import { manifestProblems } from '../chat/slack-manifest-schema.js';
import { runCli } from './support/cli-process.js';

const APP_ID = '1100000000000000001';
const TOKEN = 'the-real-bot-token';

function workdir(env: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'cw-setup-'));
  if (env.length) writeFileSync(join(dir, '.env'), `${env.join('\n')}\n`);
  return dir;
}

/** No stack frames and no SDK internals on the operator's terminal. */
function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/requestBody|Authorization|"options":/i);
}

describe('claimwatch slack manifest', () => {
  it('writes a manifest Slack accepts, with one /claimwatch command sent to the Request URL', async () => {
    const dir = workdir();
    const r = await runCli(['slack', 'manifest', '--url', 'https://bot.example.org/slack/events'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('one /claimwatch command');
    const manifest = JSON.parse(readFileSync(join(dir, 'slack-manifest.json'), 'utf8'));
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest.features.slash_commands).toMatchObject([
      { command: '/claimwatch', url: 'https://bot.example.org/slack/events' },
    ]);
  });

  it('refuses a Request URL without a path in one message naming the fix', async () => {
    const r = await runCli(['slack', 'manifest', '--url', 'https://bot.example.org'], { cwd: workdir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has no path');
    expect(r.stderr).toContain('https://bot.example.org/slack/events');
    expectNoStack(r.stderr);
  });

  it('answers a mistyped flag with a message and a suggestion, not a stack trace', async () => {
    const r = await runCli(['slack', 'manifest', '--urll', 'https://bot.example.org/slack/events'], {
      cwd: workdir(),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--urll'");
    expect(r.stderr).toContain('Did you mean --url?');
    expectNoStack(r.stderr);
  });
});

describe('claimwatch discord deploy', () => {
  let discord: FakeDiscordApi;
  beforeEach(async () => {
    discord = await new FakeDiscordApi({ token: TOKEN }).start();
  });
  afterEach(async () => {
    await discord.close();
  });

  it('registers the commands with the token and application id from .env, without an alert channel', async () => {
    const dir = workdir([
      `DISCORD_TOKEN=${TOKEN}`,
      `DISCORD_APPLICATION_ID=${APP_ID}`,
      `DISCORD_API_URL=${discord.apiUrl}`,
    ]);
    const r = await runCli(['discord', 'deploy'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'registered 8 commands globally (new commands can take a while to show everywhere): /claims /claim /who ' +
        '/sources /digest /feeds /status /help\n',
    );
    expect(discord.commandDeploys).toHaveLength(1);
  });

  it('says in one line that the token was refused, without the request it sent', async () => {
    const dir = workdir([
      'DISCORD_TOKEN=a-wrong-token',
      `DISCORD_APPLICATION_ID=${APP_ID}`,
      `DISCORD_API_URL=${discord.apiUrl}`,
    ]);
    const r = await runCli(['discord', 'deploy'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'claimwatch: Discord refused DISCORD_TOKEN (401 Unauthorized)\n  → copy the bot token again: developer ' +
        'portal → your application → Bot → Reset Token\n',
    );
  });

  it('says when the application id belongs to another application', async () => {
    const dir = workdir([
      `DISCORD_TOKEN=${TOKEN}`,
      'DISCORD_APPLICATION_ID=1999999999999999999',
      `DISCORD_API_URL=${discord.apiUrl}`,
    ]);
    const r = await runCli(['discord', 'deploy'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("DISCORD_APPLICATION_ID 1999999999999999999 is not this bot's application");
    expectNoStack(r.stderr);
  });

  it('names the missing keys before contacting Discord', async () => {
    const r = await runCli(['discord', 'deploy'], { cwd: workdir([`DISCORD_API_URL=${discord.apiUrl}`]) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('discord deploy needs DISCORD_TOKEN and DISCORD_APPLICATION_ID');
    expect(discord.requests).toHaveLength(0);
  });
});

describe('claimwatch --version', () => {
  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const r = await runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });
});
