import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as claim from '../../commands/claim.js';
import * as claims from '../../commands/claims.js';
import * as digest from '../../commands/digest.js';
import * as feeds from '../../commands/feeds.js';
import * as sources from '../../commands/sources.js';
import * as status from '../../commands/status.js';
import * as who from '../../commands/who.js';
import type { CommandContext, FeedCheck } from '../../src/chat/command.js';
import { replyToText } from '../../src/chat/render/reply.js';
import { contextFactory } from './command-rig.js';
import { alertPayload, tempStore } from './fixtures.js';

let db: Awaited<ReturnType<typeof tempStore>>;
const NOW = new Date('2025-09-06T12:00:00Z');

beforeEach(async () => {
  db = await tempStore();
});
afterEach(async () => {
  await db.cleanup();
});

function ctx(opts: { user?: string; feedCheck?: (url: string) => FeedCheck } = {}): CommandContext {
  const { context } = contextFactory(db.store, {
    admins: ['discord:1500', 'U0EDITOR'],
    now: () => NOW,
    ...(opts.feedCheck ? { feedCheck: opts.feedCheck } : {}),
  });
  return context({ id: opts.user ?? 'U0REPORTER', platform: 'slack' });
}

/** A feed article in which Mira Kaya denies the return and gives a third battery count. */
async function learnFromFeed(): Promise<void> {
  const article = {
    url: 'https://coast.example.org/kaya',
    title: 'Analyst doubts the return',
    source: 'Coast Courier',
    published: '2025-09-06T07:00:00Z',
  };
  const { id } = await db.store.saveArticle({
    feedId: null,
    url: article.url,
    keys: { guid: null, canonicalUrl: article.url, contentHash: 'h1' },
    title: article.title,
    source: article.source,
    published: article.published,
    text: 'text',
    fetchedAt: NOW.toISOString(),
  });
  await db.store.recordAnalysis({
    articleId: id,
    article,
    repeats: [],
    routes: () => [],
    at: NOW.toISOString(),
    report: {
      url: article.url,
      title: article.title,
      published: article.published,
      language: 'en',
      relevant: true,
      story: 's400-turkey',
      relevance: 0.9,
      findings: [
        {
          claim: 'systems-returned',
          claimText: 'x',
          stance: 'denies',
          actor: 'Mira Kaya',
          evidence: 'Nothing is being shipped anywhere.',
          confidence: 0.8,
        },
      ],
      values: [
        {
          attribute: 'quantity',
          claim: 'battery-count',
          value: 'three batteries',
          normalised: { kind: 'count', count: 3, unit: 'battery' },
          evidence: 'Three batteries.',
          actor: null,
        },
      ],
      alerts: [],
    },
  });
}

describe('/claims', () => {
  it('lists every claim with who asserts and who denies, and shows contested values', async () => {
    await learnFromFeed();
    const text = replyToText(await claims.run(ctx(), {}));
    expect(text).toContain('2 claims in Turkey’s S-400 systems');
    expect(text).toContain('asserted by Harbour Herald · denied by Lev Sorokin, Mira Kaya');
    expect(text).toContain(
      'contested: four batteries (Harbour Herald) vs two batteries (Example Wire) vs three batteries (Coast Courier)',
    );
  });

  it('narrows the list to claims matching the words given', async () => {
    const reply = await claims.run(ctx(), { query: 'batteries' });
    expect(reply.text).toBe('1 claim match “batteries”');
  });

  it('says plainly when nothing matches', async () => {
    const reply = await claims.run(ctx(), { query: 'submarines' });
    expect(reply).toMatchObject({ ephemeral: true, text: expect.stringContaining('No claim matches “submarines”') });
  });
});

describe('/claim', () => {
  it('shows the timeline oldest first, with sources and what came from feeds', async () => {
    await learnFromFeed();
    const text = replyToText(await claim.run(ctx(), { id: 'systems-returned' }));
    const lines = text.split('\n').filter((l) => l.includes(' · '));
    expect(lines[0]).toContain('2025-09-01 · Harbour Herald asserts');
    expect(lines[1]).toContain('2025-09-05 · Lev Sorokin denies');
    expect(lines[2]).toContain(
      '2025-09-06 · Mira Kaya denies: “Nothing is being shipped anywhere.” — Coast Courier, 2025-09-06' +
        ' <https://coast.example.org/kaya> (from feeds)',
    );
  });

  it('suggests the closest ids for an unknown one', () => {
    expect(claim.precheck(ctx(), { id: 'systems' })?.text).toContain('Did you mean systems-returned?');
  });
});

