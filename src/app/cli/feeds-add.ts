import type { Io } from '../../cli.js';
import { FeedFetchError, UsageError } from '../../errors.js';
import { checkFeedUrl } from '../../ingest/index.js';
import type { Store } from '../../store/store.js';
import type { Config } from '../config.js';
import { probeFeed } from '../feed-check.js';
import { feedAllowHosts } from '../feed-limits.js';

/**
 * `claimwatch feeds add URL [--no-check]`: stored only if it is not there yet and, unless `--no-check`, it answers
 * and parses as RSS or Atom now, as `/feeds add` in chat does. The address rules (FEEDS_ALLOW_HOSTS) apply either way.
 */
export async function addFeed(
  store: Store,
  cfg: Config,
  raw: string,
  opts: { check?: boolean },
  io: Io,
): Promise<number> {
  let url: string;
  try {
    url = new URL(raw).href;
  } catch {
    throw new UsageError('bad-url', `${raw} is not a web address`, {
      remedy: 'give the feed’s full address, e.g. https://example.org/rss.xml',
    });
  }
  const known = (await store.listFeeds()).find((f) => f.url === url || f.url === raw);
  if (known)
    throw new UsageError('duplicate', `already reading ${known.url}${known.title ? ` (“${known.title}”)` : ''}`, {
      remedy: 'claimwatch feeds list shows every feed',
    });
  let title: string | null = null;
  let items: number | null = null;
  if (opts.check === false) {
    await checkFeedUrl(url, { allowHosts: feedAllowHosts(cfg) });
  } else {
    const probe = await probeFeed(url, cfg);
    if (!probe.ok) {
      throw new FeedFetchError('check-failed', `not added: ${probe.reason}`, {
        remedy:
          probe.fix ?? 'check that the address opens as RSS or Atom in a browser; add it anyway with --no-check',
      });
    }
    ({ title, items } = probe);
  }
  const feed = await store.addFeed(url, title);
  const what =
    items === null
      ? 'not checked, --no-check'
      : `${items} item${items === 1 ? '' : 's'}${title ? `, “${title}”` : ''}`;
  io.out(
    `added ${feed.url} (${what})\n` +
      'its backlog is read quietly on the next run (stored, no alerts); articles published after that alert as usual' +
      ' (claimwatch run --backfill alerts on the backlog too)\n',
  );
  return 0;
}
