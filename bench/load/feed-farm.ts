import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rss, type RssEntry } from '../../test/cluster/support/rss.js';

/**
 * Many fictional feeds behind one local server (127.0.0.1): each feed answers a conditional GET with 304 until it
 * changes. Bodies are rendered once per version, so the server costs the poller little time in the same process.
 */

export interface FeedFarm {
  urls: string[];
  /** Responses sent so far, by kind. */
  counts: { full: number; notModified: number };
  /** Add `n` new items at the top of feed `i`. */
  addItems(i: number, n: number): void;
  close(): Promise<void>;
}

interface FarmFeed {
  entries: RssEntry[];
  version: number;
  body: string | null;
}

const BODY = `Fictional test article.

ANKARA (Fictional Wire) - Officials in Ankara met on Tuesday to discuss air defence procurement, according to a statement that gave few details of the talks or of the timetable.

The statement said further meetings were planned and that parliament would be briefed, without naming the systems under review or the suppliers taking part.`;

function entry(feed: number, n: number, origin: string): RssEntry {
  return {
    title: `Procurement talks continue (desk ${feed}, update ${n})`,
    link: `${origin}/a/${feed}/${n}`,
    guid: `urn:claimwatch-bench:${feed}:${n}`,
    published: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
    text: `${BODY}\n\nUpdate ${n} for desk ${feed}.`,
  };
}

/** `feeds` feeds of `itemsEach` items; a feed keeps its newest `window` items. */
export async function startFeedFarm(feeds: number, itemsEach: number, window = 20): Promise<FeedFarm> {
  const state: FarmFeed[] = [];
  const counts = { full: 0, notModified: 0 };
  const server = createServer((req, res) => {
    const m = /^\/f\/(\d+)\.xml$/.exec(req.url ?? '');
    const feed = m ? state[Number(m[1])] : undefined;
    if (!feed) return void res.writeHead(404).end();
    const etag = `"${m![1]}-${feed.version}"`;
    if (req.headers['if-none-match'] === etag) {
      counts.notModified++;
      return void res.writeHead(304, { etag }).end();
    }
    counts.full++;
    feed.body ??= rss(`Fictional desk ${m![1]}`, feed.entries.slice(0, window));
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(feed.body);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (let i = 0; i < feeds; i++) {
    state.push({ entries: Array.from({ length: itemsEach }, (_, n) => entry(i, itemsEach - 1 - n, origin)), version: 0, body: null });
  }
  return {
    urls: state.map((_, i) => `${origin}/f/${i}.xml`),
    counts,
    addItems(i, n) {
      const feed = state[i]!;
      const top = feed.entries.length;
      feed.entries.unshift(...Array.from({ length: n }, (_, k) => entry(i, top + n - 1 - k, origin)));
      feed.version++;
      feed.body = null;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
