import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { FeedParseError } from '../errors.js';
import { guardXml } from './xml-guard.js';

/** A feed as an OPML file lists it. */
export interface OpmlFeed {
  title: string | null;
  url: string;
}

type Outline = Record<string, unknown> & { outline?: Outline[] };

/**
 * Feeds listed in an OPML subscription file (the format every feed reader exports): every outline with an
 * `xmlUrl`, however deeply nested in folders, once each, in document order.
 * Throws FeedParseError[not-opml] when the file is not OPML, [malformed] when it is not XML.
 */
export function parseOpml(xml: string): OpmlFeed[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: true,
    isArray: (name) => name === 'outline',
  });
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(guardXml(xml), true) as Record<string, unknown>;
  } catch (cause) {
    if (cause instanceof FeedParseError) throw cause;
    throw new FeedParseError('malformed', `cannot read the OPML file: ${describe(cause)}`, { cause });
  }
  const opml = doc['opml'];
  if (!opml || typeof opml !== 'object' || !('body' in opml)) {
    throw new FeedParseError('not-opml', 'not an OPML file (no <opml><body>)', {
      remedy: 'export the feed list as OPML from your reader',
    });
  }
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  // An empty <body/> parses as an empty string: a valid file with no feeds.
  const body = opml.body;
  if (body && typeof body === 'object') collect((body as Outline).outline ?? [], feeds, seen);
  return feeds;
}

function collect(outlines: Outline[], feeds: OpmlFeed[], seen: Set<string>): void {
  for (const o of outlines) {
    const url = attr(o, 'xmlurl');
    if (url && !seen.has(url)) {
      seen.add(url);
      feeds.push({ title: attr(o, 'title') ?? attr(o, 'text'), url });
    }
    if (Array.isArray(o.outline)) collect(o.outline, feeds, seen);
  }
}

/** Attribute by case-insensitive name: hand-written files say xmlURL or xmlurl as often as xmlUrl. */
function attr(o: Outline, name: string): string | null {
  for (const [key, value] of Object.entries(o)) {
    if (key.toLowerCase() === name && typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** An OPML 2.0 file listing the feeds, readable by any feed reader (`claimwatch feeds export`). */
export function toOpml(
  feeds: ReadonlyArray<{ title?: string | null; url: string }>,
  title = 'claimwatch feeds',
): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    format: true,
    suppressEmptyNode: true,
  });
  const outline = feeds.map((f) => ({
    '@type': 'rss',
    '@text': f.title ?? f.url,
    '@title': f.title ?? f.url,
    '@xmlUrl': f.url,
  }));
  const xml = builder.build({ opml: { '@version': '2.0', head: { title }, body: { outline } } }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
