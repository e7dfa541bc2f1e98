import { describe, expect, it } from 'vitest';
import { FeedParseError } from '../../src/errors.js';
import { parseFeed } from '../../src/ingest/index.js';
import { fixture } from './support/fixtures.js';
import { longParagraphs, rss } from './support/feeds.js';

async function parseError(xml: string): Promise<FeedParseError> {
  const err = await parseFeed(xml).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FeedParseError);
  return err as FeedParseError;
}

describe('reading a feed', () => {
  it('reads an RSS 2.0 item with its GUID, date, author and full content', async () => {
    const xml = rss('Harbour Gazette', [
      {
        title: 'Envoy rules out returning the systems',
        link: 'https://harbour-gazette.example/envoy',
        guid: 'hg-1042',
        pubDate: 'Wed, 05 Mar 2025 11:20:00 +0300',
        description: 'The envoy said the systems would not be sent back.',
        content: longParagraphs(2),
        author: 'Deniz Sample',
      },
    ]);
    const feed = await parseFeed(xml);
    expect(feed.title).toBe('Harbour Gazette');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      guid: 'hg-1042',
      link: 'https://harbour-gazette.example/envoy',
      title: 'Envoy rules out returning the systems',
      published: '2025-03-05T08:20:00.000Z',
      summary: 'The envoy said the systems would not be sent back.',
      author: 'Deniz Sample',
    });
    expect(feed.items[0]?.contentHtml).toContain('<p>Paragraph 1:');
  });

  it('reads an Atom feed: the entry id as GUID, and the updated time when there is no published time', async () => {
    const feed = await parseFeed(fixture('atom.xml'));
    expect(feed.title).toBe('Harbour Gazette — Defence');
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      guid: 'tag:harbour-gazette.example,2025:batteries-stay',
      link: 'https://harbour-gazette.example/defence/batteries-stay?utm_source=atom',
      published: '2025-03-04T09:30:00.000Z',
      author: 'Selin Example',
      summary: 'A ministry spokesperson denied a report that the batteries would be shipped abroad.',
    });
    expect(first?.contentHtml).toContain('<p>"They are not going anywhere," the spokesperson said.</p>');
    expect(second?.published).toBe('2025-03-03T16:00:00.000Z');
  });

  it('reads an RSS 1.0 (RDF) feed, with its dc:date and dc:creator', async () => {
    const feed = await parseFeed(fixture('rss1.rdf'));
    expect(feed.items[0]).toMatchObject({
      guid: 'https://plainwire.example/2025/03/talks-resume',
      title: 'Talks on the disputed contract resume',
      published: '2025-03-03T05:00:00.000Z',
      author: 'Wire Desk',
    });
  });

  it('accepts an old RSS 0.91 feed that carries an external DOCTYPE and HTML entities', async () => {
    const feed = await parseFeed(fixture('rss091-doctype.xml'));
    expect(feed.title).toBe('Old Town Courier');
    expect(feed.items[0]?.title).toBe('Council approves budget');
  });

  it('reads an item whose title tag never closes, keeping its link', async () => {
    const xml = `<rss version="2.0"><channel><title>Outlet</title><item><title>An item whose tags never close
      <link>https://broken.example/a</link></item>
      <item><title>Next</title><link>https://broken.example/b</link></item></channel></rss>`;
    const feed = await parseFeed(xml);
    expect(feed.items.map((i) => [i.title, i.link])).toEqual([
      ['An item whose tags never close', 'https://broken.example/a'],
      ['Next', 'https://broken.example/b'],
    ]);
  });

  it('gives a null date, not an error, when an item’s date cannot be read', async () => {
    const feed = await parseFeed(
      rss('Outlet', [{ title: 'Undated', link: 'https://o.example/u', pubDate: 'sometime last week' }]),
    );
    expect(feed.items[0]?.published).toBeNull();
  });
});

