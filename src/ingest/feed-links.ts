import { attr, fieldText } from './feed-text.js';

/** Link relations that point at the feed's machinery, never at the story itself. */
const NOT_THE_STORY = new Set([
  'self',
  'edit',
  'edit-media',
  'enclosure',
  'replies',
  'license',
  'hub',
  'next',
  'previous',
  'prev',
  'first',
  'last',
  'payment',
]);
const IANA = 'http://www.iana.org/assignments/relation/';

interface Candidate {
  href: string;
  rel: string;
  type: string;
}

/**
 * The address of an entry or a feed among its `<link>` elements, as RFC 4287 §4.2.7 means it: a link with
 * `rel="alternate"` or no `rel` first (an HTML one before others of its kind), then any other link that is not the
 * feed's machinery (`related`, `via`), and `rel="self"` only when there is nothing else. A link without an `href` is
 * no link. RSS's `<link>` text counts as an alternate link.
 */
export function chooseLink(...lists: unknown[]): string | null {
  const candidates = lists
    .flatMap((list) => (Array.isArray(list) ? list : list === undefined ? [] : [list]))
    .flatMap(candidate);
  const alternates = candidates.filter((c) => c.rel === 'alternate');
  const html = alternates.find((c) => !c.type || /html/.test(c.type));
  const other = candidates.find((c) => c.rel !== 'alternate' && !NOT_THE_STORY.has(c.rel));
  const self = candidates.find((c) => c.rel === 'self');
  return (html ?? alternates[0] ?? other ?? self)?.href ?? null;
}

function candidate(node: unknown): Candidate[] {
  // An Atom link with an empty `href` is an empty link, not one whose text is its address.
  const own = attr(node, 'href');
  const href = own !== null ? own.trim() : (fieldText(node) ?? '');
  if (!href) return [];
  const rel = (attr(node, 'rel') ?? 'alternate').trim().toLowerCase().replace(IANA, '') || 'alternate';
  return [{ href, rel, type: (attr(node, 'type') ?? '').toLowerCase() }];
}
