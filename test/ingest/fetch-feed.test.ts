import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../src/errors.js';
import { fetchFeed, parseFeed, type FetchImpl } from '../../src/ingest/index.js';
import { rss } from './support/feeds.js';
import { serveFeed, startFeedServer, type FeedServer } from './support/feed-server.js';
import { testLimits } from './support/limits.js';

const MB = 1024 * 1024;
const none = { etag: null, lastModified: null };
let server: FeedServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function fetchError(promise: Promise<unknown>): Promise<FeedFetchError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FeedFetchError);
  return err as FeedFetchError;
}

/** A stream of `total` zero bytes in 64 KB chunks, produced only as fast as it is read. */
function zeros(total: number): Readable & { produced: () => number } {
  let produced = 0;
  const stream = new Readable({
    read() {
      if (produced >= total) return void this.push(null);
      const n = Math.min(64 * 1024, total - produced);
      produced += n;
      this.push(Buffer.alloc(n, 0x20));
    },
  });
  return Object.assign(stream, { produced: () => produced });
}

describe('fetching a feed', () => {
  const body = rss('Harbour Gazette', [
    { title: 'Envoy rules out returning the systems', link: 'https://harbour-gazette.example/envoy' },
  ]);

  it('returns the body with its validators, then a 304 without a body on the next conditional request', async () => {
    server = await startFeedServer({
      '/feed.xml': serveFeed(body, { etag: '"v1"', lastModified: 'Wed, 05 Mar 2025 10:00:00 GMT' }),
    });
    const first = await fetchFeed(server.url('/feed.xml'), none, testLimits());
    expect(first).toMatchObject({
      status: 'ok',
      etag: '"v1"',
      lastModified: 'Wed, 05 Mar 2025 10:00:00 GMT',
      finalUrl: server.url('/feed.xml'),
    });
    expect(first.status === 'ok' && first.body).toContain('Envoy rules out');

    const second = await fetchFeed(
      server.url('/feed.xml'),
      { etag: '"v1"', lastModified: 'Wed, 05 Mar 2025 10:00:00 GMT' },
      testLimits(),
    );
    expect(second).toEqual({ status: 'not-modified' });
    expect(server.seen[1]?.headers['if-none-match']).toBe('"v1"');
    expect(server.seen[1]?.headers['if-modified-since']).toBe('Wed, 05 Mar 2025 10:00:00 GMT');
    expect(server.seen[1]?.headers['user-agent']).toBe('claimwatch-test');
  });

  it('reports a server error with its HTTP status as the code', async () => {
    server = await startFeedServer({ '/feed.xml': (_req, res) => res.writeHead(500).end('boom') });
    const err = await fetchError(fetchFeed(server.url('/feed.xml'), none, testLimits()));
    expect(err.code).toBe('http-500');
    expect(String(err)).toMatch(/^FeedFetchError\[http-500\]/);
  });

  it('follows a redirect and reports where the feed really is', async () => {
    server = await startFeedServer({
      '/old': (_req, res) => res.writeHead(301, { location: '/new.xml' }).end(),
      '/new.xml': serveFeed(body),
    });
    const res = await fetchFeed(server.url('/old'), none, testLimits());
    expect(res).toMatchObject({ status: 'ok', finalUrl: server.url('/new.xml') });
  });

  it('stops on a redirect loop', async () => {
    server = await startFeedServer({
      '/a': (_req, res) => res.writeHead(302, { location: '/b' }).end(),
      '/b': (_req, res) => res.writeHead(302, { location: '/a' }).end(),
    });
    expect((await fetchError(fetchFeed(server.url('/a'), none, testLimits()))).code).toBe('redirect-loop');
    expect(server.seen).toHaveLength(2);
  });

  it('gives up after five redirects', async () => {
    const routes: Record<string, (req: unknown, res: import('node:http').ServerResponse) => void> = {};
    for (let k = 0; k < 10; k++)
      routes[`/hop${k}`] = (_req, res) => res.writeHead(307, { location: `/hop${k + 1}` }).end();
    server = await startFeedServer(routes);
    expect((await fetchError(fetchFeed(server.url('/hop0'), none, testLimits()))).code).toBe('too-many-redirects');
    expect(server.seen).toHaveLength(6);
  });

  it('refuses the local server itself when private addresses are not allowed', async () => {
    server = await startFeedServer({ '/feed.xml': serveFeed(body) });
    const err = await fetchError(fetchFeed(server.url('/feed.xml'), none, testLimits({ allowHosts: [] })));
    expect(err.code).toBe('private-address');
    expect(server.seen).toHaveLength(0);
  });

  it('checks every redirect hop, so a public feed cannot redirect to the cloud metadata address', async () => {
    const asked: string[] = [];
    const fakeOutlet: FetchImpl = async (url) => {
      asked.push(url);
      return new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
    };
    const resolve = async () => [{ address: '93.184.216.34', family: 4 }];
    const err = await fetchError(
      fetchFeed('https://news.example/rss', none, testLimits({ allowHosts: [] }), fakeOutlet, resolve),
    );
    expect(err.code).toBe('private-address');
    expect(asked).toEqual(['https://news.example/rss']);
  });
});

