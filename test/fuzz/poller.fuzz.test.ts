import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longParagraphs, rss } from '../ingest/support/feeds.js';
import { serveFeed } from '../ingest/support/feed-server.js';
import { pollerHarness, type PollerHarness } from '../ingest/support/poller-harness.js';
import { fuzzRuns, fuzzTimeoutMs, watchUnhandled } from './runs.js';

const validFeed = rss('Fuzzed outlet', [
  {
    title: 'Spokesman rules out return of systems',
    link: 'https://fuzz.example/1',
    guid: 'f1',
    pubDate: 'Tue, 04 Mar 2025 09:00:00 GMT',
    content: longParagraphs(2),
  },
  {
    title: 'Second story &amp; more',
    link: 'https://fuzz.example/2',
    guid: 'f2',
    description: '<p>Short <b>teaser</b></p>',
  },
]);

/**
 * A byte edit of a valid feed: overwrite, insert or delete at a position, as a damaged or hostile outlet would
 * serve.
 */
const mutatedFeed = fc
  .array(
    fc.record({
      at: fc.nat(),
      op: fc.constantFrom('set', 'insert', 'delete'),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((edits) => {
    let bytes = Buffer.from(validFeed, 'utf8');
    for (const e of edits) {
      const at = e.at % (bytes.length + 1);
      if (e.op === 'set')
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(e.bytes), bytes.subarray(at + e.bytes.length)]);
      else if (e.op === 'insert')
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(e.bytes), bytes.subarray(at)]);
      else bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + e.bytes.length)]);
    }
    return bytes;
  });

/** Markup an item may carry: nesting, entities, stray and unclosed tags, invisible characters. */
const hostileContent = fc
  .array(
    fc.constantFrom(
      '<div>',
      '</div>',
      '<p>',
      '</span>',
      '<script>',
      '</script>',
      '<svg/>',
      '&amp;',
      '&#0;',
      '&#xD800;',
      '&bogus;',
      '<![CDATA[',
      ']]>',
      '<!--',
      '-->',
      '\u202E',
      '\u200B',
      '@everyone',
      'text ',
      '<br>',
      '<',
      '>',
      '"',
    ),
    { maxLength: 400 },
  )
  .chain((parts) => fc.nat({ max: 3000 }).map((depth) => `${'<i>'.repeat(depth)}${parts.join('')}`))
  .map((content) =>
    Buffer.from(
      rss('Hostile markup', [
        {
          title: 'Hostile',
          link: 'https://fuzz.example/h',
          guid: `h-${content.length}`,
          content: content.replace(/]]>/g, ''),
        },
      ]),
      'utf8',
    ),
  );

const feedBytes = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)),
  mutatedFeed,
  hostileContent,
);

let h: PollerHarness;
beforeAll(async () => {
  h = await pollerHarness({
    '/good.xml': serveFeed(
      rss('Good outlet', [
        { title: 'Steady story', link: 'https://good.example/1', guid: 'g1', content: longParagraphs(3) },
      ]),
    ),
  });
  await h.store.addFeed(h.server.url('/good.xml'));
  await h.store.addFeed(h.server.url('/fuzz.xml'));
});
afterAll(async () => h?.close());

describe('random and damaged feed bytes', () => {
  it(
    'never crash a poll: the fuzzed feed ends ok or with its own recorded error, and the good feed is read each time',
    async () => {
      const unhandled = watchUnhandled();
      try {
        await fc.assert(
          fc.asyncProperty(feedBytes, async (bytes) => {
            h.server.route('/fuzz.xml', serveFeed(bytes));
            h.advance(7 * 3_600_000); // past any backoff: both feeds are due again
            const summary = await h.poller().pollOnce();
            expect(summary.feeds).toBe(2);
            const feeds = new Map((await h.store.listFeeds()).map((f) => [new URL(f.url).pathname, f]));
            expect(feeds.get('/good.xml')?.failureCount).toBe(0);
            const fuzzed = feeds.get('/fuzz.xml')!;
            if (fuzzed.failureCount > 0) expect(fuzzed.lastError).toMatch(/\[[a-z0-9-]+\]/);
            expect(unhandled.errors).toEqual([]);
          }),
          fuzzRuns(30),
        );
      } finally {
        unhandled.stop();
      }
    },
    fuzzTimeoutMs(60_000),
  );
});
