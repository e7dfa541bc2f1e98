import type { ArticleRecord, FeedRecord, ItemKeys, NewArticle } from '../store/store.js';
import { articleTexts, feedText, FULL_TEXT_MIN_CHARS } from './article-text.js';
import { canonicalUrl } from './canonical-url.js';
import { contentHash } from './content-hash.js';
import type { FeedItem } from './feed-item.js';
import type { IngestLog } from './log.js';
import type { ParsedFeed } from './parse-feed.js';
import { DEFAULT_LEASE_MS, DEFAULT_PAGE_CONCURRENCY, type PollerDeps } from './poller-deps.js';

/**
 * Store a feed's items, oldest first so articles arrive in the order they were published, and hand each
 * newly inserted one to `onArticle`. A feed's first poll only records its backlog (nothing announced, no
 * pages fetched) unless `backfill` is on. The items are saved together (`Store.saveArticles`: one round trip
 * for a feed's new and known items instead of one each). Returns how many articles were new.
 */
export async function saveItems(
  feed: FeedRecord,
  parsed: ParsedFeed,
  finalUrl: string,
  deps: PollerDeps,
  log: IngestLog,
): Promise<number> {
  const isBacklog = !feed.initialised;
  const announce = !isBacklog || deps.backfill;
  const feedInfo = {
    url: finalUrl,
    name: feed.title ?? parsed.title ?? hostOf(finalUrl),
    sites: sitesOf(parsed.items.map((i) => i.link)),
  };
  const wanted: Array<{ item: FeedItem; link: string; title: string; carried: string; keys: ItemKeys }> = [];
  for (const item of [...parsed.items].reverse()) {
    const link = itemLink(item, finalUrl);
    if (!link) {
      log.warn({ guid: item.guid, title: item.title }, 'item has no link; skipped');
      continue;
    }
    const title = item.title || '(untitled)';
    let carried: string;
    try {
      carried = feedText(item);
    } catch (err) {
      // One item whose markup cannot be read is skipped, with the reason; the feed's other items still arrive.
      log.warn({ guid: item.guid, link, reason: String(err) }, 'item skipped: its text could not be read');
      continue;
    }
    const keys = { guid: item.guid, canonicalUrl: canonicalUrl(link), contentHash: contentHash(title, carried) };
    // Known already (same GUID in this feed, same address, same words): do not fetch its page again. (With the text
    // in the feed there is no page to fetch, and saving it below finds a known item in the same step.)
    const mayFetchPage = announce && carried.length < FULL_TEXT_MIN_CHARS;
    if (mayFetchPage && (await deps.store.findArticle(keys, feed.id)) !== null) continue;
    wanted.push({ item, link, title, carried, keys });
  }
  // Pages side by side, within a budget that ends well inside the feed's lease (see articleTexts).
  const bodies = await articleTexts(wanted, {
    limits: deps.limits,
    fetchImpl: deps.fetchImpl,
    ...(deps.resolve ? { resolve: deps.resolve } : {}),
    fetchPages: announce,
    concurrency: deps.pageConcurrency ?? DEFAULT_PAGE_CONCURRENCY,
    budgetMs: deps.pageBudgetMs ?? Math.floor((deps.leaseMs ?? DEFAULT_LEASE_MS) / 3),
    onPageError: (err, link) => log.warn({ link, err: String(err) }, 'article page not read; keeping the feed text'),
    onBudgetSpent: () => log.warn({}, "the feed's time for article pages ran out; the rest keep the feed text"),
  });
  const articles: NewArticle[] = [];
  for (const [i, { item, link, title, carried, keys }] of wanted.entries()) {
    const body = bodies[i]!;
    articles.push({
      feedId: feed.id,
      url: link,
      keys: body.text === carried ? keys : { ...keys, contentHash: contentHash(title, body.text) },
      title,
      source: outletOf(item, link, feedInfo),
      published: item.published,
      text: body.text,
      fetchedAt: deps.now().toISOString(),
      // Not announced: analysed into the history like any article, but it raises nothing.
      quiet: !announce,
    });
  }
  const saved = await deps.store.saveArticles(articles);
  let inserted = 0;
  for (const [i, s] of saved.entries()) {
    if (!s.inserted) continue;
    inserted++;
    if (announce) await announceArticle(storedRecord(s.id, articles[i]!), feed, isBacklog, deps, log);
  }
  return inserted;
}

/** The record just inserted, as `getArticle` would read it back (one query fewer per new item). */
function storedRecord(id: number, a: NewArticle): ArticleRecord {
  const { guid, canonicalUrl, contentHash } = a.keys;
  return {
    id,
    feedId: a.feedId,
    url: a.url,
    canonicalUrl,
    guid,
    contentHash,
    title: a.title,
    source: a.source,
    published: a.published,
    text: a.text,
    fetchedAt: a.fetchedAt,
    analysedAt: null,
    relevant: null,
    quiet: a.quiet ?? false,
  };
}

async function announceArticle(
  record: ArticleRecord,
  feed: FeedRecord,
  isBacklog: boolean,
  deps: PollerDeps,
  log: IngestLog,
): Promise<void> {
  try {
    await deps.onArticle(record, { feed, isBacklog });
  } catch (err) {
    // The article is stored and still unanalysed; the pipeline's recovery pass picks it up later.
    log.error({ article: record.url, err: String(err) }, 'article handler failed');
  }
}

/** The item's address, made absolute; a GUID that is itself an absolute URL stands in when the link is missing. */
function itemLink(item: FeedItem, base: string): string | null {
  return httpUrl(item.link, base) ?? httpUrl(item.guid, undefined);
}

function httpUrl(candidate: string | null, base: string | undefined): string | null {
  if (!candidate) return null;
  try {
    const u = new URL(candidate, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * Who published an item: the outlet the item names (an aggregator's `<source>`), else, when the item lives on
 * another site than the feed (a news-search feed), that site; else the feed itself.
 */
export function outletOf(
  item: FeedItem,
  link: string,
  feed: { url: string; name: string; sites: ReadonlySet<string> },
): string {
  if (item.publisher) return item.publisher;
  const site = siteOf(link);
  // A feed whose items all live on one other site is that site's feed (hosted elsewhere): its own name stands.
  const aggregator = feed.sites.size > 1;
  return site && aggregator && site !== siteOf(feed.url) ? hostOf(link).replace(/^www\./, '') : feed.name;
}

/** The sites a feed's items live on. */
export function sitesOf(links: Iterable<string | null>): Set<string> {
  const out = new Set<string>();
  for (const l of links) {
    const site = l ? siteOf(l) : null;
    if (site) out.add(site);
  }
  return out;
}

/** The last two labels of a host name ("rss.example.com" and "www.example.com" are one site). */
function siteOf(url: string): string | null {
  try {
    return new URL(url).hostname
      .replace(/^www\./, '')
      .split('.')
      .slice(-2)
      .join('.');
  } catch {
    return null;
  }
}
