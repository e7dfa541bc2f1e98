import type Parser from 'rss-parser';
import { htmlToText } from './html-text.js';

/** One entry of a feed, in the shape the rest of the bot reads. */
export interface FeedItem {
  /** RSS guid, Atom id or RSS 1.0 rdf:about. */
  guid: string | null;
  /** As written in the feed; may be relative (resolve against the feed's final URL). */
  link: string | null;
  title: string;
  /** ISO-8601, or null when the feed gives no readable date. */
  published: string | null;
  /** Full body HTML: content:encoded, Atom content, or the RSS description. */
  contentHtml: string | null;
  /** Plain-text summary: Atom summary or RSS description. */
  summary: string | null;
  author: string | null;
}

type RawItem = Parser.Item & Record<string, unknown>;

/** Map rss-parser's loosely typed item (values may be objects when elements carry attributes). */
export function toFeedItem(raw: RawItem): FeedItem {
  const contentHtml = text(raw['content:encoded']) ?? text(raw.content);
  const summaryHtml = text(raw.summary) ?? text(raw.content);
  return {
    guid: text(raw.guid) ?? text(raw['id']) ?? text(raw['rdf:about']),
    link: text(raw.link),
    title: (text(raw.title) ?? '').replace(/\s+/g, ' '),
    published: isoDate(text(raw.isoDate) ?? text(raw.pubDate) ?? text(raw['date'])),
    contentHtml,
    summary: summaryHtml ? htmlToText(summaryHtml) || null : null,
    author: text(raw.creator) ?? text(raw['author']) ?? text(raw['dc:creator']),
  };
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && '_' in value) return text((value as { _: unknown })._);
  return null;
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
