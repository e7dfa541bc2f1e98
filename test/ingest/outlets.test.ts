import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/ingest/index.js';
import { outletOf, sitesOf } from '../../src/ingest/save-items.js';

/** Who published an item: an aggregator's feed carries many outlets, and each item must be credited to its own. */

const aggregator = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>"harbour" - News search</title><link>https://news.search.example/</link>
  <item><title>Harbour sale talks stall</title><link>https://news.search.example/articles/abc123</link>
    <source url="https://www.tidewater-herald.example">Tidewater Herald</source></item>
  <item><title>Port workers strike</title><link>https://www.portside-daily.example/2025/05/strike</link></item>
  <item><title>Ferry fees to rise</title><link>https://news.search.example/articles/def456</link></item>
</channel></rss>`;

describe('the outlet of an item', () => {
  it('is the outlet an aggregator item names, else the site it lives on, else the feed', async () => {
    const feed = await parseFeed(aggregator);
    const feedUrl = 'https://news.search.example/rss?q=harbour';
    const info = { url: feedUrl, name: feed.title ?? 'feed', sites: sitesOf(feed.items.map((i) => i.link)) };
    const outlets = feed.items.map((item) => outletOf(item, item.link!, info));
    expect(outlets).toEqual(['Tidewater Herald', 'portside-daily.example', '"harbour" - News search']);
  });

  it("keeps the feed's name for an outlet whose feed is hosted on another site than its pages", async () => {
    const own = `<rss version="2.0"><channel><title>Nerith Courier</title>
      <item><title>Council meets</title><link>https://www.courier.example/council</link></item>
      <item><title>Docks reopen</title><link>https://courier.example/docks</link></item></channel></rss>`;
    const feed = await parseFeed(own);
    const info = {
      url: 'https://feeds.host.example/courier.xml',
      name: 'Nerith Courier',
      sites: sitesOf(feed.items.map((i) => i.link)),
    };
    expect(feed.items.map((item) => outletOf(item, item.link!, info))).toEqual(['Nerith Courier', 'Nerith Courier']);
  });

  it('reads the publisher of an Atom entry from its source title', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Digest</title>
      <entry><title>Dock news</title><link href="https://digest.example/1"/><id>urn:1</id>
        <updated>2025-05-01T10:00:00Z</updated>
        <source><title>Harbour Wire</title><id>urn:hw</id></source></entry></feed>`;
    const feed = await parseFeed(atom);
    expect(feed.items[0]!.publisher).toBe('Harbour Wire');
  });
});