describe('/who', () => {
  it('finds a speaker by surname and lists what they denied', async () => {
    const reply = await who.run(ctx(), { actor: 'sorokin' });
    expect(reply.text).toBe('Lev Sorokin: asserts 0 claims, denies 1, reports 0');
    expect(replyToText(reply)).toContain(
      'Denies\n  systems-returned: “No agreement to take the systems back exists.”',
    );
  });

  it('says when nothing is on record from someone', async () => {
    expect((await who.run(ctx(), { actor: 'Nobody Known' })).text).toContain('Nothing on record from “Nobody Known”');
  });
});

describe('/sources', () => {
  it('lists the outlets and links behind a claim', async () => {
    const text = replyToText(await sources.run(ctx(), { claim: 'battery-count' }));
    expect(text).toContain('2 outlets behind claim battery-count');
    expect(text).toContain('Harbour Herald, 2019-07-12 <https://herald.example.org/batteries>');
  });
});

describe('/digest', () => {
  it('says the digest is not built yet while the digest issue is open', async () => {
    expect((await digest.run(ctx(), {})).text).toContain('The weekly digest is not built yet');
  });
});

describe('/feeds', () => {
  it('lets anyone list the feeds', async () => {
    await db.store.addFeed('https://feeds.example.org/a.xml', 'Feed A');
    expect(replyToText(await feeds.run(ctx(), { action: 'list' }))).toContain(
      'Feed A <https://feeds.example.org/a.xml> — ok, polled never',
    );
  });

  it('checks the address before storing it, and stores nothing when the check fails', async () => {
    const reply = await feeds.run(
      ctx({ user: 'U0EDITOR', feedCheck: () => ({ ok: false, reason: 'the page is HTML, not a feed' }) }),
      { action: 'add', url: 'https://example.org/' },
    );
    expect(reply.text).toBe(
      'Not added: the page is HTML, not a feed. Check the address opens as RSS or Atom in a browser.',
    );
    expect(await db.store.listFeeds()).toHaveLength(0);
  });

  it('lets an admin remove a feed, and refuses everyone else', async () => {
    await db.store.addFeed('https://feeds.example.org/a.xml');
    expect((await feeds.run(ctx(), { action: 'remove', url: 'https://feeds.example.org/a.xml' })).text).toContain(
      'Only the bot’s admins',
    );
    expect(
      (await feeds.run(ctx({ user: 'U0EDITOR' }), { action: 'remove', url: 'https://feeds.example.org/a.xml' })).text,
    ).toContain('Removed');
    expect(await db.store.listFeeds()).toHaveLength(0);
  });
});

describe('/status', () => {
  it('shows failing feeds, the last poll, the backlog and the messages given up on', async () => {
    const feed = await db.store.addFeed('https://feeds.example.org/broken.xml', 'Broken feed');
    await db.store.recordFeedFailure(feed.id, {
      error: 'HTTP 503',
      at: '2025-09-06T11:50:00Z',
      nextPollAt: '2025-09-06T12:10:00Z',
    });
    const at = '2025-09-06T11:00:00Z';
    await db.store.enqueue([
      {
        kind: 'alert',
        sink: 'slack',
        channel: 'C0DESK',
        eventKey: 'e1',
        idempotencyKey: 'k1',
        payload: alertPayload(),
        nextAttemptAt: at,
        createdAt: at,
      },
    ]);
    const [leased] = await db.store.leaseOutbox(at, 'w', 60_000, 1);
    await db.store.markAttemptFailed(
      leased!.id,
      'PlatformApiError[rejected]: Slack refused the message: channel_not_found',
      at,
      true,
    );

    const reply = await status.run(ctx(), {});
    expect(reply.ephemeral).toBe(true);
    expect(reply.text).toBe('1 feed (1 failing) · last poll 10 min ago · 0 waiting · 1 given up');
    const text = replyToText(reply);
    expect(text).toContain(
      'Broken feed <https://feeds.example.org/broken.xml> — 1 failure, last 10 min ago: HTTP 503',
    );
    expect(text).toContain(
      'alert to slack C0DESK, 1 attempt: PlatformApiError[rejected]: Slack refused the message: channel_not_found',
    );
  });
});
