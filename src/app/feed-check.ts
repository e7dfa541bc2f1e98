import { asAppError } from '../errors.js';
import { checkFeedUrl, fetchFeed, parseFeed } from '../ingest/index.js';
import type { Config } from './config.js';
import { feedFetchLimits } from './feed-limits.js';

export type FeedProbe =
  { ok: true; title: string | null; items: number } | { ok: false; reason: string; fix: string | undefined };

/**
 * Fetch and parse a feed once, within the bot's limits and address rules, as the poller would: what `feeds add`,
 * `/feeds add` and `claimwatch doctor` ask before they trust an address.
 */
export async function probeFeed(url: string, cfg: Config): Promise<FeedProbe> {
  const limits = feedFetchLimits(cfg);
  try {
    await checkFeedUrl(url, { allowHosts: limits.allowHosts });
    const res = await fetchFeed(url, { etag: null, lastModified: null }, limits);
    if (res.status !== 'ok') return { ok: true, title: null, items: 0 };
    const feed = await parseFeed(res.body, { baseUrl: res.finalUrl });
    return { ok: true, title: feed.title, items: feed.items.length };
  } catch (err) {
    const e = asAppError(err);
    return { ok: false, reason: e.message, fix: e.remedy };
  }
}
