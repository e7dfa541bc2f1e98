import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/ingest/index.js';

/** Ways one item of a feed is broken in the wild (each seen in real feeds; the words are ours). */
const BREAKAGES: Record<string, (n: number) => string> = {
  'bare ampersand in the link': (n) => `<item><title>Broken ${n}</title><link>https://o.example/b?x=${n}&y=2</link></item>`,
  'unescaped br in the title': (n) => `<item><title>Broken<br>${n}</title><link>https://o.example/b${n}</link></item>`,
  'unreadable date': (n) => `<item><title>Broken ${n}</title><link>https://o.example/b${n}</link><pubDate>the day after ${n}</pubDate></item>`,
  'unknown entity': (n) => `<item><title>Broken &bogus; ${n}</title><link>https://o.example/b${n}</link></item>`,
  'unclosed inline tag': (n) => `<item><title>Broken <b>${n}</title><link>https://o.example/b${n}</link></item>`,
  'stray end tag': (n) => `<item><title>Broken ${n}</em></title></link><link>https://o.example/b${n}</link></item>`,
  'HTML in the description': (n) => `<item><title>Broken ${n}</title><link>https://o.example/b${n}</link><description><p>One<p>Two & <img src=x></description></item>`,
  'control character': (n) => `<item><title>Broken \u0001${n}</title><link>https://o.example/b${n}</link></item>`,
  'unclosed CDATA-free script': (n) => `<item><title>Broken ${n}</title><link>https://o.example/b${n}</link><description><script>if (a < b && c) {}</script></description></item>`,
  'item never closed': (n) => `<item><title>Broken ${n}</title><link>https://o.example/b${n}</link>`,
};

const word = fc.stringMatching(/^[A-Za-z][a-z]{1,8}$/);
const goodTitle = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

function goodItem(title: string, k: number): string {
  return `<item><title>${title}</title><link>https://o.example/good-${k}</link><pubDate>${new Date(Date.UTC(2025, 0, 1 + k)).toUTCString()}</pubDate></item>`;
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
          const xml = `<?xml version="1.0"?><rss${withVersion ? ' version="2.0"' : ''}><channel><title>Outlet</title>${items.join('\n')}</channel></rss>`;
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
