import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rss, type RssEntry } from '../../test/cluster/support/rss.js';

/**
 * Many fictional feeds behind local servers: each feed answers a conditional GET with 304 until it changes. Bodies
 * are rendered once per version, so the servers cost the poller little time in the same process. By default one
 * server on 127.0.0.1 answers at once; `hosts` spreads the feeds over servers on 127.0.0.1, 127.0.0.2, … (the
 * poller limits connections per host), and `delayMs` makes every answer wait, as a remote server does.
 */

export interface FeedFarmOptions {
  /** Items a feed carries, newest first (default 20). */
  window?: number;
  /** Servers on 127.0.0.1 … 127.0.0.N, feeds dealt round robin (default 1). Linux routes all of 127/8 to loopback. */
  hosts?: number;
  /** Each answer (304 or full) is sent this long after the request arrived (default 0). */
  delayMs?: number;
}

export interface FeedFarm {
  urls: string[];
  /** Responses sent so far, by kind. */
  counts: { full: number; notModified: number };
  /** performance.now() of the first request and of the last answer sent since the last `resetTimes()`. */
  times: { firstRequest: number | null; lastAnswer: number | null };
  resetTimes(): void;
  /** Change how long answers wait from now on. */
  setDelay(ms: number): void;
  /** Add `n` new items at the top of feed `i`. */
  addItems(i: number, n: number): void;
  close(): Promise<void>;
}

interface FarmFeed {
  entries: RssEntry[];
  version: number;
  body: string | null;
}

const BODY = [
  'Fictional test article.',
  'ANKARA (Fictional Wire) - Officials in Ankara met on Tuesday to discuss air defence procurement, ' +
    'according to a statement that gave few details of the talks or of the timetable.',
  'The statement said further meetings were planned and that parliament would be briefed, ' +
    'without naming the systems under review or the suppliers taking part.',
].join('\n\n');

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
export async function startFeedFarm(feeds: number, itemsEach: number, o: FeedFarmOptions = {}): Promise<FeedFarm> {
  const { window = 20, hosts = 1 } = o;
  let delayMs = o.delayMs ?? 0;
  if (!Number.isInteger(hosts) || hosts < 1 || hosts > 250)
    throw new RangeError(`feed farm: hosts must be 1–250, got ${hosts}`);
  const state: FarmFeed[] = [];
  const counts = { full: 0, notModified: 0 };
  const times: FeedFarm['times'] = { firstRequest: null, lastAnswer: null };

  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const m = /^\/f\/(\d+)\.xml$/.exec(req.url ?? '');
    const feed = m ? state[Number(m[1])] : undefined;
    if (!feed) return void res.writeHead(404).end();
    const etag = `"${m![1]}-${feed.version}"`;
    if (req.headers['if-none-match'] === etag) {
      counts.notModified++;
      res.writeHead(304, { etag }).end();
    } else {
      counts.full++;
      feed.body ??= rss(`Fictional desk ${m![1]}`, feed.entries.slice(0, window));
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(feed.body);
    }
    times.lastAnswer = performance.now();
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    times.firstRequest ??= performance.now();
    if (delayMs > 0) setTimeout(() => answer(req, res), delayMs);
    else answer(req, res);
  };

  const servers: Server[] = [];
  const origins: string[] = [];
  for (let h = 1; h <= hosts; h++) {
    const server = createServer(handle);
    server.keepAliveTimeout = 30_000;
    const address = `127.0.0.${h}`;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, address, () => resolve());
    });
    servers.push(server);
    origins.push(`http://${address}:${(server.address() as AddressInfo).port}`);
  }
  const originOf = (i: number) => origins[i % origins.length]!;
  for (let i = 0; i < feeds; i++) {
    state.push({
      entries: Array.from({ length: itemsEach }, (_, n) => entry(i, itemsEach - 1 - n, originOf(i))),
      version: 0,
      body: null,
    });
  }
  return {
    urls: state.map((_, i) => `${originOf(i)}/f/${i}.xml`),
    counts,
    times,
    resetTimes() {
      times.firstRequest = null;
      times.lastAnswer = null;
    },
    setDelay(ms) {
      delayMs = ms;
    },
    addItems(i, n) {
      const feed = state[i]!;
      const top = feed.entries.length;
      feed.entries.unshift(...Array.from({ length: n }, (_, k) => entry(i, top + n - 1 - k, originOf(i))));
      feed.version++;
      feed.body = null;
    },
    async close() {
      await Promise.all(
        servers.map((s) => {
          s.closeAllConnections();
          return new Promise<void>((r) => s.close(() => r()));
        }),
      );
    },
  };
}
