import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { loadClaimSet } from '../../src/app/claimset.js';
import { createPipeline } from '../../src/app/pipeline.js';
import { articleFromText } from '../../src/app/cli/input.js';
import { contentHash } from '../../src/ingest/index.js';

const log = pino({ level: 'silent' });
const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8');

async function saveUnanalysed(db: string, file: string) {
  const store = await openStore(db);
  const a = articleFromText(fixture(file), `https://news.example/${file}`, 'Fictional Wire');
  await store.saveArticle({
    feedId: null,
    url: a.url,
    keys: { guid: file, canonicalUrl: a.url, contentHash: contentHash(a.title, a.text) },
    title: a.title,
    source: a.source,
    published: null,
    text: a.text,
    fetchedAt: '2026-03-04T10:00:00.000Z',
  });
  await store.close(); // the process dies here, before the article is analysed
}

describe('the pipeline after a crash', () => {
  it('analyses an article stored before the crash exactly once, across restarts', async () => {
    const db = `file:${join(mkdtempSync(join(tmpdir(), 'cw-pipe-')), 'bot.db')}`;
    const claimSet = await loadClaimSet('seeds/s400-turkey.claims.yaml');
    await saveUnanalysed(db, 'en-adviser-denies-return.txt');

    const routes = () => [{ sink: 'console', channel: 'console' }];
    const now = () => new Date('2026-03-04T10:05:00Z');
    let store = await openStore(db);
    const first = createPipeline({ store, claimSet, log, routes, now });
    expect(await first.analyseQueued()).toBe(1);
    expect(await first.analyseQueued()).toBe(0);
    const pending = (await store.outboxStats()).pending;
    expect(pending).toBe(1); // the Turkish adviser's first denial
    await store.close();

    store = await openStore(db);
    const second = createPipeline({ store, claimSet, log, routes, now });
    expect(await second.analyseQueued()).toBe(0);
    expect((await store.outboxStats()).pending).toBe(pending);
    expect((await store.events({})).map((e) => e.kind)).toEqual(['denial']);
    await store.close();
  });
});

describe('instances sharing the analysis', () => {
  it('analyse each stored article once between them; a copy in the same batch is one more source', async () => {
    const db = `file:${join(mkdtempSync(join(tmpdir(), 'cw-pipe-')), 'bot.db')}`;
    const claimSet = await loadClaimSet('seeds/s400-turkey.claims.yaml');
    const files = [
      'en-adviser-denies-return.txt',
      'en-adviser-denies-return-syndicated.txt',
      'tr-spokeswoman-denies-return.txt',
      'ru-foreign-ministry-denies-return.txt',
      'en-contract-value-3-1-billion.txt',
      'en-india-s400-nearmiss.txt',
    ];
    for (const f of files) await saveUnanalysed(db, f);

    const routes = () => [{ sink: 'console', channel: 'console' }];
    const now = () => new Date('2026-03-04T10:05:00Z');
    const stores = [await openStore(db), await openStore(db)];
    const [a, b] = stores.map((store, i) =>
      createPipeline({ store, claimSet, log, routes, now, owner: `instance-${i}`, batchSize: 2 }),
    );
    const [byA, byB] = await Promise.all([a!.analyseQueued(), b!.analyseQueued()]);
    expect(byA + byB).toBe(files.length);

    const store = stores[0]!;
    expect(await store.unanalysedArticles(10)).toEqual([]);
    const events = await store.events({});
    expect(new Set(events.map((e) => e.eventKey)).size).toBe(events.length);
    const adviser = events.filter((e) => e.firstArticleUrl.includes('en-adviser-denies-return'));
    expect(adviser).toHaveLength(1);
    expect(adviser[0]?.sources).toBe(2);
    for (const s of stores) await s.close();
  });
});

