import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { analyzeArticle } from '../../src/core/analyze.js';
import { startOfLocalDay, weekBefore } from '../../src/core/digest/index.js';
import { recordArticle } from '../../src/app/pipeline.js';
import { chartForPayload, postDigest } from '../../src/app/digest.js';
import { CONSOLE_ROUTE } from '../../src/chat/routing.js';
import type { OutboxEntry, Route, Store } from '../../src/store/store.js';
import { fixtureArticle, storyClaims, tempStore, type TempStore } from './support.js';

/** Posting the digest: once per period and channel, across restarts; the chart travels with it. */

const TZ = 'Europe/Istanbul';
const WEEK = { since: startOfLocalDay('2025-10-20', TZ), until: startOfLocalDay('2025-10-27', TZ), tz: TZ };
const SLACK: Route = { sink: 'slack', channel: 'C-DESK' };
const DISCORD: Route = { sink: 'discord', channel: '1200' };

let db: TempStore;
beforeEach(async () => void (db = await tempStore()));
afterEach(async () => db.close());

/** Record a fixture article as analysed at `at` (the engine and the store's real recording path). */
async function recordAt(file: string, url: string, at: string): Promise<void> {
  const claimSet = await storyClaims();
  const a = fixtureArticle(file);
  const article = { url, title: a.title, text: a.body, published: at, source: 'Harbour Post' };
  const report = analyzeArticle(article, claimSet.compiled, await db.store.loadHistory(claimSet.file.story.id));
  await recordArticle(db.store, article, report, null, { routes: () => [], now: () => new Date(at) });
}

async function digestsQueued(store: Store): Promise<OutboxEntry[]> {
  return (await store.leaseOutbox('2030-01-01T00:00:00Z', 'test-reader', 1_000, 100)).filter(
    (e) => e.kind === 'digest',
  );
}

async function post(routes: Route[], period = WEEK) {
  return postDigest({
    store: db.store,
    claimSet: await storyClaims(),
    period,
    routes,
    now: () => new Date('2025-10-27T06:00:00Z'),
    chartDir: join(db.dir, 'charts'),
  });
}

describe('posting the weekly digest', () => {
  it('queues one digest per channel and nothing the second time for the same week', async () => {
    await recordAt('adviser-rules-out-return.txt', 'https://harbour.example/adviser', '2025-10-21T09:00:00Z');
    const first = await post([CONSOLE_ROUTE, SLACK, DISCORD]);
    expect(first.periodKey).toBe('2025-W43');
    expect(first.posted).toEqual([CONSOLE_ROUTE, SLACK, DISCORD]);
    const second = await post([CONSOLE_ROUTE, SLACK, DISCORD]);
    expect(second.posted).toEqual([]);
    expect(second.alreadyPosted).toEqual([CONSOLE_ROUTE, SLACK, DISCORD]);

    const queued = await digestsQueued(db.store);
    expect(queued.map((e) => `${e.sink}:${e.channel}`).sort()).toEqual([
      'console:console',
      'discord:1200',
      'slack:C-DESK',
    ]);
    const payload = queued[0]!.payload;
    expect(payload).toMatchObject({ type: 'digest', periodKey: '2025-W43' });
    if (payload.type !== 'digest') throw new Error('not a digest');
    expect(payload.text).toContain('Kemal Duransoy denies');
    expect(queued.every((e) => e.eventKey === '2025-W43')).toBe(true);
  });

  it('still posts once after a restart, and reaches a channel added since', async () => {
    await recordAt('adviser-rules-out-return.txt', 'https://harbour.example/adviser', '2025-10-21T09:00:00Z');
    await post([CONSOLE_ROUTE, SLACK]);
    await db.reopen();
    const again = await post([CONSOLE_ROUTE, SLACK, DISCORD]);
    expect(again.posted).toEqual([DISCORD]);
    expect(again.alreadyPosted).toEqual([CONSOLE_ROUTE, SLACK]);
    expect((await digestsQueued(db.store)).map((e) => e.sink).sort()).toEqual(['console', 'discord', 'slack']);
  });

  it('posts the scheduled week and the next week separately', async () => {
    await post([SLACK], weekBefore(new Date('2025-10-27T06:00:00Z'), TZ));
    const next = await post([SLACK], weekBefore(new Date('2025-11-03T06:00:00Z'), TZ));
    expect(next.periodKey).toBe('2025-W44');
    expect(next.posted).toEqual([SLACK]);
  });

  it('attaches the chart as a PNG file the platforms can upload', async () => {
    await recordAt('explainer-six-batteries.txt', 'https://harbour.example/explainer', '2025-10-22T09:00:00Z');
    const res = await post([SLACK]);
    expect(res.chartPath).toBe(join(db.dir, 'charts', 'digest-2025-W43.png'));
    const png = PNG.sync.read(readFileSync(res.chartPath!));
    expect([png.width, png.height]).toEqual([800, 400]);
    const [entry] = await digestsQueued(db.store);
    expect(entry?.payload).toMatchObject({ chartPath: res.chartPath });
  });

  it('draws the chart again from the queued digest when the file is not on this machine', async () => {
    await recordAt('explainer-six-batteries.txt', 'https://harbour.example/explainer', '2025-10-22T09:00:00Z');
    await post([SLACK]);
    const [entry] = await digestsQueued(db.store);
    if (entry?.payload.type !== 'digest') throw new Error('no digest queued');
    const png = await chartForPayload({ ...entry.payload, chartPath: join(db.dir, 'elsewhere.png') });
    expect(png && PNG.sync.read(png).width).toBe(800);
  });

  it('posts a quiet week as one line, without a chart', async () => {
    const res = await post([SLACK]);
    expect(res.model.empty).toBe(true);
    expect(res.chartPath).toBeNull();
    expect(existsSync(join(db.dir, 'charts'))).toBe(false);
    const [entry] = await digestsQueued(db.store);
    expect(entry?.payload).toMatchObject({ type: 'digest', chartPath: null });
    if (entry?.payload.type === 'digest') expect(entry.payload.text.split('\n')).toHaveLength(1);
  });
});
