import { afterEach, describe, expect, it } from 'vitest';
import type { Handler } from './support/feed-server.js';
import { pollerHarness, type PollerHarness } from './support/poller-harness.js';

let h: PollerHarness;
afterEach(async () => h?.close());

/** An RSS feed whose item link is relative; `headers` are sent with it. */
function relativeFeed(headers: Record<string, string>): Handler {
  const xml =
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Moorland Record</title>
    <item><title>Wind farm inquiry adjourned</title><link>stories/wind-farm-inquiry</link>` +
    `<guid isPermaLink="false">mr-301</guid>
    <description>The inquiry will resume in April.</description></item></channel></rss>`;
  return (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', ...headers }).end(xml);
}

async function storedUrls(): Promise<string[]> {
  return (await h.store.unanalysedArticles(10)).map((a) => a.url);
}

describe('where a relative item link points', () => {
  it('resolves against the Content-Location the outlet sends, not the address polled', async () => {
    h = await pollerHarness({ '/feeds/latest.php': relativeFeed({ 'content-location': '/archive/2025/feed.xml' }) });
    await h.store.addFeed(h.server.url('/feeds/latest.php'));
    await h.poller().pollOnce();
    expect(await storedUrls()).toEqual([h.server.url('/archive/2025/stories/wind-farm-inquiry')]);
  });

  it('resolves against the address polled when there is no Content-Location', async () => {
    h = await pollerHarness({ '/feeds/latest.php': relativeFeed({}) });
    await h.store.addFeed(h.server.url('/feeds/latest.php'));
    await h.poller().pollOnce();
    expect(await storedUrls()).toEqual([h.server.url('/feeds/stories/wind-farm-inquiry')]);
  });
});
