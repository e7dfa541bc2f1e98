import type { FeedFormat } from './feed-xml.js';
import { htmlToText } from './html-text.js';

/** How a feed's text field is to be read: literally, as HTML, or as HTML only when it looks like HTML. */
export type TextKind = 'text' | 'html' | 'guess';

/** An entity reference or a tag: the signs that an RSS title is HTML rather than plain words. */
const LOOKS_LIKE_HTML = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);|<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i;

/**
 * The kind of a text field. Atom says so in its `type` attribute (RFC 4287 §3.1: `text` by default, `html`, `xhtml`);
 * RSS does not, and its titles are sometimes HTML and sometimes plain words with a `<` in them, so they are guessed.
 * (The tolerant reader marks a field that carried markup as `html`.)
 */
export function textKind(field: unknown, format: FeedFormat | null): TextKind {
  const type = attr(field, 'type')?.toLowerCase();
  if (type === 'html' || type === 'xhtml' || type?.includes('html')) return 'html';
  if (format === 'atom') return 'text';
  return type === 'text' || type === 'text/plain' ? 'text' : 'guess';
}

/** One line of plain text, as a reader should see a title or a name: entities decoded, tags dropped. */
export function plainLine(value: string | null, kind: TextKind): string {
  return plainBlock(value, kind).replace(/\s+/g, ' ').trim();
}

/** Plain text with its paragraphs, as a summary is kept. */
export function plainBlock(value: string | null, kind: TextKind): string {
  if (!value) return '';
  return isHtml(value, kind) ? htmlToText(value) : value.replace(/[ \t]+/g, ' ').trim();
}

/** HTML for a body: an Atom `type="text"` body is escaped so that its words are read as words. */
export function bodyHtml(value: string | null, kind: TextKind): string | null {
  if (!value) return null;
  if (kind !== 'text') return value;
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function isHtml(value: string, kind: TextKind): boolean {
  return kind === 'html' || (kind === 'guess' && LOOKS_LIKE_HTML.test(value));
}

/** The string value of an rss-parser/xml2js field: a string, or the text of an element that had attributes. */
export function fieldText(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.trim() || null;
  if (first && typeof first === 'object' && '_' in first) return fieldText((first as { _: unknown })._);
  return null;
}

/** An attribute of an xml2js element (`{ $: { name: value } }`), or of the first of a list of them. */
export function attr(value: unknown, name: string): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (!first || typeof first !== 'object' || !('$' in first)) return null;
  const v = (first as { $: Record<string, unknown> }).$[name];
  return typeof v === 'string' ? v : null;
}
