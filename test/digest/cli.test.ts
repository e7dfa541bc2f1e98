import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { PNG } from 'pngjs';
import { main, type Io } from '../../src/cli.js';
import { analyzeArticle } from '../../src/core/analyze.js';
import { recordArticle } from '../../src/app/pipeline.js';
import { fixtureArticle, storyClaims, tempStore, type TempStore } from './support.js';

/** `claimwatch digest` run in-process against a store the test filled. */

let db: TempStore;
beforeEach(async () => {
  db = await tempStore();
  const claimSet = await storyClaims();
  const a = fixtureArticle('adviser-rules-out-return.txt');
  const article = {
    url: 'https://harbour.example/adviser',
    title: a.title,
    text: a.body,
    published: null,
    source: 'Harbour Post',
  };
  const report = analyzeArticle(article, claimSet.compiled, await db.store.loadHistory(claimSet.file.story.id));
  await recordArticle(db.store, article, report, null, {
    routes: () => [],
    now: () => new Date('2025-10-21T09:00:00Z'),
  });
});
afterEach(async () => db.close());

async function digest(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: Io = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    stdin: Readable.from([]),
    env: { DATABASE_URL: db.url, TZ: 'Europe/Istanbul', ...env },
  };
  const code = await main(['digest', ...args], io);
  return { code, out, err };
}

describe('claimwatch digest', () => {
  it('prints the week as text', async () => {
    const r = await digest(['--since', '2025-10-20', '--until', '2025-10-27']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Mon 20 Oct 2025 – Sun 26 Oct 2025 (Europe/Istanbul) · 2025-W43');
    expect(r.out).toContain('Kemal Duransoy denies');
  });

  it('says in one line that a quiet week was quiet', async () => {
    const r = await digest(['--since', '2025-11-03', '--until', '2025-11-10']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'Nothing new in the story for Mon 3 Nov 2025 – Sun 9 Nov 2025 (Europe/Istanbul): ' +
        'no articles, statements, alerts or feed failures.\n',
    );
  });

  it('writes the chart to the file given with --chart', async () => {
    const file = join(db.dir, 'out', 'week.png');
    const r = await digest(['--since', '2025-10-20', '--until', '2025-10-27', '--chart', file]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`chart written to ${file}`);
    const png = PNG.sync.read(readFileSync(file));
    expect([png.width, png.height]).toEqual([800, 400]);
  });

  it('posts to the configured channels once and says so the second time', async () => {
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_ALERT_CHANNEL: 'C-DESK',
      SLACK_DIGEST_CHANNEL: 'C-WEEKLY',
    };
    const first = await digest(['--since', '2025-10-20', '--until', '2025-10-27', '--post'], env);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/^posted to console, slack C-WEEKLY \(period 2025-W43;/m);
    const second = await digest(['--since', '2025-10-20', '--until', '2025-10-27', '--post'], env);
    expect(second.err).toMatch(/^already posted for this period \(2025-W43\) to console, slack C-WEEKLY$/m);
    expect(second.err).not.toMatch(/^posted to/m);
    expect((await db.store.outboxStats()).pending).toBe(2);
  });

  it('refuses a period that ends before it starts', async () => {
    const r = await digest(['--since', '2025-10-27', '--until', '2025-10-20']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--since .* must be before --until/);
  });
});

describe('claimwatch digest --post without Slack or Discord', () => {
  it('is refused with the keys to set, and the week can still be posted once they are', async () => {
    const refused = await digest(['--since', '2025-10-20', '--until', '2025-10-27', '--post']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--post needs Slack or Discord to post to, and neither is configured');
    expect(refused.err).toContain('→ set SLACK_BOT_TOKEN and SLACK_ALERT_CHANNEL');
    expect(refused.out).toBe('');
    expect((await db.store.outboxStats()).pending).toBe(0);
    const env = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret', SLACK_ALERT_CHANNEL: 'C-DESK' };
    const later = await digest(['--since', '2025-10-20', '--until', '2025-10-27', '--post'], env);
    expect(later.err).toMatch(/^posted to console, slack C-DESK \(period 2025-W43;/m);
  });
});
