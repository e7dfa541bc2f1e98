import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEnvFile, withEnvFile } from '../../src/app/env-file.js';
import { describeSinks, sinkStates } from '../../src/app/sinks-report.js';
import { loadConfig } from '../../src/app/config.js';
import { FakeSlackApi } from '../fakes/slack-api.js';
import { serveFeed, startFeedServer, type FeedServer } from '../ingest/support/feed-server.js';
import { logLines, repoRoot, runCli } from './support/cli-process.js';

function dirWithEnv(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cw-env-'));
  writeFileSync(join(dir, '.env'), text);
  return dir;
}

describe('settings in a .env file', () => {
  it('are read from the working directory, quotes and comments as in .env.example', () => {
    const dir = dirWithEnv(
      '# Slack\nSLACK_BOT_TOKEN=xoxb-from-file\nPOLL_CRON=*/2 * * * *\nSLACK_ALERT_CHANNEL="C0DESK" # the desk\n',
    );
    const { env, file } = withEnvFile({ PATH: '/bin' }, dir);
    expect(env).toMatchObject({
      PATH: '/bin',
      SLACK_BOT_TOKEN: 'xoxb-from-file',
      POLL_CRON: '*/2 * * * *',
      SLACK_ALERT_CHANNEL: 'C0DESK',
    });
    expect(file?.applied.sort()).toEqual(['POLL_CRON', 'SLACK_ALERT_CHANNEL', 'SLACK_BOT_TOKEN']);
  });

  it('give way to a variable set in the real environment, and the log says so', () => {
    const dir = dirWithEnv('PORT=3000\nTZ=Europe/Istanbul\n');
    const { env, file } = withEnvFile({ PORT: '4000' }, dir);
    expect(env.PORT).toBe('4000');
    expect(env.TZ).toBe('Europe/Istanbul');
    expect(describeEnvFile(file, dir)).toBe(
      `read 1 setting(s) from ${join(dir, '.env')}; PORT set in the environment too, which wins`,
    );
  });

  it('are optional: without a .env the environment is used as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-env-'));
    const env = { TZ: 'UTC' };
    expect(withEnvFile(env, dir)).toEqual({ env, file: null });
    expect(describeEnvFile(null, dir)).toBe(`no .env in ${dir}: settings come from the environment only`);
  });

  it('stop start-up with a clear message when .env cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-env-'));
    mkdirSync(join(dir, '.env'));
    expect(() => withEnvFile({}, dir)).toThrow(/cannot read .*\.env: EISDIR/);
  });
});

describe('the start-up log names the sinks', () => {
  it('says which platforms post and why the others do not', () => {
    const cfg = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_ALERT_CHANNEL: 'C0DESK' });
    expect(describeSinks(sinkStates(cfg))).toBe(
      'sinks: console on (always); slack on (alerts to C0DESK); discord off (DISCORD_TOKEN is not set)',
    );
  });

  it('flags a platform whose channel is set but whose token is missing', () => {
    const states = sinkStates(loadConfig({ DISCORD_ALERT_CHANNEL: '2001' }));
    expect(states.find((s) => s.sink === 'discord')).toMatchObject({ on: false, suspicious: true });
  });
});

describe('the bot started with tokens in .env', () => {
  let slack: FakeSlackApi;
  let outlet: FeedServer;
  beforeEach(async () => {
    slack = await new FakeSlackApi().start();
    outlet = await startFeedServer({ '/feed.xml': serveFeed(readFileSync(join(repoRoot, 'demo/feed.xml'))) });
  });
  afterEach(async () => {
    await Promise.all([slack.close(), outlet.close()]);
  });

  function newsroom(): string {
    const dir = dirWithEnv(
      [
        'LOG_LEVEL=info',
        'SLACK_BOT_TOKEN=xoxb-from-dotenv',
        'SLACK_SIGNING_SECRET=from-dotenv',
        'SLACK_ALERT_CHANNEL=C0FROMFILE',
        `SLACK_API_URL=${slack.apiUrl}`,
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'feeds.opml'),
      `<opml version="2.0"><body><outline type="rss" xmlUrl="${outlet.url('/feed.xml')}"/></body></opml>\n`,
    );
    return dir;
  }

  it('posts its alerts to Slack, and a channel set in the real environment wins over .env', async () => {
    const dir = newsroom();
    const r = await runCli(['run', '--once', '--backfill'], {
      cwd: dir,
      env: {
        SLACK_ALERT_CHANNEL: 'C0DESK',
        FEEDS_FILE: join(dir, 'feeds.opml'),
        FEEDS_ALLOW_HOSTS: '127.0.0.1',
        DATABASE_URL: `file:${join(dir, 'bot.db')}`,
      },
    });
    expect(r.code).toBe(0);
    expect(slack.inChannel('C0DESK').length).toBeGreaterThan(0);
    expect(slack.inChannel('C0FROMFILE')).toEqual([]);
    const msgs = logLines(r.stderr).map((l) => l.msg);
    expect(msgs).toContain(
      `read 4 setting(s) from ${join(dir, '.env')}; SLACK_ALERT_CHANNEL set in the environment too, which wins`,
    );
    expect(msgs).toContain(
      'sinks: console on (always); slack on (alerts to C0DESK); discord off (DISCORD_TOKEN is not set)',
    );
    expect(msgs).toContain('Slack: posting to #alerts as @claimwatch');
  });

  it('keeps the demo’s fictional alerts off the newsroom’s channels', async () => {
    const r = await runCli(['run', '--demo', '--once'], { cwd: newsroom() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('NEW DENIAL');
    expect(slack.requests).toEqual([]);
  });
});
