import type Parser from 'rss-parser';
import { readFeedDate } from './feed-date.js';
import { chooseLink } from './feed-links.js';
import { attr, bodyHtml, fieldText, plainBlock, plainLine, textKind } from './feed-text.js';
import type { FeedFormat } from './feed-xml.js';

/** One entry of a feed, in the shape the rest of the bot reads. */
export interface FeedItem {
  /** RSS guid, Atom id or RSS 1.0 rdf:about. */
  guid: string | null;
  /** Resolved against `xml:base` and the feed's address when those were known; else as written (may be relative). */
  link: string | null;
  /** Plain text: entities decoded, tags dropped, one line. */
  title: string;
  /** ISO-8601, or null when the feed gives no readable date. */
  published: string | null;
  /** Full body HTML: content:encoded, Atom content, or the RSS description. */
  contentHtml: string | null;
  /** Plain-text summary: Atom summary or RSS description. */
  summary: string | null;
  /** Plain text, one line. */
  author: string | null;
  /**
   * The outlet that published the item when the feed says so (RSS `<source>`, `dc:publisher`, an Atom entry's
   * `<source><title>`): a news-search or aggregator feed carries many outlets' items, each naming its own.
   */
  publisher: string | null;
}

/**
 * The raw elements asked of rss-parser besides its own mapping (`keepArray`: the elements as xml2js read them, with
 * their attributes): the title's `type`, every link with its `rel`, and Atom 0.3's dates.
 */
export const RAW_ITEM_FIELDS = [
  ['title', 'rawTitle', { keepArray: true }],
  ['dc:title', 'rawDcTitle', { keepArray: true }],
  ['summary', 'rawSummary', { keepArray: true }],
  ['content', 'rawContent', { keepArray: true }],
  ['link', 'rawLinks', { keepArray: true }],
  ['atom:link', 'rawAtomLinks', { keepArray: true }],
  ['guid', 'rawGuid', { keepArray: true }],
  ['dc:creator', 'rawDcCreator'],
  ['source', 'rawSource', { keepArray: true }],
  ['dc:publisher', 'rawDcPublisher'],
  ['issued', 'rawIssued'],
  ['modified', 'rawModified'],
  ['created', 'rawCreated'],
] as const;

type RawItem = Parser.Item & Record<string, unknown>;

/** Map rss-parser's loosely typed item, converting titles, authors and summaries to plain text once, here. */
export function toFeedItem(raw: RawItem, format: FeedFormat | null): FeedItem {
  const atom = format === 'atom';
  const content = atom
    ? bodyHtml(fieldText(raw['rawContent']), textKind(raw['rawContent'], format))
    : fieldText(raw.content);
  const contentHtml = fieldText(raw['content:encoded']) ?? content;
  const summaryField = atom && raw['rawSummary'] ? raw['rawSummary'] : atom ? raw['rawContent'] : raw.content;
  const summary = plainBlock(fieldText(summaryField), atom ? textKind(summaryField, format) : 'html');
  const titleField = raw['rawTitle'] ?? raw['rawDcTitle'];
  const author =
    fieldText(raw.creator) ??
    fieldText(raw['author']) ??
    fieldText(raw['dc:creator']) ??
    fieldText(raw['rawDcCreator']);
  const guid = fieldText(raw.guid) ?? fieldText(raw['id']) ?? fieldText(raw['rdf:about']);
  return {
    guid,
    link: chooseLink(raw['rawLinks'], raw['rawAtomLinks']) ?? permalink(raw['rawGuid']),
    title: plainLine(fieldText(titleField), textKind(titleField, format)),
    published: firstDate(
      raw.isoDate,
      raw.pubDate,
      raw['date'],
      raw['rawIssued'],
      raw['rawModified'],
      raw['rawCreated'],
    ),
    contentHtml,
    summary: summary || null,
    author: plainLine(author, 'guess') || null,
    publisher: publisherOf(raw, format),
  };
}

/** RSS `<source>` text, `dc:publisher`, or the title inside an Atom entry's `<source>`. */
function publisherOf(raw: RawItem, format: FeedFormat | null): string | null {
  const source = raw['rawSource'];
  const first = Array.isArray(source) ? source[0] : source;
  const atomTitle =
    first && typeof first === 'object' && 'title' in first ? fieldText((first as { title: unknown }).title) : null;
  const text = format === 'atom' ? atomTitle : (fieldText(source) ?? atomTitle);
  const name = plainLine(text ?? fieldText(raw['rawDcPublisher']), 'guess');
  return name ? name.slice(0, 120) : null;
}

/** An RSS guid is the item's address when it says so (`isPermaLink` is true unless written false) and is one. */
function permalink(rawGuid: unknown): string | null {
  const value = fieldText(rawGuid);
  if (!value || attr(rawGuid, 'isPermaLink')?.trim().toLowerCase() === 'false') return null;
  return /^https?:\/\//i.test(value) ? value : null;
}

function firstDate(...values: unknown[]): string | null {
  for (const v of values) {
    const date = readFeedDate(fieldText(v));
    if (date) return date;
  }
  return null;
}
