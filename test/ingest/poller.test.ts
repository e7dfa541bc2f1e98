import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../../src/ingest/index.js';
import { fixture } from './support/fixtures.js';
import { longParagraphs, rss, type ItemSpec } from './support/feeds.js';
import { serveFeed } from './support/feed-server.js';
import { pollerHarness, type PollerHarness } from './support/poller-harness.js';

const MIN = 60_000;
let h: PollerHarness;
afterEach(async () => h?.close());

/** A full-text item (long enough that no article page is fetched). */
function story(n: number, overrides: Partial<ItemSpec> = {}): ItemSpec {
  return {
    title: `Story ${n}: officials comment on the systems`,
    link: `https://outlet.example/story-${n}`,
    guid: `outlet-${n}`,
    pubDate: new Date(Date.UTC(2025, 2, n, 8)).toUTCString(),
    content: longParagraphs(4, `story number ${n}`),
    ...overrides,
  };
}

async function feedByUrl(url: string) {
  return (await h.store.listFeeds()).find((f) => f.url === url);
}

describe('polling a new feed', () => {
  it('records the backlog of a new feed without announcing it, then announces what is new', async () => {
    h = await pollerHarness({ '/feed.xml': serveFeed(rss('Outlet', [story(1), story(2)]), { etag: '"v1"' }) });
    await h.store.addFeed(h.server.url('/feed.xml'));
    const poller = h.poller();

    const first = await poller.pollOnce();
    expect(first).toMatchObject({ feeds: 1, ok: 1, notModified: 0, failed: 0, newItems: 2 });
    expect(h.announced).toHaveLength(0);
    // Stored for the history, marked so the analysis sends nothing about them.
    expect((await h.store.unanalysedArticles(10)).map((a) => a.quiet)).toEqual([true, true]);
    expect((await feedByUrl(h.server.url('/feed.xml')))?.initialised).toBe(true);

    h.server.route('/feed.xml', serveFeed(rss('Outlet', [story(1), story(2), story(3)]), { etag: '"v2"' }));
    h.advance(5 * MIN);
    const second = await poller.pollOnce();
    expect(second).toMatchObject({ ok: 1, newItems: 1 });
    expect(h.announced).toHaveLength(1);
    expect(h.announced[0]?.article).toMatchObject({
      guid: 'outlet-3',
      title: 'Story 3: officials comment on the systems',
      source: 'Outlet',
    });
    expect(h.announced[0]?.article.text).toMatch(/^Paragraph 1: .*story number 3/);
    expect(h.announced[0]?.ctx.isBacklog).toBe(false);
  });

  it('announces the backlog too when run with --backfill', async () => {
    h = await pollerHarness({ '/feed.xml': serveFeed(rss('Outlet', [story(1), story(2)])) });
    await h.store.addFeed(h.server.url('/feed.xml'));
    await h.poller({ backfill: true }).pollOnce();
    expect(h.announced.map((a) => a.article.guid)).toEqual(['outlet-1', 'outlet-2']);
    expect(h.announced.every((a) => a.ctx.isBacklog)).toBe(true);
  });

  it("releases each feed's lease with the outcome it records, in the same write", async () => {
    h = await pollerHarness({
      '/ok.xml': serveFeed(rss('Outlet', [story(1)]), { etag: '"v1"' }),
      '/down.xml': (_req, res) => res.writeHead(500).end('down'),
    });
    await h.store.addFeed(h.server.url('/ok.xml'));
    await h.store.addFeed(h.server.url('/down.xml'));
    const { store, calls: writes } = h.recording(/^(recordFeed|releaseFeedLease)/);
    const poller = h.poller({ store });
    await poller.pollOnce();
    expect(writes.sort()).toEqual(['recordFeedFailure', 'recordFeedSuccess']);
    // Free for the next cycle, here or in another instance (unchanged: 304; the failing one after its backoff).
    h.advance(60 * MIN);
    expect(
      (await h.store.leaseDueFeeds(h.clock.now.toISOString(), 'another-instance', MIN, 10)).map((f) => f.url).sort(),
    ).toEqual([h.server.url('/down.xml'), h.server.url('/ok.xml')]);
  });

  it("stores a feed's items, new and known, with one call to the store, oldest first", async () => {
    h = await pollerHarness({ '/feed.xml': serveFeed(rss('Outlet', [story(2), story(1)]), { etag: '"v1"' }) });
    await h.store.addFeed(h.server.url('/feed.xml'));
    const { store, calls } = h.recording(/^(saveArticle|findArticle)/);
    const poller = h.poller({ store, backfill: true });
    await poller.pollOnce();
    h.server.route('/feed.xml', serveFeed(rss('Outlet', [story(4), story(3), story(2), story(1)]), { etag: '"v2"' }));
    h.advance(5 * MIN);
    expect(await poller.pollOnce()).toMatchObject({ newItems: 2 });
    expect(calls).toEqual(['saveArticles', 'saveArticles']);
    expect(h.announced.map((a) => a.article.guid)).toEqual(['outlet-1', 'outlet-2', 'outlet-3', 'outlet-4']);
    expect(h.announced.map((a) => a.article.id)).toEqual(
      [...h.announced.map((a) => a.article.id)].sort((x, y) => x - y),
    );
  });

  it('asks with the stored ETag next time and reads nothing when the feed is unchanged', async () => {
    h = await pollerHarness({ '/feed.xml': serveFeed(rss('Outlet', [story(1)]), { etag: '"v1"' }) });
    await h.store.addFeed(h.server.url('/feed.xml'));
    const poller = h.poller();
    await poller.pollOnce();
    h.advance(5 * MIN);
    const second = await poller.pollOnce();
    expect(second).toMatchObject({ feeds: 1, ok: 0, notModified: 1, newItems: 0 });
    expect(h.server.seen[1]?.headers['if-none-match']).toBe('"v1"');
    const feed = await feedByUrl(h.server.url('/feed.xml'));
    expect(feed).toMatchObject({ etag: '"v1"', failureCount: 0, lastOkAt: h.clock.now.toISOString() });
  });

  it('fetches the article page for a feed that only carries teasers', async () => {
    h = await pollerHarness({ '/envoy': serveFeed(fixture('article-page.html'), { contentType: 'text/html' }) });
    const teaser = {
      title: 'Envoy rules out returning the systems',
      guid: 'e1',
      description: 'The envoy spoke on Wednesday.',
    };
    h.server.route('/feed.xml', serveFeed(rss('Harbour Gazette', [])));
    await h.store.addFeed(h.server.url('/feed.xml'));
    const poller = h.poller();
    await poller.pollOnce();
    h.server.route('/feed.xml', serveFeed(rss('Harbour Gazette', [{ ...teaser, link: h.server.url('/envoy') }])));
    h.advance(5 * MIN);
    await poller.pollOnce();
    expect(h.announced[0]?.article.text).toContain('"There is no such plan, and there has been no such request,"');

    // The feed changes again (a full-text story added): the teaser is known, so its page is not read a second time.
    h.server.route(
      '/feed.xml',
      serveFeed(rss('Harbour Gazette', [story(1), { ...teaser, link: h.server.url('/envoy') }])),
    );
    h.advance(5 * MIN);
    expect(await poller.pollOnce()).toMatchObject({ ok: 1, newItems: 1 });
    expect(h.announced.map((a) => a.article.guid)).toEqual(['e1', 'outlet-1']);
    expect(h.server.seen.filter((r) => r.path === '/envoy')).toHaveLength(1);
  });
});

