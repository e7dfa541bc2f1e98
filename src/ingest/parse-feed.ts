import Parser from 'rss-parser';
import { FeedParseError } from '../errors.js';
import { toFeedItem, type FeedItem } from './feed-item.js';
import { DEFAULT_MAX_ITEMS } from './limits.js';
import { guardXml, looksLikeHtml } from './xml-guard.js';

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  /** Newest first, at most `maxItems`. */
  items: FeedItem[];
  /** Items the feed carried beyond the cap, dropped (oldest first). */
  dropped: number;
}

/**
 * Parse RSS 2.0, RSS 1.0 or Atom text. Refuses entity declarations before the parser sees them, says so
 * plainly when handed an HTML page, and keeps only the newest `maxItems` items (default 500).
 * Throws FeedParseError with code entity-declaration, not-a-feed or malformed.
 */
export async function parseFeed(xml: string, options: { maxItems?: number } = {}): Promise<ParsedFeed> {
  if (looksLikeHtml(xml)) {
    throw new FeedParseError('not-a-feed', 'this address returns an HTML page, not an RSS or Atom feed', {
      remedy: "use the page's RSS/Atom link instead",
    });
  }
  const safe = guardXml(xml);
  let parsed: Awaited<ReturnType<Parser['parseString']>>;
  try {
    // A fresh parser per call: xml2js parsers keep state and must not be shared between concurrent parses.
    parsed = await new Parser().parseString(safe);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message.split('\n')[0] ?? cause.message : String(cause);
    const code = /not recognized/i.test(message) ? 'not-a-feed' : 'malformed';
    throw new FeedParseError(code, `cannot read the feed: ${message}`, { cause });
  }
  const all = parsed.items.map((i) => toFeedItem(i));
  const items = newestFirst(all).slice(0, options.maxItems ?? DEFAULT_MAX_ITEMS);
  return {
    title: typeof parsed.title === 'string' ? parsed.title.trim() || null : null,
    link: typeof parsed.link === 'string' ? parsed.link : null,
    items,
    dropped: all.length - items.length,
  };
}

/** Dated items newest first; undated ones after them, in feed order (feeds usually list newest first). */
function newestFirst(items: FeedItem[]): FeedItem[] {
  return items
    .map((item, index) => ({ item, index, ms: item.published ? Date.parse(item.published) : Number.NEGATIVE_INFINITY }))
    .sort((a, b) => b.ms - a.ms || a.index - b.index)
    .map((x) => x.item);
}
