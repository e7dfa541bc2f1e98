import { localName, type XmlNode } from './xml-tree.js';

/** A name XML accepts (with at most one prefix); the tolerant reader lets through names that are not. */
export const XML_NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;
/** Characters XML 1.0 forbids even as references (a feed carrying them is refused by a strict parser). */
const NOT_XML = new RegExp(
  [
    String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]`,
    String.raw`[\uD800-\uDBFF](?![\uDC00-\uDFFF])`,
    String.raw`(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
  ].join('|'),
  'g',
);

/** A start tag; attributes whose names XML would refuse are left out. */
export function open(name: string, attrs: Record<string, string>): string {
  const written = Object.entries(attrs)
    .filter(([k]) => XML_NAME.test(k))
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`);
  return `<${name}${written.join('')}>`;
}

/** Text as XML character data, without the characters XML forbids. */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/** Markup found inside a title or summary, written as the HTML it was meant to be (namespace prefixes dropped). */
export function toHtml(nodes: XmlNode[]): string {
  return nodes
    .map((n) => {
      if ('text' in n) return escapeText(n.text);
      const name = localName(n.name);
      if (!/^[a-z][\w-]*$/.test(name)) return toHtml(n.children);
      const attrs = Object.entries(n.attrs)
        .filter(([k]) => !k.startsWith('xmlns') && /^[A-Za-z_][\w.-]*$/.test(k))
        .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
        .join('');
      return `<${name}${attrs}>${toHtml(n.children)}</${name}>`;
    })
    .join('');
}
