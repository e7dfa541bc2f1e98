import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadClaimSet } from '../../src/app/claimset.js';
import { createPipeline } from '../../src/app/pipeline.js';
import { contentHash, feedText, FULL_TEXT_MIN_CHARS, parseFeed } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/index.js';
import { clusterArticle, MAX_CLUSTER_ARTICLES, officialFor } from './support/articles.js';
import type { PublishedItem } from './support/news-desk.js';
import { rss } from './support/rss.js';
import { expectedKey, tally, type SlackPost } from './support/tally.js';

/**
 * What the multi-instance tests and the chaos run rest on: each published article raises exactly its own alert,
 * whatever the instances analysed before it, and the tally tells a second copy or a missing alert apart.
 */

const log = pino({ level: 'silent' });
const ORIGIN = 'http://127.0.0.1:9';

function item(seq: number): PublishedItem {
  const article = clusterArticle(seq, 'unit', new Date('2026-03-04T10:00:00Z'));
  return { article, feed: 0, url: ORIGIN + article.path, at: 0 };
}

/** Analyse the items in the given order through the real pipeline and store; the events it recorded. */
async function eventsAfter(order: number[]): Promise<Array<{ eventKey: string; sources: number }>> {
  const store = await openStore('file::memory:');
  const claimSet = await loadClaimSet('seeds/s400-turkey.claims.yaml');
  const pipeline = createPipeline({
    store,
    claimSet,
    log,
    routes: () => [{ sink: 'slack', channel: 'C0DESK' }],
    now: () => new Date(),
  });
  for (const seq of order) {
    const { article: a, url } = item(seq);
    const saved = await store.saveArticle({
      feedId: null,
      url,
      keys: { guid: a.guid, canonicalUrl: url, contentHash: contentHash(a.title, a.text) },
      title: a.title,
      source: 'Fictional Wire',
      published: a.published,
      text: a.text,
      fetchedAt: a.published,
    });
    await pipeline.processArticle((await store.getArticle(saved.id))!);
  }
  const events = await store.events({});
  await store.close();
  return events.map((e) => ({ eventKey: e.eventKey, sources: e.sources }));
}

describe('the articles the cluster runs publish', () => {
  it('name a different official every time', () => {
    const names = Array.from({ length: MAX_CLUSTER_ARTICLES }, (_, i) => officialFor(i));
    expect(new Set(names).size).toBe(MAX_CLUSTER_ARTICLES);
  });

  it('carry their whole text in the feed, so no instance fetches a page', async () => {
    const entries = [0, 1, 2, 3].map((i) => ({ ...item(i).article, link: item(i).url }));
    const parsed = await parseFeed(rss('Fictional Wire', entries));
    for (const it of parsed.items) expect(feedText(it).length, it.title).toBeGreaterThanOrEqual(FULL_TEXT_MIN_CHARS);
  });

  it('each raise exactly their own denial, in publishing order or the reverse', async () => {
    const order = Array.from({ length: 30 }, (_, i) => i);
    const expected = order.map((i) => ({ eventKey: item(i).article.expectedEventKey, sources: 1 }));
    const byKey = (a: { eventKey: string }, b: { eventKey: string }) => a.eventKey.localeCompare(b.eventKey);
    expect((await eventsAfter(order)).sort(byKey)).toEqual(expected.sort(byKey));
    expect((await eventsAfter([...order].reverse())).sort(byKey)).toEqual(expected.sort(byKey));
  });
});

describe('counting what reached Slack', () => {
  const items = [item(0), item(1), item(2)];
  const post = (i: PublishedItem, text = i.article.title): SlackPost => ({
    key: expectedKey(i, 'C0DESK'),
    kind: 'alert',
    text,
    at: 0,
  });

  it('is clean when every alert arrived once', () => {
    expect(
      tally(
        items.map((i) => post(i)),
        items,
        'C0DESK',
      ),
    ).toMatchObject({ expected: 3, received: 3, duplicates: 0, lost: 0, unexpected: 0 });
  });

  it('counts a second copy of an alert as a duplicate and a missing alert as lost', () => {
    const result = tally([post(items[0]!), post(items[0]!), post(items[2]!)], items, 'C0DESK');
    expect(result).toMatchObject({
      duplicates: 1,
      lost: 1,
      unexpected: 0,
      lostKeys: [expectedKey(items[1]!, 'C0DESK')],
    });
  });

  it('counts the same alert text posted under another key as a duplicate too', () => {
    const stray: SlackPost = {
      key: 'alert:slack:C0DESK:something-else',
      kind: 'alert',
      text: items[0]!.article.title,
      at: 0,
    };
    expect(tally([...items.map((i) => post(i)), stray], items, 'C0DESK')).toMatchObject({
      duplicates: 1,
      unexpected: 1,
    });
  });
});
