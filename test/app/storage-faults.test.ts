import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { runBot } from '../../src/app/main.js';
import { openStore, storageFault } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { rss } from '../ingest/support/feeds.js';
import { serveFeed } from '../ingest/support/feed-server.js';
import { pollerHarness, type PollerHarness } from '../ingest/support/poller-harness.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'cw-faults-'));

async function refusal(p: Promise<unknown>): Promise<StoreError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StoreError);
  return err as StoreError;
}

/** A real SQLite error of the given kind, made on a throwaway database (no disk is filled, nothing is remounted). */
function realSqliteError(kind: 'full' | 'readonly'): Error {
  const file = join(tempDir(), 'probe.db');
  new Database(file).exec('CREATE TABLE t (x TEXT)');
  const db = new Database(file, { readonly: kind === 'readonly' });
  try {
    if (kind === 'full') {
      db.pragma('max_page_count = 2');
      db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000));
    } else db.exec("INSERT INTO t VALUES ('x')");
  } catch (err) {
    return err as Error;
  } finally {
    db.close();
  }
  throw new Error('expected SQLite to refuse');
}

let h: PollerHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('a database that cannot be used', () => {
  it('names a damaged database file and how to recover, instead of SQLite’s “file is not a database”', async () => {
    const file = join(tempDir(), 'claimwatch.db');
    writeFileSync(file, 'this is not a database, it is a shopping list\n'.repeat(200));
    const err = await refusal(openStore(`file:${file}`));
    expect(err.code).toBe('corrupt');
    expect(err.message).toContain(file);
    expect(err.remedy).toMatch(/restore it from a backup, or move it aside/);
  });

  it('names a database whose directory cannot be created', async () => {
    const notADir = join(tempDir(), 'plain-file');
    writeFileSync(notADir, 'x');
    const err = await refusal(openStore(`file:${join(notADir, 'claimwatch.db')}`));
    expect(err.code).toBe('cannot-open');
    expect(err.message).toContain(join(notADir, 'claimwatch.db'));
    expect(err.remedy).toMatch(/DATABASE_URL/);
  });

  it('explains a read-only database and a full disk, naming the file and the fix', () => {
    const ro = storageFault(realSqliteError('readonly'), '/srv/claimwatch/claimwatch.db') as StoreError;
    expect(ro).toMatchObject({ code: 'read-only' });
    expect(ro.message).toContain('/srv/claimwatch/claimwatch.db cannot be written');
    expect(ro.remedy).toMatch(/writable/);
    const full = storageFault(realSqliteError('full'), '/srv/claimwatch/claimwatch.db') as StoreError;
    expect(full).toMatchObject({ code: 'disk-full' });
    expect(full.remedy).toMatch(/free space/);
  });

  it('does not blame the feed when the disk fills mid-poll; the poll fails with the store’s message', async () => {
    h = await pollerHarness({
      '/feed.xml': serveFeed(
        rss('Outlet', [{ title: 'Story', link: 'https://outlet.example/1', guid: 's1', description: 'Words.' }]),
      ),
    });
    await h.store.addFeed(h.server.url('/feed.xml'));
    const full = realSqliteError('full');
    const real = h.store;
    const fullDisk = new Proxy(real, {
      get(target, prop) {
        if (prop === 'saveArticles' || prop === 'recordFeedFailure')
          return async () => {
            throw storageFault(full, '/data/claimwatch.db');
          };
        const v = Reflect.get(target, prop, target) as unknown;
        return typeof v === 'function' ? v.bind(target) : v;
      },
    }) as Store;
    const err = await refusal(h.poller({ store: fullDisk }).pollOnce());
    expect(err.code).toBe('disk-full');
    expect(err.message).toContain('/data/claimwatch.db');
    const [feed] = await real.listFeeds();
    expect(feed?.failureCount).toBe(0);
    expect(feed?.lastError).toBeNull();
  });
});

describe('run --once', () => {
  it('fails, saying how many, when messages are left undelivered', async () => {
    const dir = tempDir();
    const opml = join(dir, 'none.opml');
    writeFileSync(
      opml,
      '<?xml version="1.0"?><opml version="2.0"><head><title>none</title></head><body></body></opml>',
    );
    const db = `file:${join(dir, 'bot.db')}`;
    const store = await openStore(db);
    const T0 = new Date(Date.now() - 60_000).toISOString();
    await store.enqueue(
      [0, 1].map((n) => ({
        kind: 'digest' as const,
        sink: 'slack',
        channel: 'C0DESK',
        eventKey: '2025-W10',
        idempotencyKey: `digest:slack:C0DESK:${n}`,
        payload: { type: 'digest' as const, periodKey: '2025-W10', text: `Weekly digest ${n}`, model: {} },
        nextAttemptAt: T0,
        createdAt: T0,
      })),
    );
    await store.close();
    const out = { write: () => undefined };
    const err = await runBot(
      { once: true },
      { env: { DATABASE_URL: db, FEEDS_FILE: opml, LOG_LEVEL: 'silent' }, out },
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String((err as Error)?.message)).toMatch(/2 message\(s\) not delivered: 2 still pending/);
  });
});