describe('refusing what is not a feed', () => {
  it('refuses a response cut off before any title or item, saying so', async () => {
    const err = await parseError(fixture('malformed.xml'));
    expect(err.code).toBe('malformed');
    expect(err.message).toMatch(/cannot read the feed: the document ends before any title or item/);
  });

  it('refuses a response with no XML in it at all', async () => {
    const err = await parseError('Service temporarily unavailable, please retry');
    expect(err.code).toBe('malformed');
    expect(err.message).toMatch(/no XML elements/);
  });

  it('refuses an HTML page that starts with an XML declaration', async () => {
    const err = await parseError(
      '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>Home</body></html>',
    );
    expect(err.code).toBe('not-a-feed');
  });

  it('says plainly when the address is a web page rather than a feed', async () => {
    const err = await parseError(fixture('homepage.html'));
    expect(err.code).toBe('not-a-feed');
    expect(err.remedy).toMatch(/RSS\/Atom link/);
  });

  it('refuses well-formed XML that is neither RSS nor Atom', async () => {
    const err = await parseError('<?xml version="1.0"?><catalog><book>Not news</book></catalog>');
    expect(err.code).toBe('not-a-feed');
  });

  it('refuses a "billion laughs" entity bomb at once, without expanding it', async () => {
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    const err = await parseError(fixture('billion-laughs.xml'));
    expect(err.code).toBe('entity-declaration');
    expect(performance.now() - started).toBeLessThan(200);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses entity declarations in a DOCTYPE whose comments mention a root', async () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE rss [<!-- ]> --><!ENTITY a "x">]>' +
      '<rss version="2.0"><channel><title>&a;</title></channel></rss>';
    expect((await parseError(xml)).code).toBe('entity-declaration');
  });

  it('reads a feed behind an HTML DOCTYPE that a stray > broke in two', async () => {
    const xml =
      '<!DOCTYPE html PUBLIC "-//W3C//>DTD XHTML 1.0//EN" "x.dtd">\n' +
      '<rss version="2.0"><channel><title>Plains Courier</title></channel></rss>';
    expect((await parseFeed(xml)).title).toBe('Plains Courier');
  });

  it('accepts a DOCTYPE whose internal subset declares no entities', async () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE rss [<!-- nothing here -->]>' +
      '<rss version="2.0"><channel><title>Plain</title></channel></rss>';
    expect((await parseFeed(xml)).title).toBe('Plain');
  });

  it('refuses entity declarations hidden behind a comment in the prolog', async () => {
    const xml =
      '<?xml version="1.0"?><!-- <looks-like-a-root> --><!DOCTYPE rss [<!ENTITY a "x">]>' +
      '<rss version="2.0"><channel><title>&a;</title></channel></rss>';
    expect((await parseError(xml)).code).toBe('entity-declaration');
  });
});

describe('bounding a huge feed', () => {
  it('keeps only the newest 500 items of a 100,000-item feed', async () => {
    const start = Date.UTC(2020, 0, 1);
    const parts: string[] = [];
    for (let k = 0; k < 100_000; k++) {
      const date = new Date(start + k * 60_000).toUTCString();
      parts.push(
        `<item><title>Item ${k}</title><link>https://bulk.example/${k}</link><pubDate>${date}</pubDate></item>`,
      );
    }
    const items = parts.join('');
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Bulk</title>${items}</channel></rss>`;
    const feed = await parseFeed(xml);
    expect(feed.items).toHaveLength(500);
    expect(feed.dropped).toBe(99_500);
    expect(feed.items[0]?.title).toBe('Item 99999');
    expect(feed.items[499]?.title).toBe('Item 99500');
  });

  it('honours a smaller cap when one is configured', async () => {
    const items = [1, 2, 3].map((d) => ({
      title: `Day ${d}`,
      link: `https://o.example/${d}`,
      pubDate: `0${d} Mar 2025 10:00:00 GMT`,
    }));
    const feed = await parseFeed(rss('Outlet', items), { maxItems: 2 });
    expect(feed.items.map((i) => i.title)).toEqual(['Day 3', 'Day 2']);
  });
});
