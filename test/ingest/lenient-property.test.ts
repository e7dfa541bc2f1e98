import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/ingest/index.js';

/** Ways one item of a feed is broken in the wild (each seen in real feeds; the words are ours). */
const BREAKAGES: Record<string, (n: number) => string> = {
  'bare ampersand in the link': (n) =>
    `<item><title>Broken ${n}</title><link>https://o.example/b?x=${n}&y=2</link></item>`,
  'unescaped br in the title': (n) =>
    `<item><title>Broken<br>${n}</title><link>https://o.example/b${n}</link></item>`,
  'unreadable date': (n) =>
    `<item><title>Broken ${n}</title><link>https://o.example/b${n}</link><pubDate>the day after ${n}</pubDate></item>`,
  'unknown entity': (n) => `<item><title>Broken &bogus; ${n}</title><link>https://o.example/b${n}</link></item>`,
  'unclosed inline tag': (n) => `<item><title>Broken <b>${n}</title><link>https://o.example/b${n}</link></item>`,
  'stray end tag': (n) => `<item><title>Broken ${n}</em></title></link><link>https://o.example/b${n}</link></item>`,
  'HTML in the description': (n) =>
    `<item><title>Broken ${n}</title><link>https://o.example/b${n}</link><description><p>One<p>Two & <img src=x>` +
    `</description></item>`,
  'control character': (n) => `<item><title>Broken \u0001${n}</title><link>https://o.example/b${n}</link></item>`,
  'unclosed CDATA-free script': (n) =>
    `<item><title>Broken ${n}</title><link>https://o.example/b${n}</link><description>` +
    `<script>if (a < b && c) {}</script></description></item>`,
  'item never closed': (n) => `<item><title>Broken ${n}</title><link>https://o.example/b${n}</link>`,
  'empty item': () => `<item></item>`,
};

const word = fc.stringMatching(/^[A-Za-z][a-z]{1,8}$/);
const goodTitle = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

function goodItem(title: string, k: number): string {
  return (
    `<item><title>${title}</title><link>https://o.example/good-${k}</link>` +
    `<pubDate>${new Date(Date.UTC(2025, 0, 1 + k)).toUTCString()}</pubDate></item>`
  );
}

describe('a valid feed with one item broken in any of the known ways', () => {
  it('still yields every other item, with its title and link', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(goodTitle, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...Object.keys(BREAKAGES)),
        fc.nat(),
        fc.boolean(),
        async (titles, breakage, at, withVersion) => {
          const good = titles.map((t, k) => goodItem(t, k));
          const position = at % (good.length + 1);
          const items = [...good];
          items.splice(position, 0, BREAKAGES[breakage]!(position));
          const version = withVersion ? ' version="2.0"' : '';
          const xml =
            `<?xml version="1.0"?><rss${version}><channel><title>Outlet</title>` +
            `${items.join('\n')}</channel></rss>`;
          const feed = await parseFeed(xml);
          for (const [k, title] of titles.entries()) {
            const found = feed.items.find((i) => i.link === `https://o.example/good-${k}`);
            expect(found?.title, `${breakage} at ${position}`).toBe(title);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The same for Atom, whose entries break in their own ways. */
const ATOM_BREAKAGES: Record<string, (n: number) => string> = {
  'unreadable updated date': (n) =>
    `<entry><title>Broken ${n}</title><link href="https://o.example/b${n}"/><updated>the ${n}th</updated></entry>`,
  'date wrapped in newlines': (n) =>
    `<entry><title>Broken ${n}</title><link href="https://o.example/b${n}"/>` +
    `<updated>\n 2025-01-0${(n % 9) + 1}T00:00:00Z \n</updated></entry>`,
  'link without href': (n) => `<entry><title>Broken ${n}</title><link rel="alternate"/></entry>`,
  'XHTML title with a stray tag': (n) =>
    `<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Broken <b>${n}</div></title>` +
    `<link href="https://o.example/b${n}"/></entry>`,
  'entry never closed': (n) => `<entry><title>Broken ${n}</title><link href="https://o.example/b${n}"/>`,
  'empty entry': () => `<entry> </entry>`,
  'broken tag inside the date': (n) =>
    `<entry><title>Broken ${n}</title><link href="https://o.example/b${n}"/>` +
    `<updated>2025-01-01T00:00:0<0Z</updated></entry>`,
  'link with text and no attributes': (n) =>
    `<entry><title>Broken ${n}</title><link>https://o.example/b${n}</link><link/></entry>`,
};

function goodEntry(title: string, k: number): string {
  return (
    `<entry><title>${title}</title><link rel="self" href="https://o.example/self-${k}"/>` +
    `<link href="https://o.example/good-${k}"/><updated>2025-01-0${(k % 9) + 1}T10:00:00Z</updated></entry>`
  );
}

describe('a valid Atom feed with one entry broken in any of the known ways', () => {
  it('still yields every other entry, with its title and its alternate link', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(goodTitle, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...Object.keys(ATOM_BREAKAGES)),
        fc.nat(),
        async (titles, breakage, at) => {
          const entries = titles.map((t, k) => goodEntry(t, k));
          const position = at % (entries.length + 1);
          entries.splice(position, 0, ATOM_BREAKAGES[breakage]!(position));
          const feed = await parseFeed(
            `<feed xmlns="http://www.w3.org/2005/Atom"><title>Outlet</title>${entries.join('\n')}</feed>`,
          );
          for (const [k, title] of titles.entries()) {
            const found = feed.items.find((i) => i.link === `https://o.example/good-${k}`);
            expect(found?.title, `${breakage} at ${position}`).toBe(title);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
