import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { rss } from './support/feeds.js';
import { serveFeed } from './support/feed-server.js';
import { testLimits } from './support/limits.js';
import { pollerHarness, type PollerHarness } from './support/poller-harness.js';

let h: PollerHarness;
afterEach(async () => h?.close());

/** An outlet whose article pages accept the connection and never answer, counting how many wait at once. */
function stallingPages() {
  const state = { waiting: 0, most: 0, asked: 0 };
  const handler = (req: IncomingMessage, _res: ServerResponse) => {
    state.asked++;
    state.waiting++;
    state.most = Math.max(state.most, state.waiting);
    req.socket.on('close', () => void state.waiting--);
  };
  return { state, handler };
}

describe('a feed whose article pages stall', () => {
  it('reads its pages side by side and stops at the feed’s time budget, keeping the feed text', async () => {
    const pages = stallingPages();
    const items = Array.from({ length: 10 }, (_, i) => ({
      title: `Teaser ${i}`,
      link: `PAGE/${i}`,
      guid: `teaser-${i}`,
      description: `Short teaser number ${i}.`,
    }));
    h = await pollerHarness({});
    for (let i = 0; i < 10; i++) h.server.route(`/page/${i}`, pages.handler);
    h.server.route(
      '/feed.xml',
      serveFeed(
        rss(
          'Teasers',
          items.map((it) => ({ ...it, link: h.server.url(it.link.replace('PAGE', '/page')) })),
        ),
      ),
    );
    await h.store.addFeed(h.server.url('/feed.xml'));

    // Each page alone would wait a minute; the feed as a whole has a fraction of a second for its pages.
    const summary = await h
      .poller({ backfill: true, limits: testLimits({ timeoutMs: 60_000 }), pageConcurrency: 4, pageBudgetMs: 1_000 })
      .pollOnce();

    expect(summary).toMatchObject({ ok: 1, failed: 0, newItems: 10 });
    expect(pages.state.most).toBe(4);
    expect(h.announced.map((a) => a.article.text).sort()).toEqual(items.map((it) => it.description).sort());
    expect(h.log.entries.some((e) => e.level === 'warn' && /time for article pages ran out/.test(e.msg ?? ''))).toBe(
      true,
    );
  });
});
