import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadClaimSet, type LoadedClaimSet } from '../../src/app/claimset.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';

/**
 * Shared pieces for the digest tests: a temporary SQLite store, the real claim set, a local outlet on
 * 127.0.0.1, and fictional articles written for these tests (test/digest/fixtures, first line the title).
 */

export const silentLog = pino({ level: 'silent' });

let claimSetOnce: Promise<LoadedClaimSet> | null = null;
/** The story's real claim set (seeds/), loaded once per test file. */
export function storyClaims(): Promise<LoadedClaimSet> {
  claimSetOnce ??= loadClaimSet('seeds/s400-turkey.claims.yaml');
  return claimSetOnce;
}

export interface TempStore {
  store: Store;
  dir: string;
  url: string;
  reopen(): Promise<Store>;
  close(): Promise<void>;
}

/** A fresh SQLite file in a temporary folder; `reopen` closes it and opens the same file again (a restart). */
export async function tempStore(): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'claimwatch-digest-'));
  const url = `file:${join(dir, 'digest.db')}`;
  const t: TempStore = {
    store: await openStore(url),
    dir,
    url,
    async reopen() {
      await t.store.close();
      t.store = await openStore(url);
      return t.store;
    },
    async close() {
      await t.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

export interface FixtureArticle {
  title: string;
  body: string;
}

/** A fixture article: first line the title, the rest the body. */
export function fixtureArticle(name: string): FixtureArticle {
  const raw = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const [title = '', ...rest] = raw.split('\n');
  return { title, body: rest.join('\n').trim() };
}

export interface FeedItemSpec {
  article: FixtureArticle;
  link: string;
  guid: string;
  published: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 feed carrying the full text of each article (so no page is fetched). */
export function rssFeed(title: string, items: readonly FeedItemSpec[]): string {
  const body = items
    .map((i) => {
      const html = i.article.body
        .split(/\n\s*\n/)
        .map((p) => `<p>${esc(p)}</p>`)
        .join('');
      return (
        `<item><title>${esc(i.article.title)}</title><link>${esc(i.link)}</link>` +
        `<guid isPermaLink="false">${esc(i.guid)}</guid>` +
        `<pubDate>${new Date(i.published).toUTCString()}</pubDate>` +
        `<content:encoded><![CDATA[${html}]]></content:encoded></item>`
      );
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>${esc(title)}</title><link>https://harbour-post.example/</link><description>Fictional outlet</description>
${body}
</channel></rss>`;
}

export interface LocalOutlet {
  url(path: string): string;
  /** Set what a path answers: a body (RSS) or an HTTP status for failures. */
  serve(path: string, answer: string | number): void;
  close(): Promise<void>;
}

/** A local outlet on 127.0.0.1 with paths the test can change between polls. */
export async function localOutlet(): Promise<LocalOutlet> {
  const answers = new Map<string, string | number>();
  const server = http.createServer((req, res) => {
    const answer = answers.get((req.url ?? '/').split('?')[0] ?? '/');
    if (typeof answer === 'string')
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(answer);
    else res.writeHead(answer ?? 404).end('unavailable');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    serve: (path, answer) => void answers.set(path, answer),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
