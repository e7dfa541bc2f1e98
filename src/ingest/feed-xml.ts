import { readFeedDate } from './feed-date.js';
import { canonicalNames } from './feed-names.js';
import { escapeText, open, toHtml, XML_NAME } from './xml-write.js';
import { localName, readTolerantXml, textOf, type XmlElement, type XmlNode } from './xml-tree.js';

export type FeedFormat = 'rss' | 'atom' | 'rdf';

export interface NormalisedFeed {
  /** Well-formed XML for rss-parser. */
  xml: string;
  format: FeedFormat | null;
  /** Items dropped because the document was cut off inside them (their text and links may be cut too). */
  cutItems: number;
  /** The document ends before its root element does. */
  cutOff: boolean;
  /** What had to be repaired, in words (empty for a well-formed document). */
  faults: string[];
}

/** Elements that hold a title, summary or body: markup inside them is the publisher's HTML, not feed structure. */
const TEXT_CONSTRUCTS = new Set([
  'title',
  'subtitle',
  'tagline',
  'summary',
  'content',
  'description',
  'encoded',
  'rights',
  'copyright',
  'info',
  'name',
  'creator',
]);
/** Elements that hold a date (RSS, Atom 1.0 and 0.3, Dublin Core, DC terms). */
const DATES = new Set(['pubdate', 'published', 'updated', 'issued', 'modified', 'created', 'date', 'lastbuilddate']);
/** Elements of an item: found inside an unclosed title, they belong beside it. */
const ITEM_FIELDS = new Set([
  'link',
  'guid',
  'pubdate',
  'description',
  'author',
  'category',
  'enclosure',
  'comments',
  'source',
  'encoded',
  'creator',
  'date',
  'id',
  'updated',
  'published',
  'summary',
  'content',
]);

/**
 * Read a feed document tolerantly and write it back as well-formed XML in the shape rss-parser expects, with what
 * rss-parser would get wrong already settled: relative links resolved (`xml:base`, then `baseUrl`, the response's
 * Content-Location or address), dates rewritten as ISO-8601 or dropped when unreadable, markup inside titles and
 * summaries (Atom XHTML, an unescaped `<b>` or `<br>`) kept as escaped HTML in document order, and an item cut off by
 * the end of the document dropped. Returns null when the text holds no element at all.
 */
export function normaliseFeed(text: string, options: { baseUrl?: string } = {}): NormalisedFeed | null {
  const { roots, faults } = readTolerantXml(text);
  const found = findFeedRoot(roots, 3) ?? roots[0];
  if (!found) return null;
  const format = formatOf(found.name);
  const root = canonicalNames(found, format);
  const canonical = format === 'rss' ? 'rss' : format === 'atom' ? 'feed' : format === 'rdf' ? 'rdf:RDF' : root.name;
  const w: Writer = { out: ['<?xml version="1.0" encoding="UTF-8"?>\n'], cut: 0, format };
  // A bare `<feed>` with no attribute and no child reaches rss-parser as a string, whose `.link` is String's old HTML
  // method: an attribute keeps it an element.
  const attrs =
    format === 'atom' && Object.keys(root.attrs).length === 0 ? { xmlns: 'http://www.w3.org/2005/Atom' } : root.attrs;
  writeElement(
    { ...root, name: canonical, attrs, children: withChannel(root, format) },
    baseOf(root, options.baseUrl),
    w,
  );
  return { xml: w.out.join(''), format, cutItems: w.cut, cutOff: root.cutOff, faults };
}

/** rss-parser needs a `<channel>` in RSS and RSS 1.0: items written straight under `<rss>` are given one. */
function withChannel(root: XmlElement, format: FeedFormat | null): XmlNode[] {
  if (
    format === 'atom' ||
    format === null ||
    root.children.some((c) => 'name' in c && localName(c.name) === 'channel')
  )
    return root.children;
  const channel: XmlElement = {
    name: 'channel',
    attrs: {},
    children: format === 'rss' ? root.children : [],
    cutOff: false,
  };
  return format === 'rss' ? [channel] : [channel, ...root.children];
}

/** The feed's root element, also when junk before it swallowed it (`<item><rss>…` never closed): a few levels down. */
function findFeedRoot(elements: XmlElement[], depth: number): XmlElement | undefined {
  for (const el of elements) if (formatOf(el.name) !== null) return el;
  if (depth === 0) return undefined;
  for (const el of elements) {
    const found = findFeedRoot(
      el.children.filter((c): c is XmlElement => 'name' in c),
      depth - 1,
    );
    if (found) return found;
  }
  return undefined;
}