describe('feeds that fail', () => {
  it('backs off a failing feed and a malformed one while the healthy feed is still read', async () => {
    h = await pollerHarness({
      '/down.xml': (_req, res) => res.writeHead(500).end('maintenance'),
      '/ok.xml': serveFeed(rss('Healthy', [story(1)])),
      '/broken.xml': serveFeed(fixture('malformed.xml')),
    });
    for (const path of ['/down.xml', '/ok.xml', '/broken.xml']) await h.store.addFeed(h.server.url(path));
    const poller = h.poller();

    expect(await poller.pollOnce()).toMatchObject({ feeds: 3, ok: 1, failed: 2, newItems: 1 });
    const down = await feedByUrl(h.server.url('/down.xml'));
    expect(down).toMatchObject({
      failureCount: 1,
      initialised: false,
      nextPollAt: new Date(h.clock.now.getTime() + 5 * MIN).toISOString(),
    });
    expect(down?.lastError).toMatch(/http-500/);
    expect((await feedByUrl(h.server.url('/broken.xml')))?.lastError).toMatch(/FeedParseError\[malformed\]/);
    expect((await feedByUrl(h.server.url('/ok.xml')))?.failureCount).toBe(0);

    h.advance(1 * MIN);
    expect(await poller.pollOnce()).toMatchObject({ feeds: 1, ok: 1 });

    h.advance(5 * MIN);
    expect(await poller.pollOnce()).toMatchObject({ feeds: 3, failed: 2 });
    const again = await feedByUrl(h.server.url('/down.xml'));
    expect(again).toMatchObject({
      failureCount: 2,
      nextPollAt: new Date(h.clock.now.getTime() + 10 * MIN).toISOString(),
    });
  });

  it('resets the failure count once the feed recovers', async () => {
    h = await pollerHarness({ '/flaky.xml': (_req, res) => res.writeHead(503).end() });
    await h.store.addFeed(h.server.url('/flaky.xml'));
    const poller = h.poller();
    await poller.pollOnce();
    h.server.route('/flaky.xml', serveFeed(rss('Flaky', [story(1)])));
    h.advance(6 * MIN);
    expect(await poller.pollOnce()).toMatchObject({ ok: 1 });
    expect(await feedByUrl(h.server.url('/flaky.xml'))).toMatchObject({
      failureCount: 0,
      lastError: null,
      nextPollAt: null,
    });
  });

  it('keeps going when the article handler throws, and logs it against the feed', async () => {
    h = await pollerHarness({ '/feed.xml': serveFeed(rss('Outlet', [story(1), story(2)])) });
    await h.store.addFeed(h.server.url('/feed.xml'));
    const summary = await h
      .poller({ backfill: true, onArticle: async () => Promise.reject(new Error('engine down')) })
      .pollOnce();
    expect(summary).toMatchObject({ ok: 1, newItems: 2 });
    const errors = h.log.entries.filter((e) => e.level === 'error');
    expect(errors).toHaveLength(2);
    expect(errors[0]?.bindings).toMatchObject({ feed: h.server.url('/feed.xml') });
    expect(await h.store.unanalysedArticles(10)).toHaveLength(2);
  });
});

