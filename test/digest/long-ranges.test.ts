import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { main, type Io } from '../../src/cli.js';
import { analyzeArticle } from '../../src/core/analyze.js';
import { recordArticle } from '../../src/app/pipeline.js';
import { fixtureArticle, storyClaims, tempStore, type TempStore } from './support.js';

let db: TempStore;
beforeEach(async () => {
  db = await tempStore();
});
afterEach(async () => db.close());

async function save(url: string, source: string, published: string | null, fetchedAt: string): Promise<void> {
  await db.store.saveArticle({
    feedId: null,
    url,
    keys: { guid: null, canonicalUrl: url, contentHash: url },
    title: url,
    source,
    published,
    text: 'text',
    fetchedAt,
  });
}

async function digest(args: string[]) {
  let out = '';
  let err = '';
  const io: Io = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    stdin: Readable.from([]),
    env: { DATABASE_URL: db.url, TZ: 'UTC' },
  };
  const code = await main(['digest', ...args], io);
  return { code, out, err };
}

describe('articles in the digest', () => {
  it('count in the week they were published, or fetched when they carry no date', async () => {
    // A backlog item read late:
    await save('https://old.example/backlog', 'Old Wire', '2025-10-14T08:00:00Z', '2025-10-21T09:00:00.000Z');
    await save('https://daily.example/undated', 'Daily Courier', null, '2025-10-22T09:00:00.000Z');
    // Fetched after the week:
    await save('https://late.example/monday', 'Late Post', '2025-10-21T23:00:00+00:00', '2025-10-28T09:00:00.000Z');
    const week = await db.store.articleCounts({
      since: '2025-10-20T00:00:00.000Z',
      until: '2025-10-27T00:00:00.000Z',
    });
    expect(week.outlets).toEqual({ 'Daily Courier': 1, 'Late Post': 1 });
    const before = await db.store.articleCounts({
      since: '2025-10-13T00:00:00.000Z',
      until: '2025-10-20T00:00:00.000Z',
    });
    expect(before.outlets).toEqual({ 'Old Wire': 1 });
  });
});

describe('a digest over a long range', () => {
  beforeEach(async () => {
    const claimSet = await storyClaims();
    const a = fixtureArticle('adviser-rules-out-return.txt');
    const article = {
      url: 'https://harbour.example/adviser',
      title: a.title,
      text: a.body,
      published: '2025-10-21T08:00:00Z',
      source: 'Harbour Post',
    };
    const report = analyzeArticle(article, claimSet.compiled, await db.store.loadHistory(claimSet.file.story.id));
    await recordArticle(db.store, article, report, null, {
      routes: () => [],
      now: () => new Date('2025-10-21T09:00:00Z'),
    });
  });

  it('lists only the days with events in "Day by day", with the year, instead of every day since 2000', async () => {
    const r = await digest(['--since', '2000-01-01', '--until', '2026-01-01']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').length).toBeLessThan(60);
    expect(r.out).toMatch(
      /^Day by day \(1 day with events, of 9497\)\n {2}Tue 21 Oct 2025 +assertions +\d+ +denials +\d+ /m,
    );
  });

  it('still lists every day of a week, quiet days included', async () => {
    const r = await digest(['--since', '2025-10-20', '--until', '2025-10-27']);
    const days = r.out.slice(r.out.indexOf('Day by day\n')).split('\n').slice(1, 8);
    expect(days.map((l) => l.trim().slice(0, 10))).toEqual([
      'Mon 20 Oct',
      'Tue 21 Oct',
      'Wed 22 Oct',
      'Thu 23 Oct',
      'Fri 24 Oct',
      'Sat 25 Oct',
      'Sun 26 Oct',
    ]);
  });
});