function formatOf(name: string): FeedFormat | null {
  const n = name.toLowerCase();
  if (n === 'rss') return 'rss';
  if (localName(n) === 'feed') return 'atom';
  if (localName(n) === 'rdf') return 'rdf';
  return null;
}

/** Where the document is written, and what was dropped on the way. */
interface Writer {
  out: string[];
  cut: number;
  format: FeedFormat | null;
}

function writeElement(el: XmlElement, base: string | undefined, w: Writer): void {
  if (!XML_NAME.test(el.name)) return writeChildren(el.children, base, w);
  const local = localName(el.name);
  if ((local === 'item' || local === 'entry') && el.cutOff) {
    w.cut++;
    return;
  }
  // An empty entry carries nothing, and rss-parser throws on one (it reads `''.link`, String's old HTML method).
  if ((local === 'item' || local === 'entry') && !el.children.some((c) => 'name' in c)) return;
  const attrs = { ...el.attrs };
  for (const key of ['href', 'src', 'url']) if (attrs[key] !== undefined) attrs[key] = resolve(attrs[key]!, base);
  const elements = el.children.some((c) => 'name' in c);
  // Dates hold no markup: whatever a broken tag made of one, its text is what is read.
  if (DATES.has(local)) {
    const date = readFeedDate(textOf(el));
    if (date) w.out.push(open(el.name, attrs), date, `</${el.name}>`);
    return;
  }
  if (TEXT_CONSTRUCTS.has(local) && elements) {
    w.out.push(open(el.name, { ...attrs, type: 'html' }), escapeText(toHtml(el.children)), `</${el.name}>`);
    return;
  }
  if (local === 'link' && w.format === 'atom' && attrs['href'] === undefined) {
    // rss-parser reads the attributes of every Atom link and throws on one without any: a link's text becomes its
    // href, and a link with neither is left out.
    const href = textOf(el).trim();
    if (href) w.out.push(open(el.name, { ...attrs, href: resolve(href, base) }), `</${el.name}>`);
    return;
  }
  if ((local === 'link' || local === 'comments') && !elements && attrs['href'] === undefined) {
    const href = textOf(el).trim();
    w.out.push(open(el.name, attrs), escapeText(href ? resolve(href, base) : ''), `</${el.name}>`);
    return;
  }
  w.out.push(open(el.name, attrs));
  writeChildren(el.children, base, w);
  w.out.push(`</${el.name}>`);
}

function writeChildren(children: XmlNode[], base: string | undefined, w: Writer): void {
  for (const c of untangle(children)) {
    if ('text' in c) w.out.push(escapeText(c.text));
    else writeElement(c, baseOf(c, base), w);
  }
}

/**
 * Undo what an unclosed tag does to the elements after it: an item never closed swallows the items that follow, and a
 * title never closed swallows its item's link. Those are moved back out, beside the element that swallowed them.
 */
function untangle(children: XmlNode[]): XmlNode[] {
  const at = children.findIndex((c) => 'name' in c && swallowedAt(c) >= 0);
  if (at < 0) return children;
  return children.flatMap((c): XmlNode[] => {
    const cut = 'name' in c ? swallowedAt(c) : -1;
    if (cut < 0) return [c];
    // The swallowing element was closed by its parent's end tag, not its own: it is complete up to what it swallowed.
    return [
      { ...(c as XmlElement), children: (c as XmlElement).children.slice(0, cut), cutOff: false },
      ...untangle((c as XmlElement).children.slice(cut)),
    ];
  });
}

/** Where in an item the next item starts, or in a title the item's own fields: -1 when nothing was swallowed. */
function swallowedAt(el: XmlElement): number {
  const local = localName(el.name);
  if (local === 'item' || local === 'entry')
    return el.children.findIndex((k) => 'name' in k && localName(k.name) === local);
  if (local === 'title') return el.children.findIndex((k) => 'name' in k && ITEM_FIELDS.has(localName(k.name)));
  return -1;
}

/** An element's base URI: its own `xml:base` resolved against its parent's (XML Base, RFC 3986 resolution). */
function baseOf(el: XmlElement, parentBase: string | undefined): string | undefined {
  const own = el.attrs['xml:base']?.trim();
  if (!own) return parentBase;
  return resolve(own, parentBase);
}

function resolve(ref: string, base: string | undefined): string {
  const trimmed = ref.trim();
  try {
    return new URL(trimmed, base).toString();
  } catch {
    return trimmed;
  }
}
