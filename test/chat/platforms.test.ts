import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../src/chat/platforms/index.js';
import { digestRoutes, routesFor } from '../../src/chat/routing.js';
import { sinksFromConfig } from '../../src/chat/sinks.js';
import { sinkStates } from '../../src/app/sinks-report.js';
import { alertDecision, silentLog } from './fixtures.js';

/** The platforms are one list: each one folder, and routing, sinks and the start-up report all follow the list. */

const everything = {
  SLACK_BOT_TOKEN: 'xoxb-test',
  SLACK_SIGNING_SECRET: 'secret',
  SLACK_ALERT_CHANNEL: 'C0DESK',
  SLACK_REVIEW_CHANNEL: 'C0REVIEW',
  DISCORD_TOKEN: 'token',
  DISCORD_ALERT_CHANNEL: '2001',
  DISCORD_DIGEST_CHANNEL: '2002',
  DISCORD_MODE: 'gateway' as const,
  DRY_RUN: false,
};

describe('the platform list', () => {
  it('names each platform once, each with a folder of its own under src/chat/platforms', () => {
    const names = PLATFORMS.map((p) => p.name);
    expect(names).toEqual(['console', 'slack', 'discord']);
    for (const name of names)
      expect(existsSync(new URL(`../../src/chat/platforms/${name}/index.ts`, import.meta.url))).toBe(true);
  });

  it('routes alerts, review items and the digest to every platform that is on, in the list’s order', () => {
    expect(routesFor(alertDecision(), everything)).toEqual([
      { sink: 'console', channel: 'console' },
      { sink: 'slack', channel: 'C0DESK' },
      { sink: 'discord', channel: '2001' },
    ]);
    expect(routesFor(alertDecision({ kind: 'new-claim' }), everything).map((r) => r.channel)).toEqual([
      'console',
      'C0REVIEW',
      '2001',
    ]);
    expect(digestRoutes(everything).map((r) => r.channel)).toEqual(['console', 'C0DESK', '2002']);
    expect(routesFor(alertDecision(), { SLACK_ALERT_CHANNEL: 'C0DESK' })).toEqual([
      { sink: 'console', channel: 'console' },
    ]);
  });

  it('makes one sink per platform that is on, and says for each why it is on or off', async () => {
    const out = { write: () => undefined };
    expect((await sinksFromConfig(everything, { out, log: silentLog })).map((s) => s.name)).toEqual([
      'console',
      'slack',
      'discord',
    ]);
    expect((await sinksFromConfig({ DRY_RUN: false }, { out, log: silentLog })).map((s) => s.name)).toEqual([
      'console',
    ]);
    expect(sinkStates({ ...everything, DISCORD_TOKEN: undefined }).map((s) => [s.sink, s.on])).toEqual([
      ['console', true],
      ['slack', true],
      ['discord', false],
    ]);
  });

  it('tells what each platform can do: threads and buttons on Slack and Discord, neither on the console', () => {
    expect(Object.fromEntries(PLATFORMS.map((p) => [p.name, p.capabilities]))).toEqual({
      console: { threads: false, buttons: false, commands: false },
      slack: { threads: true, buttons: true, commands: true },
      discord: { threads: true, buttons: true, commands: true },
    });
  });
});