describe('recognising the same article twice', () => {
  it('stores one article when two feeds carry the same story with different tracking parameters', async () => {
    h = await pollerHarness({
      '/a.xml': serveFeed(
        rss('Feed A', [
          story(1, { guid: 'a-1', link: 'https://outlet.example/story-1?utm_source=feed-a&utm_medium=rss' }),
        ]),
      ),
      '/b.xml': serveFeed(
        rss('Feed B', [
          story(1, {
            guid: 'b-1',
            link: 'https://OUTLET.example/story-1/?fbclid=xyz#top',
            content: longParagraphs(5, 'a longer cut'),
          }),
        ]),
      ),
    });
    await h.store.addFeed(h.server.url('/a.xml'));
    await h.store.addFeed(h.server.url('/b.xml'));
    const summary = await h.poller({ backfill: true, concurrency: 1 }).pollOnce();
    expect(summary.newItems).toBe(1);
    expect(h.announced).toHaveLength(1);
    expect(h.announced[0]?.article.canonicalUrl).toBe('https://outlet.example/story-1');
  });

  it('stores one article when a syndicated copy has another address but the same words', async () => {
    const body = longParagraphs(4, 'the syndicated report');
    h = await pollerHarness({
      '/wire.xml': serveFeed(
        rss('Wire', [story(1, { guid: 'w-1', link: 'https://wire.example/a/1', content: body })]),
      ),
      '/paper.xml': serveFeed(
        rss('Paper', [
          story(1, { guid: 'p-9', link: 'https://paper.example/world/9', content: body.replace(/<p>/g, '<p>  ') }),
        ]),
      ),
    });
    await h.store.addFeed(h.server.url('/wire.xml'));
    await h.store.addFeed(h.server.url('/paper.xml'));
    expect((await h.poller({ backfill: true, concurrency: 1 }).pollOnce()).newItems).toBe(1);
  });

  it('does not store an item again when its GUID is known, even if its link changed', async () => {
    h = await pollerHarness({ '/feed.xml': serveFeed(rss('Outlet', [story(1)])) });
    await h.store.addFeed(h.server.url('/feed.xml'));
    const poller = h.poller();
    await poller.pollOnce();
    h.server.route(
      '/feed.xml',
      serveFeed(
        rss('Outlet', [
          story(1, { link: 'https://outlet.example/renamed', content: longParagraphs(6, 'an update') }),
        ]),
      ),
    );
    h.advance(5 * MIN);
    expect(await poller.pollOnce()).toMatchObject({ ok: 1, newItems: 0 });
    expect(h.announced).toHaveLength(0);
  });
});

