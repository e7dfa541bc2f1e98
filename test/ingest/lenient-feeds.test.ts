import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as ingest from '../../src/ingest/index.js';
import { contentHash, decodeBody, parseFeed } from '../../src/ingest/index.js';
import { caseBytes, LENIENT_CASES } from './support/lenient-cases.js';
import { report, scoreAll, scoreCase } from './support/lenient-score.js';

function lenient(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/lenient/${name}`, import.meta.url)), 'utf8');
}

describe('every feed a newsroom subscribes to is read, with plain-text titles and the right links', () => {
  for (const c of LENIENT_CASES) {
    it(`reads a feed with this fault: ${c.failure}`, async () => {
      const score = await scoreCase(c, ingest);
      expect(score.problems).toEqual([]);
      expect(score.parsed).toBe(true);
    });
  }

  it('prints the fixture figures (files parsed, titles right, links right)', async () => {
    const text = report(await scoreAll(ingest));
    console.log(text.split('\n').at(-1));
    expect(text).not.toMatch(/^FAIL/m);
  });
});

describe('one bad item, date or entity never costs the feed', () => {
  it('leaves an item with an unreadable date undated and reads a date wrapped in newlines', async () => {
    const feed = await parseFeed(lenient('atom-bad-dates.xml'));
    expect(feed.items.map((i) => [i.title, i.published])).toEqual([
      ['Budget vote delayed', '2025-03-05T16:20:00.000Z'],
      ['Rail strike called off', '2025-03-04T09:30:00.000Z'],
      ['Minister rules out early elections', null],
    ]);
  });

  it('drops only the item a cut-off body ends inside, and says how many were cut', async () => {
    const feed = await parseFeed(lenient('cut-off-mid-item.xml'));
    expect(feed.title).toBe('Coastline Daily');
    expect(feed.items).toHaveLength(2);
    expect(feed.cutOff).toBe(1);
  });

  it('keeps the words on both sides of an unescaped <br> in a summary, as plain text', async () => {
    const feed = await parseFeed(lenient('unescaped-br.xml'));
    expect(feed.items[0]?.summary).toBe(
      'The board said on Monday\nthat no rationing was planned.\n\nWells will be drilled in May.',
    );
  });
});

describe('what was repaired is said', () => {
  it('names the faults it repaired in a broken feed, and none in a well-formed one', async () => {
    expect((await parseFeed(lenient('unescaped-br.xml'))).repairs).toEqual(['<br> never closed', '<p> never closed']);
    expect((await parseFeed(lenient('bare-ampersand.xml'))).repairs).toEqual(['a bare & (not an entity)']);
    expect((await parseFeed(lenient('xml-base.xml'))).repairs).toEqual([]);
  });
});

describe('titles and authors are the plain text a reader sees', () => {
  it('decodes entities in an author and drops no words', async () => {
    const feed = await parseFeed(lenient('title-entities-and-markup.xml'));
    expect(feed.items.find((i) => i.link?.endsWith('/9'))?.author).toBe('desk@metro-suburbs.example (M&S Desk)');
  });

  it('counts the same story with and without an entity in its title as one (same content hash)', async () => {
    const item = (title: string) =>
      `<item><title>${title}</title><link>https://o.example/a</link><description>Same words.</description></item>`;
    const feed = (title: string) => `<rss version="2.0"><channel><title>O</title>${item(title)}</channel></rss>`;
    const [plain, encoded] = await Promise.all([
      parseFeed(feed("Envoy's Q&amp;A")),
      parseFeed(feed('Envoy&amp;#39;s Q&amp;amp;A')),
    ]);
    const hash = (f: typeof plain) => contentHash(f.items[0]!.title, f.items[0]!.summary ?? '');
    expect(encoded.items[0]?.title).toBe("Envoy's Q&A");
    expect(hash(encoded)).toBe(hash(plain));
  });
});

describe('characters', () => {
  it('decodes a UTF-16 feed with a byte-order mark, as before', async () => {
    const bytes = caseBytes({ failure: '', file: 'wide-encoding.xml', charset: 'utf-16le', bom: true, items: [] });
    const feed = await parseFeed(decodeBody(bytes, 'application/atom+xml; charset=iso-8859-1'));
    expect(feed.title).toBe('Çok Dilli Haber');
  });
});

describe('names under other prefixes', () => {
  it('reads the author of an Atom entry from Dublin Core bound to another prefix', async () => {
    const feed = await parseFeed(lenient('prefixed-atom.xml'));
    expect(feed.items[0]?.author).toBe('Desk & Wire');
  });
});