describe('protecting the bot from hostile feeds', () => {
  let bomb: Buffer;
  beforeAll(async () => {
    // 64 MB of spaces gzip to about 64 KB: a small download that would inflate past any sane cap.
    const chunks: Buffer[] = [];
    for await (const chunk of zeros(64 * MB).pipe(createGzip({ level: 9 }))) chunks.push(chunk as Buffer);
    bomb = Buffer.concat(chunks);
  });

  it('cuts a 50 MB body at the 5 MB cap and closes the connection', async () => {
    let source: ReturnType<typeof zeros> | undefined;
    let closedEarly: Promise<boolean> = Promise.resolve(false);
    server = await startFeedServer({
      '/huge.xml': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        source = zeros(50 * MB);
        closedEarly = new Promise((resolve) => res.on('close', () => resolve(!res.writableFinished)));
        source.pipe(res);
      },
    });
    const err = await fetchError(fetchFeed(server.url('/huge.xml'), none, testLimits()));
    expect(err.code).toBe('too-large');
    expect(await closedEarly).toBe(true);
    expect(source?.produced()).toBeLessThan(20 * MB);
  });

  it('refuses at once a body whose declared length is over the cap', async () => {
    server = await startFeedServer({
      '/declared.xml': (_req, res) => {
        res.writeHead(200, { 'content-length': String(6 * MB) });
        res.write('<rss>');
      },
    });
    expect((await fetchError(fetchFeed(server.url('/declared.xml'), none, testLimits()))).code).toBe('too-large');
  });

  it('cuts a gzip bomb by its decompressed size', async () => {
    expect(bomb.length).toBeLessThan(1 * MB);
    server = await startFeedServer({
      '/bomb.xml': (_req, res) =>
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(bomb),
    });
    const err = await fetchError(fetchFeed(server.url('/bomb.xml'), none, testLimits()));
    expect(err.code).toBe('too-large');
  });

  it('gives up on a server that sends one byte a second', async () => {
    server = await startFeedServer({
      '/slow.xml': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const timer = setInterval(() => res.write('<'), 1000);
        res.on('close', () => clearInterval(timer));
      },
    });
    const started = performance.now();
    const err = await fetchError(fetchFeed(server.url('/slow.xml'), none, testLimits({ timeoutMs: 1500 })));
    expect(err.code).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it('gives up on a server that never answers', async () => {
    server = await startFeedServer({ '/silent.xml': () => undefined });
    const err = await fetchError(fetchFeed(server.url('/silent.xml'), none, testLimits({ timeoutMs: 300 })));
    expect(err.code).toBe('timeout');
  });

  it('reports a refused connection as a network problem', async () => {
    server = await startFeedServer();
    const url = server.url('/feed.xml');
    await server.close();
    server = undefined;
    expect((await fetchError(fetchFeed(url, none, testLimits()))).code).toBe('network');
  });

  it('hands a normal gzip-compressed feed through decompressed', async () => {
    const { gzipSync } = await import('node:zlib');
    const xml = rss('Compressed Outlet', [{ title: 'Small story', link: 'https://c.example/1' }]);
    server = await startFeedServer({
      '/gz.xml': (_req, res) =>
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(gzipSync(xml)),
    });
    const res = await fetchFeed(server.url('/gz.xml'), none, testLimits());
    expect(res.status === 'ok' && (await parseFeed(res.body)).title).toBe('Compressed Outlet');
  });
});