describe('sharing the work', () => {
  it('polls no more feeds of one host at a time than the per-host limit', async () => {
    let inFlight = 0;
    let peak = 0;
    h = await pollerHarness();
    for (let k = 0; k < 6; k++) {
      h.server.route(`/f${k}.xml`, (_req, res) => {
        peak = Math.max(peak, ++inFlight);
        setTimeout(() => {
          inFlight--;
          res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(`F${k}`, []));
        }, 60);
      });
      await h.store.addFeed(h.server.url(`/f${k}.xml`));
    }
    expect(await h.poller({ concurrency: 8, perHost: 2 }).pollOnce()).toMatchObject({ feeds: 6, ok: 6 });
    expect(peak).toBe(2);
  });

  it('polls every due feed once per cycle, however many more feeds there are than lanes', async () => {
    h = await pollerHarness();
    for (let k = 0; k < 7; k++) {
      h.server.route(`/f${k}.xml`, serveFeed(rss(`F${k}`, [story(k + 1, { guid: `f${k}` })])));
      await h.store.addFeed(h.server.url(`/f${k}.xml`));
    }
    const poller = h.poller({ concurrency: 2 });
    expect(await poller.pollOnce()).toMatchObject({ feeds: 7, ok: 7, newItems: 7 });
    expect(h.server.seen.map((r) => r.path).sort()).toEqual(Array.from({ length: 7 }, (_, k) => `/f${k}.xml`).sort());
    h.advance(5 * MIN);
    expect(await poller.pollOnce()).toMatchObject({ feeds: 7, ok: 7, newItems: 0 });
  });

  it('two instances polling at the same moment share the feeds and poll each of them once', async () => {
    h = await pollerHarness();
    for (let k = 0; k < 12; k++) {
      h.server.route(`/f${k}.xml`, serveFeed(rss(`F${k}`, [])));
      await h.store.addFeed(h.server.url(`/f${k}.xml`));
    }
    const [a, b] = await Promise.all([
      h.poller({ owner: 'instance-a', concurrency: 3, perHost: 3 }).pollOnce(),
      h.poller({ owner: 'instance-b', concurrency: 3, perHost: 3 }).pollOnce(),
    ]);
    expect(a.feeds + b.feeds).toBe(12);
    expect(new Set(h.server.seen.map((r) => r.path)).size).toBe(12);
    expect(h.server.seen).toHaveLength(12);
  });

  it("two instances whose ticks fire seconds apart poll each feed once in the tick's cycle", async () => {
    h = await pollerHarness();
    for (let k = 0; k < 6; k++) {
      h.server.route(`/f${k}.xml`, serveFeed(rss(`F${k}`, [])));
      await h.store.addFeed(h.server.url(`/f${k}.xml`));
    }
    const tick = new Date(h.clock.now.getTime());
    h.advance(300);
    expect(await h.poller({ owner: 'instance-a' }).pollOnce({ startedAt: tick })).toMatchObject({ feeds: 6 });
    // The other instance's run of the same tick starts late (a busy machine): nothing is left for it.
    h.advance(4_000);
    expect(await h.poller({ owner: 'instance-b' }).pollOnce({ startedAt: tick })).toMatchObject({ feeds: 0 });
    expect(h.server.seen).toHaveLength(6);
    // Without the tick's time it would have polled them all again; the next tick does.
    h.advance(60_000);
    expect(
      await h.poller({ owner: 'instance-b' }).pollOnce({ startedAt: new Date(h.clock.now.getTime() - 100) }),
    ).toMatchObject({ feeds: 6 });
    expect(h.server.seen).toHaveLength(12);
  });

  it('leaves alone a feed another instance has leased', async () => {
    h = await pollerHarness({ '/feed.xml': serveFeed(rss('Outlet', [story(1)])) });
    await h.store.addFeed(h.server.url('/feed.xml'));
    await h.store.leaseDueFeeds(h.clock.now.toISOString(), 'other-instance', 10 * MIN, 10);
    expect(await h.poller().pollOnce()).toMatchObject({ feeds: 0 });
    expect(h.server.seen).toHaveLength(0);
  });

  it('joins a poll already running instead of starting a second one', async () => {
    h = await pollerHarness({ '/feed.xml': serveFeed(rss('Outlet', [story(1)])) });
    await h.store.addFeed(h.server.url('/feed.xml'));
    const poller = h.poller();
    const [a, b] = await Promise.all([poller.pollOnce(), poller.pollOnce()]);
    expect(a).toBe(b);
    expect(h.server.seen).toHaveLength(1);
  });
});

describe('backoff', () => {
  it('waits 5 minutes after the first failure, doubling up to 6 hours', () => {
    const none = () => 0;
    expect(backoffDelayMs(1, none)).toBe(5 * MIN);
    expect(backoffDelayMs(2, none)).toBe(10 * MIN);
    expect(backoffDelayMs(4, none)).toBe(40 * MIN);
    expect(backoffDelayMs(7, none)).toBe(320 * MIN);
    expect(backoffDelayMs(8, none)).toBe(6 * 60 * MIN);
    expect(backoffDelayMs(500, none)).toBe(6 * 60 * MIN);
  });

  it('adds up to a tenth of jitter so feeds that failed together do not retry together', () => {
    expect(backoffDelayMs(1, () => 0.5)).toBe(5.25 * MIN);
    expect(backoffDelayMs(1, () => 0.999)).toBeLessThan(5.5 * MIN);
    expect(backoffDelayMs(8, () => 0.999)).toBe(6 * 60 * MIN);
  });
});
