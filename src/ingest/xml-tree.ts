import { decodeHTMLStrict } from 'entities';
import { Parser } from 'htmlparser2';

/** An element of a document read tolerantly. Text and attribute values hold characters, entities already decoded. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Closed by the end of the text rather than by its own end tag: the document was cut off inside it. */
  cutOff: boolean;
}
export type XmlNode = XmlElement | { text: string };

/** Deeper elements are read as their text only: no feed needs more, and the tree is walked recursively. */
export const MAX_DEPTH = 256;

/**
 * Read any text as a tree of elements, the way a forgiving reader would: unclosed tags close with their parent, a
 * stray end tag is ignored, a bare `&` is a character, HTML entity names (`&nbsp;`, `&eacute;`) are understood, CDATA
 * is text, a body cut off mid-tag keeps everything before the cut. htmlparser2 in XML mode does the tokenising (case
 * kept, no HTML nesting rules); entities are decoded here with the HTML table, which is a superset of XML's five.
 * Comments, processing instructions and declarations are dropped; elements nested past {@link MAX_DEPTH} are kept as
 * their text. Returns the top-level elements, and the first few faults found (what a strict parser would refuse).
 */
export function readTolerantXml(text: string): { roots: XmlElement[]; faults: string[] } {
  const top: XmlElement = { name: '#document', attrs: {}, children: [], cutOff: false };
  const stack: XmlElement[] = [top];
  const faults = new Set<string>();
  let inCdata = false;
  let tooDeep = 0;
  let lastOpened: XmlElement | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (stack.length > MAX_DEPTH) {
          tooDeep++;
          return;
        }
        const attrs: Record<string, string> = {};
        for (const [k, v] of Object.entries(attribs)) attrs[k] = decodeEntities(v);
        const el: XmlElement = { name, attrs, children: [], cutOff: false };
        stack.at(-1)!.children.push(el);
        stack.push(el);
        lastOpened = el;
      },
      onclosetag(_name, isImplied) {
        if (tooDeep > 0) {
          tooDeep--;
          return;
        }
        const el = stack.pop();
        // htmlparser2 closes open elements implicitly both at a parent's end tag and at the end of the input; only the
        // latter means the element was cut off, and that is known for certain only once the input has ended.
        if (el && isImplied && ended) el.cutOff = true;
        // A self-closing tag is reported as an implied close too: it is the one just opened, with nothing inside.
        else if (el && isImplied && !(el === lastOpened && el.children.length === 0))
          note(`<${el.name}> never closed`);
        if (isImplied && ended && stack.length === 1)
          note('the document ends before its last element closes (cut off)');
      },
      ontext(data) {
        if (!inCdata && BARE_AMPERSAND.test(data)) note('a bare & (not an entity)');
        const node = { text: inCdata ? data : decodeEntities(data) };
        stack.at(-1)!.children.push(node);
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeCDATA: true, recognizeSelfClosing: true },
  );
  let ended = false;
  parser.write(text);
  ended = true;
  parser.end();
  return { roots: top.children.filter((n): n is XmlElement => 'name' in n), faults: [...faults] };

  function note(fault: string): void {
    if (faults.size < 5) faults.add(fault);
  }
}

const BARE_AMPERSAND = /&(?!#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/i;

/** Decode `&name;`, `&#n;` and `&#xh;` references; anything else after `&` stays as written. */
function decodeEntities(raw: string): string {
  return raw.includes('&') ? decodeHTMLStrict(raw) : raw;
}

/** The element's text, its descendants' included. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => ('text' in c ? c.text : textOf(c))).join('');
}

/** The name after any namespace prefix, lower case. */
export function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1).toLowerCase();
}
