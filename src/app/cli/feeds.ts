import { readFile } from 'node:fs/promises';
import type { Io } from '../../cli.js';
import { UsageError } from '../../errors.js';
import { loadConfig } from '../config.js';
import { openStore } from '../../store/index.js';
import { checkFeedUrl, parseOpml, toOpml } from '../../ingest/index.js';
import { feedAllowHosts } from '../feed-limits.js';
import { addFeed } from './feeds-add.js';

type Action = 'list' | 'add' | 'remove' | 'import' | 'export';

/** `claimwatch feeds list|add URL|remove URL|import FILE.opml|export` */
export async function feedsCommand(
  action: Action,
  arg: string | undefined,
  io: Io,
  opts: { check?: boolean } = {},
): Promise<number> {
  const cfg = loadConfig(io.env);
  const store = await openStore(cfg.DATABASE_URL);
  try {
    switch (action) {
      case 'list': {
        const feeds = await store.listFeeds();
        if (!feeds.length)
          io.out('no feeds yet (the bot adds seeds/feeds.opml on its first run; or: claimwatch feeds add URL)\n');
        for (const f of feeds) {
          const health = f.failureCount
            ? `FAILING x${f.failureCount}: ${f.lastError ?? ''}`
            : f.lastOkAt
              ? `ok ${f.lastOkAt}`
              : 'not polled yet';
          io.out(
            `${f.url}\n  ${f.title ?? ''}${f.title ? ' · ' : ''}${health}` +
              `${f.nextPollAt ? ` · next poll ${f.nextPollAt}` : ''}\n`,
          );
        }
        return 0;
      }
      case 'add':
        return await addFeed(store, cfg, arg!, opts, io);
      case 'remove': {
        const removed = await store.removeFeed(arg!);
        io.out(removed ? `removed ${arg}\n` : `no such feed: ${arg}\n`);
        return removed ? 0 : 1;
      }
      case 'import': {
        const xml = await readFile(arg!, 'utf8').catch((e: NodeJS.ErrnoException) => {
          throw new UsageError('unreadable', `cannot read ${arg}: ${e.code ?? e.message}`);
        });
        let added = 0;
        const refused: string[] = [];
        for (const f of parseOpml(xml)) {
          try {
            await checkFeedUrl(f.url, { allowHosts: feedAllowHosts(cfg) });
            await store.addFeed(f.url, f.title);
            added++;
          } catch (err) {
            refused.push(`${f.url}: ${(err as Error).message}`);
          }
        }
        io.out(`imported ${added} feed(s)\n${refused.map((r) => `  refused ${r}\n`).join('')}`);
        return refused.length ? 1 : 0;
      }
      case 'export':
        io.out(toOpml((await store.listFeeds()).map((f) => ({ url: f.url, title: f.title ?? f.url }))));
        return 0;
    }
  } finally {
    await store.close();
  }
}
