import { afterEach, describe, expect, it } from 'vitest';
import { run as status } from '../../commands/status.js';
import { claimSet, silentLog } from '../chat/fixtures.js';
import { retryAfterMs } from '../../src/ingest/backoff.js';
import { pollerHarness, type PollerHarness } from './support/poller-harness.js';

let h: PollerHarness;
afterEach(async () => h?.close());

const HOUR = 3_600_000;

async function pollRefused(status: number, retryAfter: string | null) {
  h = await pollerHarness({
    '/busy.xml': (_req, res) => res.writeHead(status, retryAfter ? { 'retry-after': retryAfter } : {}).end('busy'),
  });
  await h.store.addFeed(h.server.url('/busy.xml'));
  await h.poller().pollOnce();
  const [feed] = await h.store.listFeeds();
  return { feed: feed!, waitedMs: Date.parse(feed!.nextPollAt!) - h.clock.now.getTime() };
}

describe('an outlet that asks us to come back later', () => {
  it('is not polled again before the hour its 429 Retry-After asks for, and /status says so', async () => {
    const { feed, waitedMs } = await pollRefused(429, '3600');
    expect(waitedMs).toBe(HOUR);
    expect(feed.lastError).toMatch(/HTTP 429.*Retry-After.*next poll at 2025-03-05T10:00:00\.000Z/);
    const reply = await status(
      {
        store: h.store,
        claimSet: claimSet(),
        user: { id: 'U1', platform: 'slack' },
        admins: [],
        log: silentLog,
        checkFeedUrl: async () => ({ ok: true }),
        now: () => h.clock.now,
      },
      {},
    );
    expect(JSON.stringify(reply.blocks)).toContain('Retry-After');
  });

  it('honours a 503 Retry-After given as a date', async () => {
    const { waitedMs } = await pollRefused(503, 'Wed, 05 Mar 2025 11:00:00 GMT');
    expect(waitedMs).toBe(2 * HOUR);
  });

  it('waits at most six hours however long the outlet asks for', async () => {
    const { waitedMs } = await pollRefused(429, String(7 * 24 * 3600));
    expect(waitedMs).toBe(6 * HOUR);
  });

  it('keeps the ordinary backoff when the outlet asks for less, or nothing readable', async () => {
    expect((await pollRefused(429, '5')).waitedMs).toBe(5 * 60_000);
    await h.close();
    expect((await pollRefused(503, 'soon')).waitedMs).toBe(5 * 60_000);
  });

  it('reads delay-seconds and HTTP dates, and nothing else', () => {
    const now = new Date('2025-03-05T09:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Wed, 05 Mar 2025 09:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs('-5', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
