import { afterEach, describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../src/errors.js';
import { fetchArticlePage, fetchFeed, type Resolver } from '../../src/ingest/index.js';
import { rss } from './support/feeds.js';
import { serveFeed, startFeedServer, type FeedServer } from './support/feed-server.js';
import { testLimits } from './support/limits.js';

/**
 * DNS answers are simulated in the process. The "public" answer is only ever given to the first lookup, which is
 * the early check; the socket's own lookup (the second) is told 127.0.0.1, so nothing leaves this machine.
 */
function rebinding(publicFirst = '93.184.216.34'): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (host: string) => {
    calls.push(host);
    return [{ address: calls.length === 1 ? publicFirst : '127.0.0.1', family: 4 }];
  };
  return Object.assign(resolve, { calls });
}

const none = { etag: null, lastModified: null };
let server: FeedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function refused(p: Promise<unknown>): Promise<FeedFetchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FeedFetchError);
  return err as FeedFetchError;
}

describe('a name that answers one address to the check and another to the connection', () => {
  it('cannot reach an internal service through a feed', async () => {
    server = await startFeedServer({ '/admin': serveFeed('internal secrets', { contentType: 'text/plain' }) });
    const port = new URL(server.url('/')).port;
    const resolve = rebinding();
    // "localhost": what the operating system would also answer, so the old fetch reached the service.
    const err = await refused(
      fetchFeed(`http://localhost:${port}/admin`, none, testLimits({ allowHosts: [] }), undefined, resolve),
    );
    expect(err.code).toBe('private-address');
    expect(err.message).toContain('127.0.0.1');
    expect(resolve.calls.length).toBeGreaterThanOrEqual(2);
    expect(server.seen).toHaveLength(0);
  });

  it('cannot reach an internal page through an article link', async () => {
    server = await startFeedServer({
      '/page': serveFeed('<html><body><p>internal wiki page</p></body></html>', { contentType: 'text/html' }),
    });
    const port = new URL(server.url('/')).port;
    const err = await refused(
      fetchArticlePage(`http://localhost:${port}/page`, testLimits({ allowHosts: [] }), undefined, rebinding()),
    );
    expect(err.code).toBe('private-address');
    expect(server.seen).toHaveLength(0);
  });

  it('cannot reach an internal service on a redirect hop', async () => {
    server = await startFeedServer({ '/secret': serveFeed('internal secrets', { contentType: 'text/plain' }) });
    const port = new URL(server.url('/')).port;
    // The first hop is an allowed intranet feed that redirects to a name which rebinds.
    server.route('/start', (_req, res) => res.writeHead(302, { location: `http://localhost:${port}/secret` }).end());
    const rebind = rebinding();
    const resolve: Resolver = async (host, options) =>
      host === 'feeds.intranet' ? [{ address: '127.0.0.1', family: 4 }] : rebind(host, options);
    const err = await refused(
      fetchFeed(
        `http://feeds.intranet:${port}/start`,
        none,
        testLimits({ allowHosts: ['feeds.intranet'] }),
        undefined,
        resolve,
      ),
    );
    expect(err.code).toBe('private-address');
    expect(server.seen.map((s) => s.path)).toEqual(['/start']);
  });

  it('still polls an intranet feed allowed by name, connecting where the name resolves', async () => {
    server = await startFeedServer({
      '/rss': serveFeed(rss('Intranet', [{ title: 'Staff notice', link: 'https://intranet.example/1' }])),
    });
    const port = new URL(server.url('/')).port;
    const resolve: Resolver = async (host) => {
      if (host !== 'feeds.intranet') throw new Error(`ENOTFOUND ${host}`);
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const res = await fetchFeed(
      `http://feeds.intranet:${port}/rss`,
      none,
      testLimits({ allowHosts: ['feeds.intranet'] }),
      undefined,
      resolve,
    );
    expect(res.status).toBe('ok');
    expect(server.seen).toHaveLength(1);
  });
});
