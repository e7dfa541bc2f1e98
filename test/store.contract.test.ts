import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyWithAnalysis, openStore, type NewOutboxEntry, type Store } from '../src/store/index.js';
import { aDenial, analysisOf, anArticle, aReport, metaOf, minutesAfter, STORY, T0 } from './store.fixtures.js';
import type { AlertFeedback } from '../src/store/store.js';

/**
 * One contract, every storage backend: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
 * Each test gets a fresh database (a new SQLite file, or a new PostgreSQL schema dropped afterwards).
 */

interface Backend {
  name: string;
  /** URL of a new, empty database for one test. */
  fresh(): string;
  /** Remove what `fresh` made. */
  dispose(url: string): Promise<void>;
}

const sqlite: Backend = {
  name: 'SQLite',
  fresh: () => `file:${join(mkdtempSync(join(tmpdir(), 'claimwatch-store-')), 'nested', 'claimwatch.db')}`,
  dispose: async (url) => rmSync(join(url.slice('file:'.length), '..', '..'), { recursive: true, force: true }),
};

function postgres(baseUrl: string): Backend {
  let n = 0;
  return {
    name: 'PostgreSQL',
    fresh: () => {
      const url = new URL(baseUrl);
      url.searchParams.set('schema', `claimwatch_test_${process.pid}_${Date.now()}_${n++}`);
      return url.toString();
    },
    dispose: async (url) => {
      const schema = new URL(url).searchParams.get('schema');
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

const PG_URL = process.env.TEST_DATABASE_URL;
const backends: Backend[] = [sqlite, ...(PG_URL ? [postgres(PG_URL)] : [])];
if (!PG_URL) {
  console.warn(
    'store contract: PostgreSQL skipped — set TEST_DATABASE_URL=postgres://… to run it against PostgreSQL too',
  );
  describe.skip('PostgreSQL store (set TEST_DATABASE_URL to run)', () => {
    it('keeps the same contract as SQLite', () => undefined);
  });
}

const FIVE_MINUTES = 5 * 60_000;

describe.each(backends.map((b) => [b.name, b] as const))('%s store', (_name, backend) => {
  let url: string;
  let store: Store;
  const opened: Store[] = [];
  const made: string[] = [];
  const freshUrl = () => {
    url = backend.fresh();
    made.push(url);
    return url;
  };
  const open = async () => {
    const s = await openStore(url, { now: () => T0 });
    opened.push(s);
    return s;
  };

  beforeEach(async () => {
    freshUrl();
    store = await open();
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    for (const u of made.splice(0)) await backend.dispose(u);
  });

  describe('migrations', () => {
    it('preparing the database again changes nothing and keeps what is stored', async () => {
      await store.addFeed('https://wire.example/feed.xml', 'Example Wire');
      await store.migrate();
      await store.migrate();
      expect((await store.listFeeds()).map((f) => f.url)).toEqual(['https://wire.example/feed.xml']);
    });

    it('instances starting together on a new database all come up and share it', async () => {
      freshUrl();
      const [a, ...others] = await Promise.all([open(), open(), open(), open()]);
      await a!.addFeed('https://wire.example/feed.xml');
      for (const b of others) expect((await b.listFeeds()).length).toBe(1);
    });
  });

  describe('feeds', () => {
    it('adding a feed twice keeps one feed with its first title', async () => {
      const first = await store.addFeed('https://wire.example/feed.xml', 'Example Wire');
      const again = await store.addFeed('https://wire.example/feed.xml', 'Another name');
      expect(again.id).toBe(first.id);
      expect(again.title).toBe('Example Wire');
      expect(first).toMatchObject({ failureCount: 0, initialised: false, nextPollAt: null, addedAt: T0 });
      expect(await store.listFeeds()).toHaveLength(1);
    });

    it('removing a feed says whether it was there', async () => {
      await store.addFeed('https://wire.example/feed.xml');
      expect(await store.removeFeed('https://wire.example/feed.xml')).toBe(true);
      expect(await store.removeFeed('https://wire.example/feed.xml')).toBe(false);
      expect(await store.listFeeds()).toEqual([]);
    });

    it('pollers leasing at the same moment never get the same feed', async () => {
      const pollers = [store, ...(await Promise.all([open(), open(), open()]))];
      for (let i = 0; i < 24; i++) await store.addFeed(`https://wire.example/feed-${i}.xml`);
      await Promise.all(pollers.map((p) => p.listFeeds())); // connected and ready, so the leases really overlap
      const leased = await Promise.all(pollers.map((p, i) => p.leaseDueFeeds(T0, `poller-${i}`, FIVE_MINUTES, 24)));
      const ids = leased.flat().map((f) => f.id);
      expect(ids).toHaveLength(24);
      expect(new Set(ids).size).toBe(24);
      expect(await store.leaseDueFeeds(minutesAfter(1), 'poller-late', FIVE_MINUTES, 100)).toEqual([]);
    });

    it('a feed leased by a poller that died is free again once the lease runs out', async () => {
      const feed = await store.addFeed('https://wire.example/feed.xml');
      expect((await store.leaseDueFeeds(T0, 'poller-a', FIVE_MINUTES, 10)).map((f) => f.id)).toEqual([feed.id]);
      expect(await store.leaseDueFeeds(minutesAfter(4), 'poller-b', FIVE_MINUTES, 10)).toEqual([]);
      expect((await store.leaseDueFeeds(minutesAfter(6), 'poller-b', FIVE_MINUTES, 10)).map((f) => f.id)).toEqual([
        feed.id,
      ]);
    });

    it('only the poller holding a lease can release it', async () => {
      const feed = await store.addFeed('https://wire.example/feed.xml');
      await store.leaseDueFeeds(T0, 'poller-a', FIVE_MINUTES, 10);
      await store.releaseFeedLease(feed.id, 'poller-b');
      expect(await store.leaseDueFeeds(minutesAfter(1), 'poller-b', FIVE_MINUTES, 10)).toEqual([]);
      await store.releaseFeedLease(feed.id, 'poller-a');
      expect(await store.leaseDueFeeds(minutesAfter(1), 'poller-b', FIVE_MINUTES, 10)).toHaveLength(1);
    });

    it('a poll cycle takes each due feed once: one polled since the cycle began waits for the next', async () => {
      const feeds = [];
      for (let i = 0; i < 3; i++) feeds.push(await store.addFeed(`https://wire.example/feed-${i}.xml`));
      const [first] = await store.leaseDueFeeds(T0, 'poller-a', FIVE_MINUTES, 1);
      await store.recordFeedSuccess(first!.id, {
        etag: null,
        lastModified: null,
        at: minutesAfter(1),
        nextPollAt: null,
      });
      await store.releaseFeedLease(first!.id, 'poller-a');
      // Still the cycle that began at T0: the others are due, the one just polled is not.
      const rest = await store.leaseDueFeeds(T0, 'poller-a', FIVE_MINUTES, 10);
      expect(rest.map((f) => f.id).sort()).toEqual(
        feeds
          .slice(1)
          .map((f) => f.id)
          .sort(),
      );
      for (const f of rest) {
        await store.recordFeedSuccess(f.id, {
          etag: null,
          lastModified: null,
          at: minutesAfter(2),
          nextPollAt: null,
        });
        await store.releaseFeedLease(f.id, 'poller-a');
      }
      expect(await store.leaseDueFeeds(T0, 'poller-b', FIVE_MINUTES, 10)).toEqual([]);
      // The next cycle takes all of them again, the least recently polled first.
      expect((await store.leaseDueFeeds(minutesAfter(5), 'poller-b', FIVE_MINUTES, 10)).map((f) => f.id)[0]).toBe(
        first!.id,
      );
    });

    it('a cycle begun earlier skips feeds polled since it began and leases for the full length from now', async () => {
      const a = await store.addFeed('https://wire.example/a.xml');
      const b = await store.addFeed('https://wire.example/b.xml');
      // Two instances share the tick at T0; the first polls feed a at minute 1.
      expect((await store.leaseDueFeeds(minutesAfter(1), 'poller-a', FIVE_MINUTES, 1, T0)).map((f) => f.id)).toEqual([
        a.id,
      ]);
      await store.recordFeedSuccess(a.id, {
        etag: null,
        lastModified: null,
        at: minutesAfter(1),
        nextPollAt: null,
        releaseLeaseOf: 'poller-a',
      });
      // The second starts the same cycle late, at minute 3: only b is left to it.
      expect((await store.leaseDueFeeds(minutesAfter(3), 'poller-b', FIVE_MINUTES, 10, T0)).map((f) => f.id)).toEqual(
        [b.id],
      );
      // Its lease runs from minute 3, not from the tick: at minute 7 b is still taken, a is due in the new cycle.
      expect((await store.leaseDueFeeds(minutesAfter(7), 'poller-c', FIVE_MINUTES, 10)).map((f) => f.id)).toEqual([
        a.id,
      ]);
    });

    it("recording a poll can release the poller's lease in the same write, and only that poller's", async () => {
      const feed = await store.addFeed('https://wire.example/feed.xml');
      await store.leaseDueFeeds(T0, 'poller-a', FIVE_MINUTES, 10);
      await store.recordFeedSuccess(feed.id, {
        etag: null,
        lastModified: null,
        at: minutesAfter(1),
        nextPollAt: null,
        releaseLeaseOf: 'poller-b',
      });
      expect(await store.leaseDueFeeds(minutesAfter(2), 'poller-c', FIVE_MINUTES, 10)).toEqual([]);
      await store.recordFeedFailure(feed.id, {
        error: 'HTTP 503',
        at: minutesAfter(2),
        nextPollAt: minutesAfter(3),
        releaseLeaseOf: 'poller-a',
      });
      expect((await store.leaseDueFeeds(minutesAfter(3), 'poller-c', FIVE_MINUTES, 10)).map((f) => f.id)).toEqual([
        feed.id,
      ]);
      await store.recordFeedSuccess(feed.id, {
        etag: '"v2"',
        lastModified: null,
        at: minutesAfter(4),
        nextPollAt: null,
        releaseLeaseOf: 'poller-c',
      });
      expect((await store.leaseDueFeeds(minutesAfter(5), 'poller-a', FIVE_MINUTES, 10)).map((f) => f.etag)).toEqual([
        '"v2"',
      ]);
    });

    it('a failing feed is counted, backs off, is logged for the digest and recovers after a good poll', async () => {
      const feed = await store.addFeed('https://wire.example/feed.xml');
      await store.recordFeedFailure(feed.id, {
        error: 'HTTP 503',
        at: minutesAfter(1),
        nextPollAt: minutesAfter(10),
      });
      await store.recordFeedFailure(feed.id, {
        error: 'timeout after 15s',
        at: minutesAfter(11),
        nextPollAt: minutesAfter(40),
      });
      const [failing] = await store.listFeeds();
      expect(failing).toMatchObject({
        failureCount: 2,
        lastError: 'timeout after 15s',
        lastPolledAt: minutesAfter(11),
        nextPollAt: minutesAfter(40),
        lastOkAt: null,
      });
      expect(await store.leaseDueFeeds(minutesAfter(30), 'poller-a', FIVE_MINUTES, 10)).toEqual([]);
      expect(await store.leaseDueFeeds(minutesAfter(40), 'poller-a', FIVE_MINUTES, 10)).toHaveLength(1);
      expect(await store.feedFailures({ since: T0, until: minutesAfter(60) })).toEqual([
        { url: feed.url, error: 'HTTP 503', at: minutesAfter(1) },
        { url: feed.url, error: 'timeout after 15s', at: minutesAfter(11) },
      ]);
      expect(await store.feedFailures({ since: minutesAfter(5), until: minutesAfter(60) })).toHaveLength(1);

      await store.recordFeedSuccess(feed.id, {
        etag: '"v2"',
        lastModified: 'Mon, 03 Mar 2025 09:40:00 GMT',
        title: 'Example Wire',
        at: minutesAfter(41),
        nextPollAt: null,
      });
      await store.markFeedInitialised(feed.id);
      const [healthy] = await store.listFeeds();
      expect(healthy).toMatchObject({
        failureCount: 0,
        lastError: null,
        etag: '"v2"',
        lastModified: 'Mon, 03 Mar 2025 09:40:00 GMT',
        title: 'Example Wire',
        lastOkAt: minutesAfter(41),
        nextPollAt: null,
        initialised: true,
      });
    });
  });

  describe('articles', () => {
    it('an item already seen in the same feed is recognised by its GUID, even under a new URL', async () => {
      const feed = await store.addFeed('https://wire.example/feed.xml');
      const other = await store.addFeed('https://other.example/feed.xml');
      const first = await store.saveArticle(anArticle(1, { feedId: feed.id }));
      const edited = anArticle(2, { feedId: feed.id, keys: { guid: 'wire-1' } });
      expect(await store.saveArticle(edited)).toEqual({ id: first.id, inserted: false });
      expect(await store.findArticle(edited.keys, feed.id)).toBe(first.id);
      // The same GUID in another feed is another outlet's item.
      expect((await store.saveArticle(anArticle(3, { feedId: other.id, keys: { guid: 'wire-1' } }))).inserted).toBe(
        true,
      );
    });

    it('an item is recognised by its canonical URL and by its content hash', async () => {
      const first = await store.saveArticle(anArticle(1));
      expect(first.inserted).toBe(true);
      const sameUrl = anArticle(2, { keys: { canonicalUrl: anArticle(1).keys.canonicalUrl } });
      const sameText = anArticle(3, { keys: { contentHash: 'hash-1' } });
      expect(await store.saveArticle(sameUrl)).toEqual({ id: first.id, inserted: false });
      expect(await store.saveArticle(sameText)).toEqual({ id: first.id, inserted: false });
      expect(await store.findArticle(anArticle(4).keys, null)).toBeNull();
    });

    it('instances storing the same item at the same moment store it once and all get its id', async () => {
      const savers = [store, ...(await Promise.all([open(), open(), open()]))];
      await Promise.all(savers.map((s) => s.listFeeds())); // connected and ready, so the inserts really overlap
      const saved = await Promise.all(savers.map((s) => s.saveArticle(anArticle(1))));
      expect(saved.filter((r) => r.inserted)).toHaveLength(1);
      expect(new Set(saved.map((r) => r.id)).size).toBe(1);
      expect(await store.unanalysedArticles(10)).toHaveLength(1);
    });

    it('a list of items is saved as each in turn would be: known ones found, new ones stored in order', async () => {
      const feed = await store.addFeed('https://wire.example/feed.xml');
      const first = await store.saveArticle(anArticle(1, { feedId: feed.id }));
      const second = await store.saveArticle(anArticle(2));
      const list = [
        anArticle(3, { feedId: feed.id }),
        anArticle(4, { feedId: feed.id, keys: { guid: 'wire-1' } }), // known by its GUID in this feed
        anArticle(5, { keys: { contentHash: 'hash-2' } }), // known by its words
        anArticle(6, { feedId: feed.id }),
      ];
      const saved = await store.saveArticles(list);
      expect(saved.map((s) => s.inserted)).toEqual([true, false, false, true]);
      expect(saved[1]?.id).toBe(first.id);
      expect(saved[2]?.id).toBe(second.id);
      expect(saved[0]!.id).toBeLessThan(saved[3]!.id);
      expect((await store.getArticle(saved[3]!.id))?.title).toBe(anArticle(6).title);
      expect(await store.saveArticles(list)).toEqual(saved.map((s) => ({ id: s.id, inserted: false })));
      expect(await store.saveArticles([])).toEqual([]);
    });

    it('an item listed twice in one list is stored once', async () => {
      const copy = anArticle(2, { keys: { canonicalUrl: anArticle(1).keys.canonicalUrl } });
      const saved = await store.saveArticles([anArticle(1), copy, anArticle(3)]);
      expect(saved.map((s) => s.inserted)).toEqual([true, false, true]);
      expect(saved[1]?.id).toBe(saved[0]?.id);
    });

    it('instances saving overlapping lists at the same moment store each item once and agree on its id', async () => {
      const savers = [store, ...(await Promise.all([open(), open(), open()]))];
      await Promise.all(savers.map((s) => s.listFeeds())); // connected and ready, so the inserts really overlap
      const lists = savers.map((_, i) => Array.from({ length: 8 }, (_, j) => anArticle(1 + ((i * 3 + j) % 12))));
      const saved = await Promise.all(savers.map((s, i) => s.saveArticles(lists[i]!)));
      const idOf = new Map<string, Set<number>>();
      saved.forEach((results, i) =>
        results.forEach((r, j) => idOf.set(lists[i]![j]!.url, (idOf.get(lists[i]![j]!.url) ?? new Set()).add(r.id))),
      );
      expect([...idOf.values()].every((ids) => ids.size === 1)).toBe(true);
      expect(saved.flat().filter((r) => r.inserted)).toHaveLength(idOf.size);
      expect(await store.unanalysedArticles(100)).toHaveLength(idOf.size);
    });

    it('articles saved but not analysed (a crash in between) are found again, with everything stored', async () => {
      const a = anArticle(1);
      const { id } = await store.saveArticle(a);
      await store.saveArticle(anArticle(2));
      expect((await store.unanalysedArticles(10)).map((r) => r.id)).toHaveLength(2);
      expect(await store.getArticle(id)).toEqual({
        id,
        feedId: null,
        url: a.url,
        canonicalUrl: a.keys.canonicalUrl,
        guid: 'wire-1',
        contentHash: 'hash-1',
        title: a.title,
        source: 'Example Wire',
        published: a.published,
        text: a.text,
        fetchedAt: T0,
        analysedAt: null,
        relevant: null,
        quiet: false,
      });
      expect(await store.getArticle(id + 1000)).toBeNull();
    });

    it("keeps a new feed's backlog marked quiet through the analysis queue", async () => {
      const { id } = await store.saveArticle({ ...anArticle(3), quiet: true });
      expect((await store.getArticle(id))?.quiet).toBe(true);
      expect((await store.leaseUnanalysed(T0, 'analyser', FIVE_MINUTES, 10)).find((r) => r.id === id)?.quiet).toBe(
        true,
      );
    });
  });

  describe('analysis', () => {
    it('instances leasing stored articles at the same moment never get the same one, oldest first', async () => {
      const analysers = [store, ...(await Promise.all([open(), open(), open()]))];
      for (let i = 1; i <= 20; i++) await store.saveArticle(anArticle(i));
      await Promise.all(analysers.map((a) => a.listFeeds())); // connected and ready, so the leases really overlap
      const leased = await Promise.all(
        analysers.map((a, i) => a.leaseUnanalysed(T0, `analyser-${i}`, FIVE_MINUTES, 6)),
      );
      const ids = leased.flat().map((r) => r.id);
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
      for (const batch of leased)
        expect(batch.map((r) => r.id)).toEqual([...batch.map((r) => r.id)].sort((x, y) => x - y));
      expect(leased.flat().find((r) => r.guid === 'wire-1')).toMatchObject({
        title: anArticle(1).title,
        text: anArticle(1).text,
        analysedAt: null,
      });
      expect(await store.leaseUnanalysed(minutesAfter(1), 'analyser-late', FIVE_MINUTES, 100)).toEqual([]);
    });

    it('an article leased by a dead instance is free once the lease runs out; an analysed one never is', async () => {
      const a = anArticle(1);
      const { id } = await store.saveArticle(a);
      await store.saveArticle(anArticle(2));
      expect((await store.leaseUnanalysed(T0, 'analyser-a', FIVE_MINUTES, 10)).map((r) => r.id)).toEqual([
        id,
        id + 1,
      ]);
      expect(await store.leaseUnanalysed(minutesAfter(4), 'analyser-b', FIVE_MINUTES, 10)).toEqual([]);
      await store.recordAnalysis(analysisOf(id, a, aReport(a, [aDenial()])));
      expect((await store.leaseUnanalysed(minutesAfter(6), 'analyser-b', FIVE_MINUTES, 10)).map((r) => r.id)).toEqual(
        [id + 1],
      );
      expect((await store.unanalysedArticles(10)).map((r) => r.id)).toEqual([id + 1]);
    });

    it('recording an analysis stores a new alert once, one message per desk, nothing the second time', async () => {
      const a = anArticle(1);
      const { id } = await store.saveArticle(a);
      const input = analysisOf(id, a, aReport(a, [aDenial()]));
      expect(await store.recordAnalysis(input)).toEqual({ alerts: 1, outbox: 2 });
      expect(await store.recordAnalysis(input)).toEqual({ alerts: 0, outbox: 0 });

      expect(await store.events({})).toMatchObject([
        { eventKey: aDenial().eventKey, kind: 'denial', actor: 'Deniz Kaya', firstArticleUrl: a.url, sources: 1 },
      ]);
      expect(await store.positions({})).toHaveLength(2);
      expect(await store.values({})).toHaveLength(1);
      const messages = await store.leaseOutbox(minutesAfter(5), 'deliverer', FIVE_MINUTES, 10);
      expect(messages.map((m) => [m.kind, m.sink, m.channel])).toEqual([
        ['alert', 'slack', 'C-DEFENCE'],
        ['alert', 'discord', '99001'],
      ]);
      expect(messages[0]?.payload).toEqual({ type: 'alert', alert: aDenial(), article: metaOf(a), story: STORY });
      expect(messages[0]?.idempotencyKey).toBe(`alert:slack:C-DEFENCE:${aDenial().eventKey}:${a.url}`);
      expect(await store.getArticle(id)).toMatchObject({ analysedAt: minutesAfter(5), relevant: true });
      expect(await store.unanalysedArticles(10)).toEqual([]);
    });

    it('the history the engine reads holds learned positions, values and alerted events for the story', async () => {
      const a = anArticle(1, { published: '2025-03-02T08:30:00+03:00' });
      const { id } = await store.saveArticle(a);
      await store.recordAnalysis(analysisOf(id, a, aReport(a, [aDenial()])));
      const history = await store.loadHistory(STORY);
      const source = { outlet: 'Example Wire', where: a.url, date: '2025-03-02', title: a.title };
      expect(history.positions).toEqual([
        {
          claim: 's400-return',
          actor: 'Deniz Kaya',
          stance: 'denies',
          evidence: '"No such transfer is on the table," said Deniz Kaya.',
          source,
        },
        // No named speaker: the outlet itself holds the position.
        {
          claim: 's400-return',
          actor: 'Example Wire',
          stance: 'reports',
          evidence: 'Reports say the batteries could be shipped back.',
          source,
        },
      ]);
      expect(history.values).toEqual([
        {
          attribute: 'quantity',
          claim: 's400-quantity',
          value: 'four batteries',
          normalised: { kind: 'count', count: 4, unit: 'battery' },
          source,
        },
      ]);
      expect([...history.alertedEvents]).toEqual([aDenial().eventKey]);
      expect((await store.loadHistory('another-story')).positions).toEqual([]);
    });

    it('the history a worker carries through a batch is what the store reads back after recording', async () => {
      const [a, b] = [anArticle(1), anArticle(2, { source: 'Partner Daily' })];
      const [ida, idb] = [(await store.saveArticle(a)).id, (await store.saveArticle(b)).id];
      const other = aDenial({ eventKey: 'denial:s400-return:mert-aydin', actor: 'Mert Aydin' });
      const inputs = [
        analysisOf(ida, a, aReport(a, [aDenial()])),
        analysisOf(idb, b, aReport(b, [other]), { at: minutesAfter(6) }),
      ];
      let carried = await store.loadHistory(STORY);
      for (const input of inputs) {
        await store.recordAnalysis(input);
        carried = historyWithAnalysis(carried, STORY, input);
      }
      const stored = await store.loadHistory(STORY);
      expect(carried.positions).toEqual(stored.positions);
      expect(carried.values).toEqual(stored.values);
      expect([...carried.alertedEvents].sort()).toEqual([...stored.alertedEvents].sort());
      expect(historyWithAnalysis(carried, 'another-story', inputs[0]!)).toBe(carried);
    });

    (backend.name === 'PostgreSQL' ? it : it.skip)(
      'a history read again holds what a slower transaction committed since, though it took its row ids earlier',
      async () => {
        const a = anArticle(1);
        await store.recordAnalysis(analysisOf((await store.saveArticle(a)).id, a, aReport(a, [aDenial()])));
        const reader = await open(); // another instance, reading the history before each batch
        expect((await reader.loadHistory(STORY)).positions).toHaveLength(2);

        const slow = new pg.Client({ connectionString: PG_URL });
        await slow.connect();
        try {
          await slow.query(`SET search_path TO "${new URL(url).searchParams.get('schema')}"`);
          await slow.query('BEGIN');
          await slow.query(
            `INSERT INTO learned_positions (story, claim, actor, stance, evidence, source_outlet, source_where, at)
          VALUES ($1, 's400-return', 'Slow Writer', 'denies', 'Said late.', 'Example Wire',
                  'https://wire.example/slow', $2)`,
            [STORY, minutesAfter(6)],
          );
          const b = anArticle(2);
          await store.recordAnalysis(analysisOf((await store.saveArticle(b)).id, b, aReport(b, [])));
          expect((await reader.loadHistory(STORY)).positions.map((p) => p.actor)).toEqual([
            'Deniz Kaya',
            'Example Wire',
            'Deniz Kaya',
            'Example Wire',
          ]);
          await slow.query('COMMIT');
        } finally {
          await slow.end();
        }
        const after = await reader.loadHistory(STORY);
        expect(after.positions.map((p) => p.actor)).toEqual([
          'Deniz Kaya',
          'Example Wire',
          'Deniz Kaya',
          'Example Wire',
          'Slow Writer',
        ]);
        expect(after).toEqual(await (await open()).loadHistory(STORY));
        expect(await reader.loadHistory(STORY)).toBe(after); // nothing new: the same history
      },
    );

    it("a batch of analyses is recorded as each in turn would be, messages in the batch's order", async () => {
      const arts = [anArticle(1), anArticle(2), anArticle(3)];
      const ids: number[] = [];
      for (const a of arts) ids.push((await store.saveArticle(a)).id);
      // Already analysed: adds nothing.
      await store.recordAnalysis(analysisOf(ids[1]!, arts[1]!, aReport(arts[1]!, [])));
      const denial = (n: number) => aDenial({ eventKey: `denial:s400-return:person-${n}`, actor: `Person ${n}` });
      const results = await store.recordAnalyses(arts.map((a, i) => analysisOf(ids[i]!, a, aReport(a, [denial(i)]))));
      expect(results).toEqual([
        { alerts: 1, outbox: 2 },
        { alerts: 0, outbox: 0 },
        { alerts: 1, outbox: 2 },
      ]);
      const sent = await store.leaseOutbox(minutesAfter(5), 'deliverer', FIVE_MINUTES, 10);
      expect(sent.map((m) => `${m.eventKey}:${m.sink}`)).toEqual([
        `${denial(0).eventKey}:slack`,
        `${denial(0).eventKey}:discord`,
        `${denial(2).eventKey}:slack`,
        `${denial(2).eventKey}:discord`,
      ]);
      expect(await store.unanalysedArticles(10)).toEqual([]);
      expect(await store.recordAnalyses([])).toEqual([]);
    });

    it("a batch where a later article repeats an earlier one's event records the copy as another source", async () => {
      const [a, b] = [anArticle(1), anArticle(2, { source: 'Partner Daily' })];
      const [ida, idb] = [(await store.saveArticle(a)).id, (await store.saveArticle(b)).id];
      const results = await store.recordAnalyses([
        analysisOf(ida, a, aReport(a, [aDenial()])),
        analysisOf(idb, b, aReport(b, []), { repeats: [aDenial()] }),
      ]);
      expect(results).toEqual([
        { alerts: 1, outbox: 2 },
        { alerts: 0, outbox: 2 },
      ]);
      expect((await store.events({})).map((e) => e.sources)).toEqual([2]);
      const kinds = (await store.leaseOutbox(minutesAfter(5), 'deliverer', FIVE_MINUTES, 10)).map((m) => m.kind);
      expect(kinds).toEqual(['alert', 'alert', 'source', 'source']);
    });

    it('a batch naming an article that was never stored records the others and says which', async () => {
      const a = anArticle(1);
      const { id } = await store.saveArticle(a);
      await expect(
        store.recordAnalyses([
          analysisOf(id, a, aReport(a, [aDenial()])),
          analysisOf(4242, anArticle(2), aReport(anArticle(2), [])),
        ]),
      ).rejects.toMatchObject({ code: 'unknown-article', message: expect.stringContaining('4242') });
      expect(await store.unanalysedArticles(10)).toEqual([]);
      expect((await store.events({})).map((e) => e.eventKey)).toEqual([aDenial().eventKey]);
    });

    it('instances recording overlapping batches at the same moment record each article once', async () => {
      const recorders = [store, ...(await Promise.all([open(), open()]))];
      const arts = Array.from({ length: 6 }, (_, i) => anArticle(i + 1));
      const ids: number[] = [];
      for (const a of arts) ids.push((await store.saveArticle(a)).id);
      await Promise.all(recorders.map((r) => r.listFeeds())); // connected and ready, so the recordings really overlap
      const input = (i: number) =>
        analysisOf(
          ids[i]!,
          arts[i]!,
          aReport(arts[i]!, [aDenial({ eventKey: `denial:s400-return:person-${i}`, actor: `Person ${i}` })]),
        );
      const batches = [
        [0, 1, 2, 3],
        [3, 2, 4, 5],
        [5, 0, 1],
      ];
      const results = await Promise.all(recorders.map((r, k) => r.recordAnalyses(batches[k]!.map(input))));
      expect(results.flat().reduce((n, r) => n + r.alerts, 0)).toBe(6);
      expect(await store.outboxStats()).toMatchObject({ pending: 12 });
      expect(await store.positions({})).toHaveLength(12);
    });

    it('a syndicated copy of an alerted denial is another source with a quiet follow-up, no new alert', async () => {
      const original = anArticle(1);
      const copy = anArticle(2, { source: 'Partner Daily' });
      const third = anArticle(3, { source: 'Regional Post' });
      const ids = await Promise.all([original, copy, third].map((a) => store.saveArticle(a)));
      await store.recordAnalysis(analysisOf(ids[0]!.id, original, aReport(original, [aDenial()])));
      // The engine did not know yet: it reports the same event as an alert.
      expect(await store.recordAnalysis(analysisOf(ids[1]!.id, copy, aReport(copy, [aDenial()])))).toEqual({
        alerts: 0,
        outbox: 2,
      });
      // The engine knew: it hands the event over as a repeat.
      expect(
        await store.recordAnalysis(analysisOf(ids[2]!.id, third, aReport(third, []), { repeats: [aDenial()] })),
      ).toEqual({ alerts: 0, outbox: 2 });

      const events = await store.events({});
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ sources: 3, firstArticleUrl: original.url });
      const kinds = (await store.leaseOutbox(minutesAfter(5), 'deliverer', FIVE_MINUTES, 10)).map(
        (m) => `${m.kind}:${m.payload.type}`,
      );
      expect(kinds).toEqual([
        'alert:alert',
        'alert:alert',
        'source:source',
        'source:source',
        'source:source',
        'source:source',
      ]);
    });

    it('an alert and a repeat of one event in one article, and an event named twice, are recorded once', async () => {
      const a = anArticle(1);
      const { id } = await store.saveArticle(a);
      const other = aDenial({ eventKey: 'denial:s400-return:mert-aydin', actor: 'Mert Aydin' });
      const result = await store.recordAnalysis(
        analysisOf(id, a, aReport(a, [aDenial(), other, aDenial()]), { repeats: [aDenial(), other] }),
      );
      expect(result).toEqual({ alerts: 2, outbox: 2 });
      expect((await store.events({})).map((e) => [e.eventKey, e.sources])).toEqual([
        [aDenial().eventKey, 1],
        [other.eventKey, 1],
      ]);
      const sent = await store.leaseOutbox(minutesAfter(5), 'deliverer', FIVE_MINUTES, 10);
      expect(sent.map((m) => `${m.kind}:${m.eventKey}:${m.sink}`)).toEqual([
        `alert:${aDenial().eventKey}:slack`,
        `alert:${aDenial().eventKey}:discord`,
      ]);
    });

    it('two denials in one article are one message per desk carrying both; a contradiction is another', async () => {
      const a = anArticle(1);
      const { id } = await store.saveArticle(a);
      const other = aDenial({ eventKey: 'denial:s400-return:mert-aydin', actor: 'Mert Aydin' });
      const odd = aDenial({
        kind: 'contradiction',
        eventKey: 'conflict:s400-return:mert-aydin',
        actor: 'Mert Aydin',
      });
      const roles = { 'Deniz Kaya': 'Ministry spokesperson' };
      expect(await store.recordAnalysis(analysisOf(id, a, aReport(a, [aDenial(), odd, other]), { roles }))).toEqual({
        alerts: 3,
        outbox: 4,
      });
      const sent = await store.leaseOutbox(minutesAfter(5), 'deliverer', FIVE_MINUTES, 10);
      expect(sent.map((m) => `${m.kind}:${m.eventKey}:${m.sink}`)).toEqual([
        `alert:${aDenial().eventKey}:slack`,
        `alert:${aDenial().eventKey}:discord`,
        `alert:${odd.eventKey}:slack`,
        `alert:${odd.eventKey}:discord`,
      ]);
      const denials = sent[0]!.payload;
      expect(denials.type === 'alert' && denials.alerts?.map((x) => x.actor)).toEqual(['Deniz Kaya', 'Mert Aydin']);
      expect(denials.type === 'alert' && denials.roles).toEqual(roles);
    });

    it('a copy of an article with two denials sends one quiet source per desk, not one per denial', async () => {
      const [a, b] = [anArticle(1), anArticle(2)];
      const [ida, idb] = [(await store.saveArticle(a)).id, (await store.saveArticle(b)).id];
      const other = aDenial({ eventKey: 'denial:s400-return:mert-aydin', actor: 'Mert Aydin' });
      await store.recordAnalysis(analysisOf(ida, a, aReport(a, [aDenial(), other])));
      await store.leaseOutbox(minutesAfter(5), 'deliverer', FIVE_MINUTES, 10); // the first article's messages
      expect(await store.recordAnalysis(analysisOf(idb, b, aReport(b, []), { repeats: [aDenial(), other] }))).toEqual(
        {
          alerts: 0,
          outbox: 2,
        },
      );
      const sent = await store.leaseOutbox(minutesAfter(5), 'deliverer-2', FIVE_MINUTES, 10);
      expect(sent.map((m) => `${m.kind}:${m.sink}`)).toEqual(['source:slack', 'source:discord']);
      expect((await store.events({})).map((e) => e.sources)).toEqual([2, 2]);
    });

    it('a known event and a new one of the same kind in one article: one alert, no quiet source', async () => {
      const [a, b] = [anArticle(1), anArticle(2)];
      const [ida, idb] = [(await store.saveArticle(a)).id, (await store.saveArticle(b)).id];
      await store.recordAnalysis(analysisOf(ida, a, aReport(a, [aDenial()])));
      await store.leaseOutbox(minutesAfter(5), 'deliverer', FIVE_MINUTES, 10); // the first article's messages
      const other = aDenial({ eventKey: 'denial:s400-return:mert-aydin', actor: 'Mert Aydin' });
      expect(await store.recordAnalysis(analysisOf(idb, b, aReport(b, [aDenial(), other])))).toEqual({
        alerts: 1,
        outbox: 2,
      });
      const sent = await store.leaseOutbox(minutesAfter(5), 'deliverer-2', FIVE_MINUTES, 10);
      expect(sent.map((m) => m.kind)).toEqual(['alert', 'alert']);
      expect((await store.events({})).map((e) => e.sources)).toEqual([2, 1]);
    });

    it('a known event of one kind, a new one of another: a quiet source for one, an alert for the other', async () => {
      const [a, b] = [anArticle(1), anArticle(2)];
      const [ida, idb] = [(await store.saveArticle(a)).id, (await store.saveArticle(b)).id];
      await store.recordAnalysis(analysisOf(ida, a, aReport(a, [aDenial()])));
      await store.leaseOutbox(minutesAfter(5), 'deliverer', FIVE_MINUTES, 10); // the first article's messages
      const odd = aDenial({
        kind: 'contradiction',
        eventKey: 'conflict:s400-return:mert-aydin',
        actor: 'Mert Aydin',
      });
      expect(await store.recordAnalysis(analysisOf(idb, b, aReport(b, [aDenial(), odd])))).toEqual({
        alerts: 1,
        outbox: 4,
      });
      const sent = await store.leaseOutbox(minutesAfter(5), 'deliverer-2', FIVE_MINUTES, 10);
      expect(sent.map((m) => `${m.kind}:${m.eventKey}`).sort()).toEqual(
        [
          `source:${aDenial().eventKey}`,
          `source:${aDenial().eventKey}`,
          `alert:${odd.eventKey}`,
          `alert:${odd.eventKey}`,
        ].sort(),
      );
    });

    it('instances recording the same article at the same moment record it once', async () => {
      const recorders = [store, ...(await Promise.all([open(), open(), open()]))];
      const a = anArticle(1);
      const { id } = await store.saveArticle(a);
      await Promise.all(recorders.map((r) => r.listFeeds())); // connected and ready, so the recordings really overlap
      const results = await Promise.all(
        recorders.map((r) => r.recordAnalysis(analysisOf(id, a, aReport(a, [aDenial()])))),
      );
      expect(results.filter((r) => r.alerts > 0)).toEqual([{ alerts: 1, outbox: 2 }]);
      expect(await store.positions({})).toHaveLength(2);
      expect(await store.outboxStats()).toMatchObject({ pending: 2 });
    });

    it('recording an article that was never stored fails and records nothing', async () => {
      const a = anArticle(1);
      await expect(store.recordAnalysis(analysisOf(4242, a, aReport(a, [aDenial()])))).rejects.toMatchObject({
        code: 'unknown-article',
      });
      expect(await store.events({})).toEqual([]);
      expect(await store.outboxStats()).toMatchObject({ pending: 0 });
    });

    it('text with a stray half of a surrogate pair (hostile feed) is recorded, the stray half replaced', async () => {
      const a = anArticle(1, { title: 'Broken \uD800 title' });
      const { id } = await store.saveArticle(a);
      const odd = aDenial({ evidence: 'Said \uDC00 with a stray half' });
      expect(await store.recordAnalysis(analysisOf(id, a, aReport(a, [odd])))).toEqual({ alerts: 1, outbox: 2 });
      const [message] = await store.leaseOutbox(minutesAfter(5), 'deliverer', FIVE_MINUTES, 10);
      expect(message?.payload).toMatchObject({
        alert: { evidence: 'Said \uFFFD with a stray half' },
        article: { title: 'Broken \uFFFD title' },
      });
    });

    it('events, positions and values can be filtered for the digest and commands', async () => {
      const a = anArticle(1);
      const b = anArticle(2);
      const { id: ida } = await store.saveArticle(a);
      const { id: idb } = await store.saveArticle(b);
      await store.recordAnalysis(analysisOf(ida, a, aReport(a, [aDenial()]), { at: minutesAfter(5) }));
      const contradiction = aDenial({
        kind: 'contradiction',
        eventKey: 'contradiction:s400-quantity:4-vs-2',
        actor: null,
        conflictsWith: [{ value: 'two batteries', source: 'Example Wire' }],
      });
      await store.recordAnalysis(analysisOf(idb, b, aReport(b, [contradiction]), { at: minutesAfter(60) }));

      expect((await store.events({ kind: 'contradiction' })).map((e) => e.eventKey)).toEqual([
        contradiction.eventKey,
      ]);
      expect((await store.events({ since: minutesAfter(30) })).map((e) => e.kind)).toEqual(['contradiction']);
      expect((await store.events({ until: minutesAfter(30) })).map((e) => e.kind)).toEqual(['denial']);
      expect(await store.positions({ actor: 'Deniz Kaya' })).toHaveLength(2);
      expect(await store.positions({ actor: 'Deniz Kaya', since: minutesAfter(30) })).toHaveLength(1);
      expect(await store.positions({ claim: 'nothing-like-it' })).toEqual([]);
      expect(await store.values({ attribute: 'quantity', until: minutesAfter(30) })).toHaveLength(1);
      // Articles count by publication date (the fixtures': 2025-03-02T08:30Z), not by when they were fetched (T0).
      expect(await store.articleCounts({ since: T0, until: minutesAfter(1) })).toEqual({
        articles: 0,
        relevant: 0,
        outlets: {},
      });
      expect(await store.articleCounts({ since: '2025-03-02T08:30:00.000Z', until: T0 })).toEqual({
        articles: 2,
        relevant: 2,
        outlets: { 'Example Wire': 2 },
      });
    });
  });

  describe('outbox', () => {
    const message = (n: number, over: Partial<NewOutboxEntry> = {}): NewOutboxEntry => ({
      kind: 'digest',
      sink: 'console',
      channel: 'stdout',
      eventKey: `2025-W10`,
      idempotencyKey: `digest:console:stdout:${n}`,
      payload: { type: 'digest', periodKey: '2025-W10', text: `Weekly digest ${n}`, model: { n } },
      nextAttemptAt: T0,
      createdAt: T0,
      ...over,
    });

    it('the same message is never enqueued twice', async () => {
      expect(await store.enqueue([message(1), message(2)])).toBe(2);
      expect(await store.enqueue([message(1)])).toBe(0);
      expect(await store.outboxStats()).toEqual({ pending: 2, delivered: 0, dead: 0, oldestPendingAt: T0 });
    });

    it('a message goes to one deliverer at a time and is free again when its lease runs out', async () => {
      const deliverers = [store, ...(await Promise.all([open(), open(), open()]))];
      await store.enqueue([
        ...Array.from({ length: 12 }, (_, i) => message(i)),
        message(99, { nextAttemptAt: minutesAfter(30) }),
      ]);
      await Promise.all(deliverers.map((d) => d.outboxStats())); // connected and ready, so the leases really overlap
      const leased = await Promise.all(
        deliverers.map((d, i) => d.leaseOutbox(T0, `deliverer-${i}`, FIVE_MINUTES, 12)),
      );
      const texts = leased.flat().map((m) => (m.payload.type === 'digest' ? m.payload.text : ''));
      expect(texts).toHaveLength(12);
      expect(new Set(texts).size).toBe(12);
      expect(texts).not.toContain('Weekly digest 99');
      expect(await store.leaseOutbox(minutesAfter(4), 'deliverer-late', FIVE_MINUTES, 100)).toEqual([]);
      expect(await store.leaseOutbox(minutesAfter(6), 'deliverer-late', FIVE_MINUTES, 100)).toHaveLength(12);
    });

    it('a message counts how often it was handed out, so a deliverer knows if it may have gone before', async () => {
      await store.enqueue([message(1)]);
      const [first] = await store.leaseOutbox(T0, 'deliverer-a', FIVE_MINUTES, 10);
      expect(first).toMatchObject({ leases: 1, attempts: 0 });
      // deliverer-a dies holding it; deliverer-b takes it over once the lease runs out.
      const [again] = await store.leaseOutbox(minutesAfter(6), 'deliverer-b', FIVE_MINUTES, 10);
      expect(again).toMatchObject({ id: first!.id, leases: 2, attempts: 0 });
    });

    it('a deliverer renews only the leases it still holds, and a renewed lease keeps the others out', async () => {
      await store.enqueue([message(1), message(2), message(3)]);
      const [a, b, c] = await store.leaseOutbox(T0, 'deliverer-a', FIVE_MINUTES, 10);
      await store.markDelivered(a!.id, null, minutesAfter(1));
      // deliverer-a stalls past its lease; deliverer-b takes b over.
      const taken = await store.leaseOutbox(minutesAfter(6), 'deliverer-b', FIVE_MINUTES, 1);
      expect(taken.map((m) => m.id)).toEqual([b!.id]);
      expect(
        await store.renewOutboxLeases([a!.id, b!.id, c!.id], 'deliverer-a', minutesAfter(7), FIVE_MINUTES),
      ).toEqual([c!.id]);
      expect(await store.renewOutboxLeases([], 'deliverer-a', minutesAfter(7), FIVE_MINUTES)).toEqual([]);
      // c is deliverer-a's until minute 12 now, not minute 5 (and b deliverer-b's until minute 11).
      expect(await store.leaseOutbox(minutesAfter(10), 'deliverer-c', FIVE_MINUTES, 10)).toEqual([]);
      expect((await store.leaseOutbox(minutesAfter(12), 'deliverer-c', FIVE_MINUTES, 10)).map((m) => m.id)).toEqual([
        b!.id,
        c!.id,
      ]);
    });

    it('a delivered message keeps its platform id and is not handed out again', async () => {
      await store.enqueue([message(1)]);
      const [m] = await store.leaseOutbox(T0, 'deliverer', FIVE_MINUTES, 10);
      await store.markDelivered(m!.id, '1741000000.000100', minutesAfter(1));
      expect(await store.leaseOutbox(minutesAfter(10), 'deliverer', FIVE_MINUTES, 10)).toEqual([]);
      expect(await store.outboxStats()).toEqual({ pending: 0, delivered: 1, dead: 0, oldestPendingAt: null });
    });

    it("messages without a platform id (the console's) are marked delivered together", async () => {
      await store.enqueue([message(1), message(2), message(3)]);
      const leased = await store.leaseOutbox(T0, 'deliverer', FIVE_MINUTES, 10);
      await store.markAllDelivered(
        leased.slice(0, 2).map((m) => m.id),
        minutesAfter(1),
      );
      await store.markAllDelivered([], minutesAfter(1));
      expect(await store.outboxStats()).toEqual({ pending: 1, delivered: 2, dead: 0, oldestPendingAt: T0 });
      expect((await store.leaseOutbox(minutesAfter(10), 'deliverer', FIVE_MINUTES, 10)).map((m) => m.id)).toEqual([
        leased[2]!.id,
      ]);
    });

    it('a failed attempt is counted and retried later; a hopeless message ends among the dead letters', async () => {
      await store.enqueue([message(1)]);
      const [m] = await store.leaseOutbox(T0, 'deliverer', FIVE_MINUTES, 10);
      await store.markAttemptFailed(m!.id, 'HTTP 429 from Slack', minutesAfter(2), false);
      expect(await store.leaseOutbox(minutesAfter(1), 'deliverer', FIVE_MINUTES, 10)).toEqual([]);
      const [retry] = await store.leaseOutbox(minutesAfter(2), 'deliverer', FIVE_MINUTES, 10);
      expect(retry).toMatchObject({ attempts: 1, lastError: 'HTTP 429 from Slack', status: 'pending' });
      await store.markAttemptFailed(retry!.id, 'channel_not_found', minutesAfter(3), true);
      expect(await store.leaseOutbox(minutesAfter(60), 'deliverer', FIVE_MINUTES, 10)).toEqual([]);
      expect(await store.deadLetters(10)).toMatchObject([
        { id: m!.id, attempts: 2, status: 'dead', lastError: 'channel_not_found' },
      ]);
      expect(await store.outboxStats()).toMatchObject({ pending: 0, dead: 1 });
    });
  });

  describe('editors’ verdicts on alerts', () => {
    const verdict = (over: Partial<AlertFeedback> = {}): AlertFeedback => ({
      eventKey: aDenial().eventKey,
      claim: 's400-return',
      verdict: 'false-alarm',
      platform: 'slack',
      userId: 'U0EDITOR',
      at: minutesAfter(10),
      ...over,
    });

    it('a button pressed on an alert is kept with who pressed it and when; pressing again counts once', async () => {
      expect(await store.recordFeedback([verdict()])).toBe(1);
      expect(await store.recordFeedback([verdict({ at: minutesAfter(11) })])).toBe(0);
      expect(await store.recordFeedback([verdict({ verdict: 'confirm', platform: 'discord', userId: '42' })])).toBe(
        1,
      );
      expect(await store.feedback({ claim: 's400-return' })).toEqual([
        verdict(),
        verdict({ verdict: 'confirm', platform: 'discord', userId: '42' }),
      ]);
      expect(await store.feedback({ claim: 'another-claim' })).toEqual([]);
      expect(await store.feedback({ since: minutesAfter(10), until: minutesAfter(11) })).toHaveLength(2);
      expect(await store.feedback({ since: minutesAfter(11) })).toEqual([]);
    });

    it('the message a button sits on is found by its outbox id', async () => {
      const a = anArticle(1);
      const { id } = await store.saveArticle(a);
      await store.recordAnalysis(analysisOf(id, a, aReport(a, [aDenial()])));
      const [first] = await store.leaseOutbox(minutesAfter(5), 'deliverer', FIVE_MINUTES, 1);
      expect(await store.outboxEntry(first!.id)).toMatchObject({ id: first!.id, eventKey: aDenial().eventKey });
      expect(await store.outboxEntry(first!.id + 1000)).toBeNull();
    });
  });

  describe('threads and digests', () => {
    it('follow-ups find the thread of the first alert in the same channel only', async () => {
      expect(await store.getThread('slack', 'C-DEFENCE', 's400-return')).toBeNull();
      await store.setThread('slack', 'C-DEFENCE', 's400-return', '1741000000.000100');
      expect(await store.getThread('slack', 'C-DEFENCE', 's400-return')).toBe('1741000000.000100');
      expect(await store.getThread('discord', 'C-DEFENCE', 's400-return')).toBeNull();
      await store.setThread('slack', 'C-DEFENCE', 's400-return', '1741000000.000200');
      expect(await store.getThread('slack', 'C-DEFENCE', 's400-return')).toBe('1741000000.000200');
    });

    it('a weekly digest is claimed once per channel', async () => {
      expect(await store.claimDigest('2025-W10', 'slack', 'C-DEFENCE', T0)).toBe(true);
      expect(await store.claimDigest('2025-W10', 'slack', 'C-DEFENCE', minutesAfter(1))).toBe(false);
      expect(await store.claimDigest('2025-W10', 'discord', '99001', T0)).toBe(true);
      expect(await store.claimDigest('2025-W11', 'slack', 'C-DEFENCE', T0)).toBe(true);
    });
  });

  it('everything stored survives a restart', async () => {
    const feed = await store.addFeed('https://wire.example/feed.xml', 'Example Wire');
    await store.markFeedInitialised(feed.id);
    const a = anArticle(1, { feedId: feed.id });
    const { id } = await store.saveArticle(a);
    await store.recordAnalysis(analysisOf(id, a, aReport(a, [aDenial()])));
    await store.setThread('slack', 'C-DEFENCE', 's400-return', '1741000000.000100');
    await store.claimDigest('2025-W10', 'slack', 'C-DEFENCE', T0);
    await store.close();

    store = await open();
    expect(await store.listFeeds()).toMatchObject([{ id: feed.id, initialised: true, title: 'Example Wire' }]);
    expect(await store.saveArticle(a)).toEqual({ id, inserted: false });
    expect((await store.loadHistory(STORY)).alertedEvents.has(aDenial().eventKey)).toBe(true);
    expect(await store.outboxStats()).toMatchObject({ pending: 2 });
    expect(await store.getThread('slack', 'C-DEFENCE', 's400-return')).toBe('1741000000.000100');
    expect(await store.claimDigest('2025-W10', 'slack', 'C-DEFENCE', T0)).toBe(false);
  });
});

describe('opening a store', () => {
  it('refuses a DATABASE_URL it does not know, naming what is expected', async () => {
    await expect(openStore('mysql://root:secret@db/claimwatch')).rejects.toMatchObject({ code: 'unsupported-url' });
    await expect(openStore('mysql://root:secret@db/claimwatch')).rejects.not.toThrow(/secret/);
  });

  it('opens a throwaway in-memory SQLite store for tests', async () => {
    const s = await openStore('file::memory:');
    expect(await s.addFeed('https://wire.example/feed.xml')).toMatchObject({ id: 1 });
    await s.close();
  });
});
