import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clusterArticle, type ClusterArticle } from './articles.js';
import { rss } from './rss.js';

/**
 * A fictional outlet on 127.0.0.1 with several RSS feeds that keep publishing. Each feed answers a conditional
 * GET with 304 while nothing is new (ETag per feed and item count), and carries its newest `window` items.
 */

export interface PublishedItem {
  article: ClusterArticle;
  feed: number;
  /** Absolute link, as it appears in the feed. */
  url: string;
  /** Date.now() when it appeared in the feed. */
  at: number;
}

export interface NewsDesk {
  origin: string;
  feedUrls: string[];
  published: PublishedItem[];
  /** Conditional GETs answered, by outcome. */
  stats: { full: number; notModified: number };
  /** Publish the next article on `feed` (round robin when omitted). */
  publish(feed?: number): PublishedItem;
  /** One new article every `everyMs` until `stopPublishing()` or `max` articles. */
  startPublishing(everyMs: number, max?: number): void;
  stopPublishing(): void;
  close(): Promise<void>;
}

export interface NewsDeskOptions {
  feeds?: number;
  /** Items a feed carries, newest first (default 100). */
  window?: number;
  /** Keeps links and GUIDs of different runs apart. */
  runId?: string;
}

export async function startNewsDesk(opts: NewsDeskOptions = {}): Promise<NewsDesk> {
  const feeds = opts.feeds ?? 1;
  const window = opts.window ?? 100;
  const runId = opts.runId ?? Date.now().toString(36);
  const items: PublishedItem[][] = Array.from({ length: feeds }, () => []);
  const published: PublishedItem[] = [];
  const stats = { full: 0, notModified: 0 };

  const server = createServer((req, res) => serve(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function serve(req: IncomingMessage, res: ServerResponse): void {
    const m = /^\/feeds\/(\d+)\.xml$/.exec(req.url ?? '');
    const feed = m ? items[Number(m[1])] : undefined;
    if (!feed) {
      res.writeHead(404).end('not here');
      return;
    }
    const etag = `"${m![1]}-${feed.length}"`;
    if (req.headers['if-none-match'] === etag) {
      stats.notModified++;
      res.writeHead(304, { etag }).end();
      return;
    }
    stats.full++;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
    const entries = feed
      .slice(-window)
      .reverse()
      .map(({ article: a, url }) => ({ ...a, link: url }));
    res.end(rss(`Fictional Wire feed ${m![1]}`, entries));
  }

  let next = 0;
  let timer: NodeJS.Timeout | null = null;
  const desk: NewsDesk = {
    origin,
    feedUrls: items.map((_, i) => `${origin}/feeds/${i}.xml`),
    published,
    stats,
    publish(feed = published.length % feeds) {
      const article = clusterArticle(next++, runId, new Date());
      const item: PublishedItem = { article, feed, url: origin + article.path, at: Date.now() };
      items[feed]!.push(item);
      published.push(item);
      return item;
    },
    startPublishing(everyMs, max = Infinity) {
      desk.stopPublishing();
      timer = setInterval(() => (published.length < max ? desk.publish() : desk.stopPublishing()), everyMs);
    },
    stopPublishing() {
      if (timer) clearInterval(timer);
      timer = null;
    },
    async close() {
      desk.stopPublishing();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  return desk;
}
