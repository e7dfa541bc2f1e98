import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALERT_CHANNEL, SHORT_LEASES, startCluster, waitUntil, type Cluster } from './support/cluster.js';
import { freshPostgres } from './support/database.js';
import type { BotProcess, Exit } from './support/bot-process.js';
import { allDelivered, slackPosts, tally } from './support/tally.js';

/**
 * Two claimwatch processes on one PostgreSQL database, one fictional outlet and a fake Slack API: every article
 * is analysed once and every alert reaches Slack exactly once. Needs a PostgreSQL server (TEST_DATABASE_URL) and
 * a built CLI (`npm run build`; `npm test` builds first).
 */

const PG_URL = process.env.TEST_DATABASE_URL;
const BACKLOG = 4;
const LATER = 8;

if (!PG_URL) {
  console.warn('two instances on PostgreSQL: skipped — set TEST_DATABASE_URL=postgres://… to run it');
  describe.skip('two instances sharing PostgreSQL (set TEST_DATABASE_URL to run)', () => {
    it('analyse every article once and deliver every alert once', () => undefined);
  });
} else {
  describe('two instances sharing PostgreSQL', () => {
    let cluster: Cluster;
    let bots: BotProcess[] = [];
    let exits: Exit[] = [];
    const diagnostics = () => bots.map((b) => `${b.label}:\n${b.stderrTail()}`).join('\n---\n');

    beforeAll(async () => {
      cluster = await startCluster({
        db: await freshPostgres(PG_URL),
        backfill: true,
        addFeedsWith: 'cli',
        env: { ...SHORT_LEASES },
      });
      for (let i = 0; i < BACKLOG; i++) cluster.desk.publish();
      bots = [cluster.start(0), cluster.start(1)];
      for (let i = 0; i < LATER; i++) {
        await new Promise((r) => setTimeout(r, 250));
        cluster.desk.publish();
      }
      const done = await waitUntil(() => allDelivered(cluster.slack, cluster.desk.published, ALERT_CHANNEL), 60_000);
      // Both instances keep polling a few more cycles: a second copy, if any, would arrive now.
      await new Promise((r) => setTimeout(r, 4_500));
      exits = await cluster.stopAll();
      if (!done)
        throw new Error(`not every alert arrived within 60 s; exits ${JSON.stringify(exits)}:\n${diagnostics()}`);
    }, 120_000);

    afterAll(async () => {
      await cluster?.close();
    }, 60_000);

    it('both instances ran until told to stop and then shut down cleanly', () => {
      expect(exits, diagnostics()).toEqual([
        { code: 0, signal: null },
        { code: 0, signal: null },
      ]);
    });

    it('every published article is stored once and analysed once', async () => {
      const counts = await cluster.store.articleCounts({
        since: '2000-01-01T00:00:00.000Z',
        until: '2100-01-01T00:00:00.000Z',
      });
      expect(counts.articles).toBe(BACKLOG + LATER);
      expect(counts.relevant).toBe(BACKLOG + LATER);
      expect(await cluster.store.unanalysedArticles(10)).toEqual([]);
      // An article analysed twice would have recorded each of its findings twice.
      const denials = await cluster.store.positions({ claim: 'turkey-seeks-return' });
      const ours = denials.filter((d) => d.articleId !== null);
      expect(new Set(ours.map((d) => `${d.articleId}|${d.evidence}`)).size).toBe(ours.length);
      for (const { article } of cluster.desk.published) {
        const theirs = ours.filter((d) => d.actor.endsWith(article.official));
        expect(theirs.length, article.official).toBeGreaterThan(0);
        expect(new Set(theirs.map((d) => d.articleId)).size, article.official).toBe(1);
      }
    });

    it('each article raised exactly its own denial, recorded as one event with one source', async () => {
      const events = await cluster.store.events({});
      expect(events.map((e) => e.eventKey).sort()).toEqual(
        cluster.desk.published.map((p) => p.article.expectedEventKey).sort(),
      );
      expect(events.every((e) => e.kind === 'denial' && e.sources === 1)).toBe(true);
    });

    it('the desk channel got every alert exactly once', () => {
      const result = tally(slackPosts(cluster.slack), cluster.desk.published, ALERT_CHANNEL);
      expect(result, diagnostics()).toMatchObject({
        expected: BACKLOG + LATER,
        received: BACKLOG + LATER,
        duplicates: 0,
        lost: 0,
        unexpected: 0,
      });
      const texts = cluster.slack.inChannel(ALERT_CHANNEL).map((m) => m.text);
      expect(new Set(texts).size).toBe(texts.length);
    });

    it('the outbox shows every Slack and console message delivered and none dead or waiting', async () => {
      const stats = await cluster.store.outboxStats();
      expect(stats).toMatchObject({ pending: 0, dead: 0, delivered: 2 * (BACKLOG + LATER) });
    });
  });
}
