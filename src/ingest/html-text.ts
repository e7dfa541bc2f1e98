import { Tokenizer } from 'htmlparser2';

/** Elements whose start and end are paragraph breaks. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'hr',
  'address',
]);
/** Elements whose text is never article text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'object',
  'head',
  'button',
  'form',
]);

/**
 * HTML longer than this is cut before conversion; no article is anywhere near it (a long feature is ~100 KB of
 * markup, a few hundred tags).
 */
export const MAX_HTML_CHARS = 2_000_000;
/**
 * Conversion stops after this many tags, keeping the text read so far. Time goes with tags, not characters (text
 * and attribute values are skipped over fast), so this keeps one item to a few tens of milliseconds however its
 * markup is built: 100,000 nested elements end here instead of stalling the bot.
 */
export const MAX_TAGS = 25_000;

/**
 * Plain text from an HTML fragment (a feed's content:encoded, an extracted article body). Paragraphs and
 * other blocks become blank-line-separated paragraphs, `<br>` a line break; scripts and styles are dropped.
 *
 * One pass over the tokens with no tree and no recursion: time and memory grow with the length of the input,
 * never with how deeply it nests (6,000 nested elements overflowed the stack of a tree walk; 100,000 took
 * seconds to build as a DOM), and stop at {@link MAX_TAGS}. Unclosed and stray tags are harmless: only block
 * boundaries and skipped elements matter for the text. Never throws.
 */
export function htmlToText(html: string): string {
  const input = cut(html).replace(/[\u0001\u0002]/g, '');
  if (!/[<&]/.test(input)) return tidy(input);
  const out: string[] = [];
  /** Open skipped elements by name (a `<form>` inside a `<form>` needs two ends). */
  const skipping = new Map<string, number>();
  let skipped = 0;
  let tag = '';
  let tags = 0;
  let stopped = false;
  const name = (start: number, end: number) => input.slice(start, end).toLowerCase();
  const open = (el: string) => {
    if (SKIP.has(el)) {
      skipping.set(el, (skipping.get(el) ?? 0) + 1);
      skipped++;
    } else if (skipped === 0) {
      if (el === 'br') out.push(LINE);
      else if (BLOCKS.has(el)) out.push(PARAGRAPH);
    }
  };
  const close = (el: string) => {
    const n = skipping.get(el) ?? 0;
    if (n > 0) {
      skipping.set(el, n - 1);
      skipped--;
    } else if (skipped === 0 && BLOCKS.has(el)) out.push(PARAGRAPH);
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: true, recognizeSelfClosing: true },
    {
      ontext: (start, end) => void (skipped === 0 && out.push(input.slice(start, end))),
      ontextentity: (codepoint) => void (skipped === 0 && codepoint > 2 && out.push(String.fromCodePoint(codepoint))),
      onopentagname: (start, end) => {
        tag = name(start, end);
        if (++tags > MAX_TAGS && !stopped) {
          stopped = true;
          tokenizer.pause();
        }
      },
      onopentagend: () => open(tag),
      onselfclosingtag: () => {
        open(tag);
        close(tag);
      },
      onclosetag: (start, end) => close(name(start, end)),
      onattribdata: noop,
      onattribentity: noop,
      onattribend: noop,
      onattribname: noop,
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onend: noop,
      onprocessinginstruction: noop,
    },
  );
  tokenizer.write(input);
  if (!stopped) tokenizer.end();
  // Whitespace in the source is a space; only the markers become line breaks (one pass each over the whole text).
  return tidy(
    out
      .join('')
      .replace(/[ \t\r\n\f]+/g, ' ')
      .replace(/\u0001/g, '\n')
      .replace(/\u0002/g, '\n\n'),
  );
}

/** Stand-ins for `<br>` and block edges while whitespace is collapsed; control characters never shown as text. */
const LINE = '\u0001';
const PARAGRAPH = '\u0002';

function noop(): void {}

/** At most {@link MAX_HTML_CHARS}, ending before a tag rather than inside one (a half tag would read as text). */
function cut(html: string): string {
  if (html.length <= MAX_HTML_CHARS) return html;
  const lastTag = html.lastIndexOf('<', MAX_HTML_CHARS);
  return html.slice(0, lastTag > 0 ? lastTag : MAX_HTML_CHARS);
}

/** Elements with no end tag, and ones a parser closes by itself at the next sibling: neither nests. */
const NO_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
]);

/**
 * How deeply a page's elements nest at most (an upper bound: end tags a browser would imply are not inferred), in
 * one linear pass with no tree. DOM builders and Readability take time that grows with depth (1,000 levels took
 * Readability ~9 s), so a page nested past a sane depth is not handed to them.
 */
export function htmlNestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  let tag = '';
  const tokenizer = new Tokenizer(
    { decodeEntities: false, recognizeSelfClosing: true },
    {
      onopentagname: (start, end) => void (tag = html.slice(start, end).toLowerCase()),
      onopentagend: () => {
        if (NO_NESTING.has(tag)) return;
        depth++;
        if (depth > max) max = depth;
      },
      onselfclosingtag: noop,
      onclosetag: (start, end) => {
        if (!NO_NESTING.has(html.slice(start, end).toLowerCase()) && depth > 0) depth--;
      },
      ontext: noop,
      ontextentity: noop,
      onattribdata: noop,
      onattribentity: noop,
      onattribend: noop,
      onattribname: noop,
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onend: noop,
      onprocessinginstruction: noop,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return max;
}

/** Trim each line, collapse runs of spaces, and keep at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .replace(/\u00A0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