describe('a batch of stored articles', () => {
  const files = [
    'en-adviser-denies-return.txt',
    'tr-spokeswoman-denies-return.txt',
    'en-adviser-denies-return-syndicated.txt',
    'en-india-s400-nearmiss.txt',
  ];

  async function run(refuseBatches: boolean) {
    const db = `file:${join(mkdtempSync(join(tmpdir(), 'cw-pipe-')), 'bot.db')}`;
    const claimSet = await loadClaimSet('seeds/s400-turkey.claims.yaml');
    for (const f of files) await saveUnanalysed(db, f);
    const store = await openStore(db);
    const calls: string[] = [];
    const watched = new Proxy(store, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (prop === 'recordAnalyses' || prop === 'recordAnalysis') {
          calls.push(prop);
          if (prop === 'recordAnalyses' && refuseBatches)
            return async () => {
              throw new Error('the database refused the batch');
            };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const pipeline = createPipeline({
      store: watched,
      claimSet,
      log,
      routes: () => [{ sink: 'console', channel: 'console' }],
      now: () => new Date('2026-03-04T10:05:00Z'),
    });
    expect(await pipeline.analyseNext()).toBe(files.length);
    const outcome = {
      calls,
      unanalysed: (await store.unanalysedArticles(10)).length,
      events: (await store.events({})).map((e) => [e.eventKey, e.sources]),
      messages: (await store.leaseOutbox('2026-03-04T10:06:00.000Z', 'test', 60_000, 10)).map(
        (m) => `${m.kind}:${m.eventKey}`,
      ),
    };
    await store.close();
    return outcome;
  }

  it('is judged article by article and recorded with one call to the store', async () => {
    const together = await run(false);
    expect(together.calls).toEqual(['recordAnalyses']);
    expect(together.unanalysed).toBe(0);
    // The syndicated copy, judged after the original in the same batch, is one more source of its denial.
    expect(together.events.find(([, sources]) => sources === 2)).toBeDefined();
  });

  it('is recorded one article at a time, with the same outcome, when the store refuses it whole', async () => {
    const together = await run(false);
    const oneByOne = await run(true);
    expect(oneByOne.calls).toEqual(['recordAnalyses', ...files.map(() => 'recordAnalysis')]);
    expect(oneByOne.unanalysed).toBe(0);
    expect(oneByOne.events).toEqual(together.events);
    expect(oneByOne.messages).toEqual(together.messages);
  });
});

describe("a new feed's backlog", () => {
  it('goes into the history without a message; the same news later is a repeat, new news an alert', async () => {
    const db = `file:${join(mkdtempSync(join(tmpdir(), 'cw-pipe-')), 'bot.db')}`;
    const claimSet = await loadClaimSet('seeds/s400-turkey.claims.yaml');
    const store = await openStore(db);
    const routes = () => [{ sink: 'console', channel: 'console' }];
    const now = () => new Date('2026-03-04T10:05:00Z');
    const save = async (file: string, quiet: boolean) => {
      const a = articleFromText(fixture(file), `https://news.example/${file}`, 'Fictional Wire');
      await store.saveArticle({
        feedId: null,
        url: a.url,
        keys: { guid: file, canonicalUrl: a.url, contentHash: contentHash(a.title, a.text) },
        title: a.title,
        source: a.source,
        published: null,
        text: a.text,
        fetchedAt: '2026-03-04T10:00:00.000Z',
        quiet,
      });
    };
    const pipeline = createPipeline({ store, claimSet, log, routes, now });

    // The first poll of a feed stores its backlog quietly (as the poller does without --backfill).
    await save('en-adviser-denies-return.txt', true);
    expect(await pipeline.analyseQueued()).toBe(1);
    expect((await store.outboxStats()).pending).toBe(0);
    expect((await store.events({})).map((e) => e.kind)).toEqual(['denial']); // on record all the same

    // A later copy of the same denial is one more source, not an alert; a new denial is an alert.
    await save('en-adviser-denies-return-syndicated.txt', false);
    await save('tr-spokeswoman-denies-return.txt', false);
    expect(await pipeline.analyseQueued()).toBe(2);
    const sent = await store.leaseOutbox('2026-03-04T10:06:00.000Z', 'test', 60_000, 10);
    expect(sent.filter((e) => e.kind === 'alert')).toHaveLength(1);
    await store.close();
  });
});
