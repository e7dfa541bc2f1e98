import Parser from 'rss-parser';
import { FeedParseError } from '../errors.js';
import { RAW_ITEM_FIELDS, toFeedItem, type FeedItem } from './feed-item.js';
import { chooseLink } from './feed-links.js';
import { fieldText, plainLine, textKind } from './feed-text.js';
import { normaliseFeed } from './feed-xml.js';
import { DEFAULT_MAX_ITEMS } from './limits.js';
import { guardXml, looksLikeHtml } from './xml-guard.js';

export interface ParsedFeed {
  /** Plain text. */
  title: string | null;
  link: string | null;
  /** Newest first, at most `maxItems`. */
  items: FeedItem[];
  /** Items the feed carried beyond the cap, dropped (oldest first). */
  dropped: number;
  /** Items lost because the document ends inside them (a body cut off in transit). */
  cutOff: number;
  /** What was repaired to read the feed, in words (empty when it was well-formed XML). */
  repairs: string[];
}

export interface ParseFeedOptions {
  maxItems?: number;
  /**
   * The feed's own address (the response's Content-Location, else its final URL): relative links resolve against
   * it.
   */
  baseUrl?: string;
}

const RAW_FEED_FIELDS = [
  ['title', 'rawTitle', { keepArray: true }],
  ['link', 'rawLinks', { keepArray: true }],
];

/**
 * Parse RSS 2.0 (with or without its `version`), RSS 0.9x, RSS 1.0 or Atom text. Refuses entity declarations before
 * any parser sees them and says so plainly when handed an HTML page. The document is read by a tolerant reader first
 * (see {@link normaliseFeed}), so a bare `&`, an unescaped `<br>`, an unreadable date or a body cut off mid-tag costs
 * at most the item it is in, never the feed; rss-parser then maps the repaired, well-formed document. Keeps only the
 * newest `maxItems` items (default 500). Throws FeedParseError with code entity-declaration, not-a-feed or malformed
 * (nothing readable at all).
 */
export async function parseFeed(xml: string, options: ParseFeedOptions = {}): Promise<ParsedFeed> {
  if (looksLikeHtml(xml)) {
    throw new FeedParseError('not-a-feed', 'this address returns an HTML page, not an RSS or Atom feed', {
      remedy: "use the page's RSS/Atom link instead",
    });
  }
  const normalised = normaliseFeed(guardXml(xml), { baseUrl: options.baseUrl });
  if (!normalised) {
    throw new FeedParseError('malformed', 'cannot read the feed: the response holds no XML elements at all', {
      remedy: 'check that the address serves an RSS or Atom feed',
    });
  }
  if (normalised.format === null) {
    throw new FeedParseError(
      'not-a-feed',
      'cannot read the feed: its root element is not <rss>, <feed> or <rdf:RDF>',
      {
        remedy: 'check that the address serves an RSS or Atom feed',
      },
    );
  }
  let parsed: Awaited<ReturnType<Parser['parseString']>>;
  try {
    parsed = await rssParser().parseString(normalised.xml);
  } catch (cause) {
    const message = cause instanceof Error ? (cause.message.split('\n')[0] ?? cause.message) : String(cause);
    const code = /not recognized/i.test(message) ? 'not-a-feed' : 'malformed';
    throw new FeedParseError(code, `cannot read the feed: ${message}`, { cause });
  }
  const repairs = [...normalised.faults];
  const all = parsed.items.flatMap((raw) => {
    // One item that cannot be mapped costs itself only.
    try {
      return [toFeedItem(raw, normalised.format)];
    } catch (err) {
      repairs.push(`an item could not be read (${err instanceof Error ? err.message : String(err)})`);
      return [];
    }
  });
  const items = newestFirst(all).slice(0, options.maxItems ?? DEFAULT_MAX_ITEMS);
  const titleField = parsed['rawTitle'] as unknown;
  const title = plainLine(fieldText(titleField), textKind(titleField, normalised.format)) || null;
  if (normalised.cutOff && all.length === 0 && !title) {
    throw new FeedParseError('malformed', 'cannot read the feed: the document ends before any title or item', {
      remedy: 'the response was cut off; if it persists, check the feed in a browser',
    });
  }
  return {
    title,
    link: chooseLink(parsed['rawLinks']) ?? (typeof parsed.link === 'string' ? parsed.link : null),
    items,
    dropped: all.length - items.length,
    cutOff: normalised.cutItems,
    repairs,
  };
}

/**
 * A fresh parser per call (xml2js parsers keep state and must not be shared between concurrent parses). `defaultRSS`:
 * an `<rss>` without a `version` is read as RSS 2.0, as readers do.
 */
function rssParser(): Parser {
  return new Parser({
    defaultRSS: 2,
    customFields: { item: RAW_ITEM_FIELDS as unknown as string[], feed: RAW_FEED_FIELDS as unknown as string[] },
  });
}

/** Dated items newest first; undated ones after them, in feed order (feeds usually list newest first). */
function newestFirst(items: FeedItem[]): FeedItem[] {
  return items
    .map((item, index) => ({
      item,
      index,
      ms: item.published ? Date.parse(item.published) : Number.NEGATIVE_INFINITY,
    }))
    .sort((a, b) => b.ms - a.ms || a.index - b.index)
    .map((x) => x.item);
}
