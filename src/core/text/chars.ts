/**
 * Character classes of the Basic Multilingual Plane, one byte per UTF-16 code unit, filled on first use from
 * the regex engine's own Unicode tables: the tokenisers scan text by hand (no match object, no substring per
 * word) and ask this table instead of a pattern. Astral characters (surrogate pairs) are asked of the regex
 * engine one by one: they are rare in news text.
 */

/** \p{L} or \p{M}: a letter or a combining mark. */
export const LETTER = 1;
/** \p{N}: a digit or other number character. */
export const NUMBER = 2;

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMERIC = /^\p{N}$/u;

let table: Uint8Array | null = null;

/** The class bits ({@link LETTER}, {@link NUMBER}) of every BMP code unit; surrogates have none. */
export function charClasses(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    t[c] = (LETTER_OR_MARK.test(ch) ? LETTER : 0) | (NUMERIC.test(ch) ? NUMBER : 0);
  }
  return (table = t);
}

/** Class bits of the surrogate pair starting at `i` (0 when there is no pair there, or it is neither). */
export function astralClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 0;
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  const pair = text.slice(i, i + 2);
  return (LETTER_OR_MARK.test(pair) ? LETTER : 0) | (NUMERIC.test(pair) ? NUMBER : 0);
}

/** Is the code unit a JavaScript white-space or line terminator (what \s matches)? */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Most words capitalised, as English headlines often are ("Honda CEO Says Talks Will Go On"). */
export function titleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length > 0.7;
}
