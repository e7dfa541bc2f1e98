import type { FeedFormat } from './feed-xml.js';
import type { XmlElement, XmlNode } from './xml-tree.js';

/**
 * The prefixes rss-parser looks for, by namespace. rss-parser matches names as written (`dc:creator`,
 * `content:encoded`, `entry`), so a feed that binds Dublin Core to `dcel:` or writes Atom as `<a10:entry>` (as .NET
 * writes it) would lose those fields. Atom has no prefix in an Atom feed and `atom:` inside RSS.
 */
const CANONICAL: Record<string, string> = {
  'http://www.w3.org/2005/Atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
};

/**
 * The feed vocabulary as rss-parser spells it. Readers match these names whatever their case (`<PubDate>`, `<Title>`,
 * `<LINK>` are met in hand-written feeds); rss-parser matches them exactly.
 */
const SPELLING = new Map(
  [
    'rss',
    'channel',
    'item',
    'title',
    'link',
    'description',
    'pubDate',
    'guid',
    'author',
    'category',
    'comments',
    'enclosure',
    'source',
    'lastBuildDate',
    'feed',
    'entry',
    'id',
    'updated',
    'published',
    'summary',
    'content',
    'name',
    'encoded',
    'creator',
    'date',
    'RDF',
  ].map((n) => [n.toLowerCase(), n]),
);
/** The prefixes whose names are spelled as above (none is the feed's own vocabulary). */
const SPELLED_PREFIXES = new Set(['', 'atom', 'dc', 'content', 'rdf']);

/** Rename elements of the namespaces above to the prefix rss-parser expects, following each element's declarations. */
export function canonicalNames(
  el: XmlElement,
  format: FeedFormat | null,
  scope: ReadonlyMap<string, string> = new Map(),
): XmlElement {
  const own = declarations(el, scope);
  const colon = el.name.indexOf(':');
  const prefix = colon < 0 ? '' : el.name.slice(0, colon);
  const local = el.name.slice(colon + 1);
  const uri = own.get(prefix);
  let wanted = prefix;
  if (uri !== undefined && uri in CANONICAL)
    wanted = format === 'atom' && CANONICAL[uri] === 'atom' ? '' : CANONICAL[uri]!;
  const spelled = SPELLED_PREFIXES.has(wanted) ? (SPELLING.get(local.toLowerCase()) ?? local) : local;
  const name = wanted ? `${wanted}:${spelled}` : spelled;
  let changed = name !== el.name;
  const children = el.children.map((c): XmlNode => {
    if (!('name' in c)) return c;
    const named = canonicalNames(c, format, own);
    if (named !== c) changed = true;
    return named;
  });
  // Most feeds need no renaming: the tree is returned as it is rather than copied.
  return changed ? { ...el, name, children } : el;
}

function declarations(el: XmlElement, scope: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  let own: Map<string, string> | null = null;
  for (const [k, v] of Object.entries(el.attrs)) {
    if (k !== 'xmlns' && !k.startsWith('xmlns:')) continue;
    own ??= new Map(scope);
    own.set(k === 'xmlns' ? '' : k.slice(6), v.trim());
  }
  return own ?? scope;
}
