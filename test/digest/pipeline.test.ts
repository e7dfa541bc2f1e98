import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/app/pipeline.js';
import { gatherDigest } from '../../src/app/digest.js';
import { CONSOLE_ROUTE } from '../../src/chat/routing.js';
import { localDate, renderDigestText, startOfLocalDay } from '../../src/core/digest/index.js';
import { createPoller, fetchLimits } from '../../src/ingest/index.js';
import {
  fixtureArticle,
  localOutlet,
  rssFeed,
  silentLog,
  storyClaims,
  tempStore,
  type FeedItemSpec,
  type LocalOutlet,
  type TempStore,
} from './support.js';

/**
 * The digest over a store filled the way the bot fills it: a local outlet's feed polled by the real poller,
 * each new article through the real pipeline, with a clock the test moves day by day through one week
 * (Mon 20 – Sun 26 Oct 2025, Europe/Istanbul) and a day after it.
 */

const TZ = 'Europe/Istanbul';
let db: TempStore;
let outlet: LocalOutlet;
beforeEach(async () => {
  db = await tempStore();
  outlet = await localOutlet();
});
afterEach(async () => {
  await outlet.close();
  await db.close();
});

async function fillTheWeek() {
  const claimSet = await storyClaims();
  const clock = { now: new Date('2025-10-20T07:00:00Z') };
  const pipeline = createPipeline({
    store: db.store,
    claimSet,
    log: silentLog,
    routes: () => [CONSOLE_ROUTE],
    now: () => clock.now,
  });
  const poller = createPoller({
    store: db.store,
    log: silentLog,
    now: () => clock.now,
    owner: 'digest-test',
    concurrency: 2,
    perHost: 2,
    backfill: true,
    limits: fetchLimits({ allowHosts: ['127.0.0.1'], timeoutMs: 5_000 }),
    random: () => 0,
    onArticle: async (article) => void (await pipeline.processArticle(article)),
  });
  const items: FeedItemSpec[] = [];
  const publish = (file: string, slug: string, at: string) => {
    items.unshift({ article: fixtureArticle(file), link: outlet.url(`/news/${slug}`), guid: slug, published: at });
    outlet.serve('/feed.xml', rssFeed('Harbour Post', items));
  };
  const pollAt = async (iso: string) => {
    clock.now = new Date(iso);
    await poller.pollOnce();
  };
  outlet.serve('/down.xml', 503);
  await db.store.addFeed(outlet.url('/feed.xml'));
  await db.store.addFeed(outlet.url('/down.xml'));

  publish('adviser-rules-out-return.txt', 'adviser', '2025-10-20T06:30:00Z');
  await pollAt('2025-10-20T07:00:00Z'); // Mon 10:00 in Istanbul
  publish('explainer-six-batteries.txt', 'explainer', '2025-10-22T11:00:00Z');
  await pollAt('2025-10-22T12:00:00Z'); // Wed 15:00
  publish('harbour-regatta.txt', 'regatta', '2025-10-24T08:00:00Z');
  await pollAt('2025-10-24T09:00:00Z'); // Fri 12:00
  // After the week: one more article, which the week's digest must not count.
  items.unshift({
    article: {
      ...fixtureArticle('explainer-six-batteries.txt'),
      title: 'Explainer, updated: the S-400 purchase in numbers',
    },
    link: outlet.url('/news/explainer-2'),
    guid: 'explainer-2',
    published: '2025-10-28T08:00:00Z',
  });
  outlet.serve('/feed.xml', rssFeed('Harbour Post', items));
  await pollAt('2025-10-28T09:00:00Z');

  const week = { since: startOfLocalDay('2025-10-20', TZ), until: startOfLocalDay('2025-10-27', TZ), tz: TZ };
  return gatherDigest(db.store, claimSet, week);
}

describe('the weekly digest over what the bot read from its feeds', () => {
  it('counts the week day by day in the newsroom time zone, leaving out what came after it', async () => {
    const digest = await fillTheWeek();
    expect(digest.period.key).toBe('2025-W43');
    expect(digest.empty).toBe(false);
    expect(digest.days.map((d) => d.date)).toEqual([
      '2025-10-20',
      '2025-10-21',
      '2025-10-22',
      '2025-10-23',
      '2025-10-24',
      '2025-10-25',
      '2025-10-26',
    ]);
    const day = (date: string) => digest.days.find((d) => d.date === date)!;
    expect(day('2025-10-20').denials).toBeGreaterThanOrEqual(1);
    expect(day('2025-10-22').contradictions).toBe(1);
    for (const quiet of ['2025-10-21', '2025-10-23', '2025-10-24', '2025-10-25', '2025-10-26'])
      expect(day(quiet)).toMatchObject({ assertions: 0, denials: 0, contradictions: 0 });
    expect(digest.totals).toMatchObject({ articles: 3, relevant: 2, outlets: 1, contradictions: 1 });
    expect(digest.outlets).toEqual([{ outlet: 'Harbour Post', articles: 3 }]);
  });

  it('names the new denial, who made it and where it was published', async () => {
    const digest = await fillTheWeek();
    const denial = digest.denials.find((d) => d.claim === 'turkey-seeks-return');
    expect(denial).toMatchObject({
      claimText: 'Turkey is seeking or considering returning its S-400 systems to Russia.',
      actor: 'Kemal Duransoy',
      url: outlet.url('/news/adviser'),
      outlet: 'Harbour Post',
      sources: 1,
    });
    expect(localDate(denial!.at, TZ)).toBe('2025-10-20');
    // Every denial of the week came from the one article that carried them, none from the explainer or later.
    expect(digest.denials.every((d) => d.url === outlet.url('/news/adviser'))).toBe(true);
    expect(digest.actors.map((a) => a.actor)).toContain('Kemal Duransoy');
  });

  it('lays the disputed quantity beside the quantities already on record', async () => {
    const digest = await fillTheWeek();
    const quantity = digest.contradictions.find((c) => c.attribute === 'quantity');
    expect(quantity).toMatchObject({
      type: 'value',
      claim: 's400-quantity',
      url: outlet.url('/news/explainer'),
      outlet: 'Harbour Post',
    });
    const newSide = quantity!.sides.find((s) => s.isNew);
    expect(newSide).toMatchObject({
      label: 'six S-400 batteries',
      sources: [{ outlet: 'Harbour Post', where: outlet.url('/news/explainer') }],
    });
    expect(quantity!.sides.filter((s) => !s.isNew).map((s) => s.label)).toContain('four divisions');
  });

  it('lists the feed that failed during the week', async () => {
    const digest = await fillTheWeek();
    expect(digest.feedFailures.map((f) => f.url)).toEqual([outlet.url('/down.xml')]);
    expect(digest.feedFailures[0]!.failures).toBeGreaterThanOrEqual(1);
    expect(digest.feedFailures[0]!.lastError).toMatch(/503/);
  });

  it('reads as plain text with the denial, the figures and the outlet count', async () => {
    const text = renderDigestText(await fillTheWeek());
    expect(text).toContain('Mon 20 Oct 2025 – Sun 26 Oct 2025 (Europe/Istanbul)');
    expect(text).toMatch(/^New denials \(\d+\)$/m);
    expect(text).toContain(
      '• Kemal Duransoy denies: Turkey is seeking or considering returning its S-400 systems to Russia.',
    );
    expect(text).toMatch(/six S-400 batteries — Harbour Post.*← new/);
    expect(text).toContain('Harbour Post 3');
    expect(text).toContain(outlet.url('/down.xml'));
  });
});
