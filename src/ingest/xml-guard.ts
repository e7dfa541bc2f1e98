import { FeedParseError } from '../errors.js';

/**
 * Make an XML document safe to hand to a parser. Entity declarations are refused outright — a "billion laughs"
 * document is a few hundred bytes that expand to gigabytes — and so is any DOCTYPE with an internal subset,
 * where such declarations live. A plain external DOCTYPE (old RSS 0.91 feeds carry one) is dropped: nothing
 * we read needs it. Declarations are only legal in the prolog, so that is the part examined.
 */
export function guardXml(xml: string): string {
  const text = xml.replace(/^\uFEFF/, '');
  const prolog = text.slice(0, rootStart(text));
  if (/<!ENTITY/i.test(prolog)) {
    throw new FeedParseError('entity-declaration', 'the document declares XML entities; refused (entity-expansion attack)');
  }
  const doctype = /<!DOCTYPE\b[^>]*>/i.exec(prolog);
  if (!doctype) return text;
  if (doctype[0].includes('[')) {
    throw new FeedParseError('entity-declaration', 'the document has a DOCTYPE with an internal subset; refused');
  }
  return text.slice(0, doctype.index) + text.slice(doctype.index + doctype[0].length);
}

/** True when the text is an HTML page (someone gave us the site's address, not its feed's). */
export function looksLikeHtml(text: string): boolean {
  const start = rootStart(text);
  const prolog = text.slice(0, start).toLowerCase();
  return /<!doctype\s+html/.test(prolog) || /^<html[\s>]/i.test(text.slice(start, start + 16));
}

/**
 * Index where the root element starts: after whitespace, the XML declaration, processing instructions,
 * comments and the DOCTYPE (whose internal subset may itself contain `>`, hence the bracket count).
 */
export function rootStart(text: string): number {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text.charAt(i))) i++;
    const skip = text.startsWith('<?', i)
      ? after(text, '?>', i)
      : text.startsWith('<!--', i)
        ? after(text, '-->', i)
        : /^<!doctype/i.test(text.slice(i, i + 9))
          ? afterDoctype(text, i)
          : -1;
    if (skip < 0) return i;
    i = skip;
  }
}

function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at < 0 ? text.length : at + end.length;
}

function afterDoctype(text: string, from: number): number {
  let depth = 0;
  for (let j = from; j < text.length; j++) {
    const c = text.charAt(j);
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return j + 1;
  }
  return text.length;
}
