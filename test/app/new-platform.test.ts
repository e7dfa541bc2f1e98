import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig, type Config } from '../../src/app/config.js';
import { platformReports } from '../../src/app/doctor.js';
import { formatCheck } from '../../src/app/doctor-checks.js';
import { main } from '../../src/cli.js';
import { createDelivery } from '../../src/chat/delivery.js';
import { feedbackRef, pressFeedback } from '../../src/chat/feedback.js';
import { off, ok } from '../../src/chat/doctor-check.js';
import { consolePlatform } from '../../src/chat/platforms/console/index.js';
import type { Platform } from '../../src/chat/platforms/index.js';
import type { Sink, SinkMessage } from '../../src/chat/sink.js';
import { postingKeys, sinksFromConfig } from '../../src/chat/sinks.js';
import { alertPayload, outboxEntry, silentLog, tempStore } from '../chat/fixtures.js';

/**
 * A platform is one folder and one line in the list: a made-up "pager" platform, given to the app as a list of its
 * own, gets its keys checked, its doctor line, its sink and its hint without any other file naming it.
 */

const pagerShape = {
  PAGER_TOKEN: z.string().min(8, 'expected the 8+ character pager token').optional(),
  PAGER_CHANNEL: z.string().optional(),
};
interface PagerConfig {
  PAGER_TOKEN?: string | undefined;
  PAGER_CHANNEL?: string | undefined;
}

function pagerPlatform(sent: SinkMessage[]): Platform<PagerConfig, typeof pagerShape> {
  return {
    name: 'pager',
    capabilities: { threads: false, buttons: false, commands: false },
    config: {
      shape: pagerShape,
      posting: 'PAGER_TOKEN',
      problems: (cfg) => (cfg.PAGER_TOKEN && !cfg.PAGER_CHANNEL ? ['PAGER_CHANNEL: required with PAGER_TOKEN'] : []),
    },
    channels: (cfg) => (cfg.PAGER_TOKEN && cfg.PAGER_CHANNEL ? { alert: cfg.PAGER_CHANNEL } : null),
    state: (cfg) => (cfg.PAGER_TOKEN ? { on: true, why: 'token set' } : { on: false, why: 'PAGER_TOKEN is not set' }),
    sink: async (cfg) => {
      if (!cfg.PAGER_TOKEN) return null;
      const sink: Sink = { name: 'pager', send: async (msg) => (sent.push(msg), { remoteId: `p${sent.length}` }) };
      return sink;
    },
    transport: async () => null,
    doctor: async (cfg) => ({
      checks: [cfg.PAGER_TOKEN ? ok('pager', `posting to ${cfg.PAGER_CHANNEL}`) : off('pager', 'no PAGER_TOKEN')],
      summary: null,
    }),
  };
}

const listWith = (pager: Platform<PagerConfig, typeof pagerShape>) =>
  [consolePlatform, pager] as unknown as ReadonlyArray<Platform<never>>;

describe('a new platform in a list of its own', () => {
  it('has its keys read, checked by name, and required together before it posts', () => {
    const list = listWith(pagerPlatform([]));
    const cfg = loadConfig({ PAGER_TOKEN: 'pager-secret', PAGER_CHANNEL: 'night-desk' }, { platforms: list });
    expect(cfg).toMatchObject({ PAGER_TOKEN: 'pager-secret', PAGER_CHANNEL: 'night-desk' });
    expect(() => loadConfig({ PAGER_TOKEN: 'short' }, { platforms: list })).toThrow(
      /PAGER_TOKEN: expected the 8\+ character pager token/,
    );
    expect(() => loadConfig({ PAGER_TOKEN: 'pager-secret' }, { platforms: list })).toThrow(
      /PAGER_CHANNEL: required with PAGER_TOKEN/,
    );
    // The registered list knows no pager: the key is not read there.
    expect(loadConfig({ PAGER_TOKEN: 'short' })).not.toHaveProperty('PAGER_TOKEN');
  });

  it('gets a doctor line, and Slack and Discord get none in its list', async () => {
    const list = listWith(pagerPlatform([])) as unknown as ReadonlyArray<Platform<Config>>;
    const on = { PAGER_TOKEN: 'pager-secret', PAGER_CHANNEL: 'night-desk' } as unknown as Config;
    const lines = (await platformReports(on, 1000, list)).flatMap((r) => r.checks.map(formatCheck));
    expect(lines).toEqual(['ok   pager: posting to night-desk']);
    const offLines = (await platformReports({} as Config, 1000, list)).flatMap((r) => r.checks.map(formatCheck));
    expect(offLines).toEqual(['off  pager: no PAGER_TOKEN']);
  });

  it('gets a sink that is handed its messages, and the hint names its token when it is switched off', async () => {
    const sent: SinkMessage[] = [];
    const list = listWith(pagerPlatform(sent)) as unknown as ReadonlyArray<Platform<PagerConfig>>;
    const out = { write: () => undefined };
    const sinks = await sinksFromConfig<PagerConfig>({ PAGER_TOKEN: 'pager-secret' }, { out, log: silentLog }, list);
    expect(sinks.map((s) => s.name)).toEqual(['console', 'pager']);
    await sinks[1]!.send({
      entry: outboxEntry(alertPayload(), { sink: 'pager', channel: 'night-desk' }),
      threadId: null,
    });
    expect(sent.map((m) => m.entry.channel)).toEqual(['night-desk']);

    const db = await tempStore();
    try {
      const at = new Date().toISOString();
      const payload = alertPayload();
      await db.store.enqueue([
        {
          ...{ kind: 'alert', sink: 'pager', channel: 'night-desk', eventKey: 'pager-event' },
          ...{ idempotencyKey: 'pager-1', payload, nextAttemptAt: at, createdAt: at },
        },
      ]);
      const worker = createDelivery({
        store: db.store,
        sinks: await sinksFromConfig<PagerConfig>({}, { out, log: silentLog }, list),
        log: silentLog,
        owner: 'test',
        maxAttempts: 1,
        unconfigured: postingKeys(list as unknown as ReadonlyArray<Platform<never>>),
      });
      expect((await worker.deliverDue()).dead).toBe(1);
      expect((await db.store.deadLetters(1))[0]?.lastError).toContain('set PAGER_TOKEN to deliver it');
    } finally {
      await db.cleanup();
    }
  });

  it('the registered list brings Slack’s and Discord’s setup commands to the command line', async () => {
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: () => undefined, env: {}, stdin: process.stdin };
    expect(await main(['discord', 'deploy', '--dry-run'], io)).toBe(0);
    expect(JSON.parse(out.join('')).map((c: { name: string }) => c.name)).toContain('claims');
    out.length = 0;
    expect(await main(['slack', 'manifest', '--socket', '--out', '-'], io)).toBe(0);
    expect(JSON.parse(out.join('')).settings.socket_mode_enabled).toBe(true);
  });
});

describe("a new platform's editors", () => {
  it('are read from its own key, and a press by anyone else is refused naming that key', async () => {
    const log = silentLog;
    const deps = {
      store: undefined as never,
      editors: { pager: ['P-EDITOR'] },
      editorKeys: { pager: 'PAGER_EDITOR_USER_IDS' },
      log,
    };
    const refused = await pressFeedback(deps, {
      platform: 'pager',
      userId: 'P-OTHER',
      ref: feedbackRef('confirm', 1),
    });
    expect(refused.recorded).toBe(false);
    expect(refused.text).toContain('PAGER_EDITOR_USER_IDS');
  });
});
