import { FeedParseError } from '../errors.js';

/** One piece of the prolog: what comes before the root element. */
interface PrologPart {
  kind: 'declaration' | 'comment' | 'doctype';
  start: number;
  end: number;
}

/**
 * Make an XML document safe to hand to a parser. Entity declarations are refused outright — a "billion laughs"
 * document is a few hundred bytes that expand to gigabytes. A DOCTYPE is dropped (nothing we read needs it; old
 * RSS 0.91 feeds and some generators carry one, even an HTML one). Declarations are only legal in the prolog, so
 * that is the part examined, and only its real DOCTYPE: a comment that merely mentions `<!DOCTYPE` or `<!ENTITY`
 * is left alone.
 */
export function guardXml(xml: string): string {
  const text = xml.replace(/^\uFEFF/, '');
  const { parts } = readProlog(text);
  const doctypes = parts.filter((p) => p.kind === 'doctype');
  for (const d of doctypes) {
    const subset = withoutComments(text.slice(d.start, d.end));
    if (/<!ENTITY/i.test(subset)) {
      throw new FeedParseError(
        'entity-declaration',
        'the document declares XML entities; refused (entity-expansion attack)',
        {
          remedy: 'a news feed never needs entity declarations; ask the publisher to remove them',
        },
      );
    }
  }
  let out = text;
  for (const d of [...doctypes].reverse()) out = out.slice(0, d.start) + out.slice(d.end);
  return out;
}

/**
 * True when the text is an HTML page (someone gave us the site's address, not its feed's). Decided by the root
 * element: an HTML-style DOCTYPE in front of `<rss>` is still a feed.
 */
export function looksLikeHtml(text: string): boolean {
  const { rootAt, parts } = readProlog(text.replace(/^\uFEFF/, ''));
  // The first tag after the prolog (past any stray text a broken DOCTYPE left behind).
  const root = /<([A-Za-z][\w.:-]*)/
    .exec(text.replace(/^\uFEFF/, '').slice(rootAt, rootAt + 4096))?.[1]
    ?.toLowerCase();
  if (root === 'html') return true;
  if (root && /^(rss|feed|rdf:rdf|\w+:feed|\w+:rdf|rdf)$/.test(root)) return false;
  const stripped = text.replace(/^\uFEFF/, '');
  const htmlDoctype = parts.some(
    (p) => p.kind === 'doctype' && /^<!doctype\s+html/i.test(stripped.slice(p.start, p.end)),
  );
  return htmlDoctype || root === 'head' || root === 'body';
}

/** Index where the root element starts (see {@link readProlog}). */
export function rootStart(text: string): number {
  return readProlog(text).rootAt;
}

/**
 * Walk the prolog: whitespace, the XML declaration and processing instructions, comments and DOCTYPEs (whose
 * internal subset may itself contain `>` and comments, hence the scan that respects brackets, quotes and comments).
 */
function readProlog(text: string): { rootAt: number; parts: PrologPart[] } {
  const parts: PrologPart[] = [];
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text.charAt(i))) i++;
    let end: number;
    let kind: PrologPart['kind'];
    if (text.startsWith('<?', i)) [end, kind] = [after(text, '?>', i), 'declaration'];
    else if (text.startsWith('<!--', i)) [end, kind] = [after(text, '-->', i + 4), 'comment'];
    else if (/^<!doctype/i.test(text.slice(i, i + 9))) [end, kind] = [afterDoctype(text, i), 'doctype'];
    else return { rootAt: i, parts };
    parts.push({ kind, start: i, end });
    i = end;
  }
}

function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at < 0 ? text.length : at + end.length;
}

function afterDoctype(text: string, from: number): number {
  let depth = 0;
  let quote = '';
  for (let j = from + 9; j < text.length; j++) {
    const c = text.charAt(j);
    // Quotes matter inside the internal subset, where an entity's value may hold `>`; a stray one before it must
    // not make the rest of the document the DOCTYPE.
    if (quote) {
      if (c === quote) quote = '';
    } else if (text.startsWith('<!--', j)) j = after(text, '-->', j + 4) - 1;
    else if ((c === '"' || c === "'") && depth > 0) quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return j + 1;
  }
  return text.length;
}

function withoutComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(-->|$)/g, '');
}
