import anyAscii from 'any-ascii';
import { charClasses, LETTER } from './chars.js';

/**
 * Folding for matching: one comparable Latin form for any script, so "Песков", "Peskov" and
 * "PESKOV" meet. Matching never runs on raw text.
 */

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const GREEK = /\p{Script=Greek}/u;

/** Latin letters that look like Cyrillic ones: a word written in Cyrillic with these slipped in is Cyrillic. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
  A: 'А',
  C: 'С',
  E: 'Е',
  O: 'О',
  P: 'Р',
  X: 'Х',
  Y: 'У',
  K: 'К',
  M: 'М',
  T: 'Т',
  H: 'Н',
  B: 'В',
};

/**
 * A word that mixes scripts (a copy-paste or OCR accident, or a deliberate homoglyph) is folded to one script.
 * If the Latin letters are all Cyrillic look-alikes, they become Cyrillic ("Пeсков" with a Latin e → "Песков");
 * otherwise the whole word is transliterated to Latin ("Журавlev" → "Zhuravlev").
 */
export function foldMixedScriptWord(word: string): string {
  const hasCyr = CYRILLIC.test(word);
  const hasLat = LATIN.test(word);
  const hasGrk = GREEK.test(word);
  if ([hasCyr, hasLat, hasGrk].filter(Boolean).length < 2) return word;
  const letters = [...word];
  const cyrCount = letters.filter((ch) => CYRILLIC.test(ch)).length;
  const latin = letters.filter((ch) => LATIN.test(ch));
  if (hasCyr && !hasGrk && cyrCount >= latin.length && latin.every((ch) => ch in LATIN_TO_CYRILLIC)) {
    return letters.map((ch) => LATIN_TO_CYRILLIC[ch] ?? ch).join('');
  }
  return letters.map((ch) => (LATIN.test(ch) ? ch : anyAscii(ch))).join('');
}

/** Apply {@link foldMixedScriptWord} to every word of a text. */
export function foldMixedScripts(text: string): string {
  // Every mixed word has a Cyrillic or Greek letter: from each, widen to its word and fold that word once.
  // (Most texts have none: the first look finds nothing and the text comes back as it is.)
  const classes = charClasses();
  const isLetter = (i: number) => (classes[text.charCodeAt(i)]! & LETTER) !== 0;
  let out = '';
  let last = 0;
  NON_LATIN_LETTERS.lastIndex = 0;
  for (let m = NON_LATIN_LETTERS.exec(text); m; m = NON_LATIN_LETTERS.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start > last && isLetter(start - 1)) start--;
    // A word of Cyrillic letters only (the usual case in Russian text) is left as it is, without cutting it out.
    while (end < text.length && isLetter(end)) end++;
    let cyrillicOnly = true;
    for (let k = start; k < end && cyrillicOnly; k++) cyrillicOnly = isCyrillicUnit(text.charCodeAt(k));
    NON_LATIN_LETTERS.lastIndex = end;
    if (cyrillicOnly) continue;
    const word = text.slice(start, end);
    const folded = foldMixedScriptWord(word);
    if (folded !== word) {
      out += text.slice(last, start) + folded;
      last = end;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}
const NON_LATIN_LETTERS = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;

/** Cyrillic block letters (U+0400–U+04FF, U+0500–U+052F): a word of these alone mixes nothing. */
const isCyrillicUnit = (c: number): boolean => c >= 0x0400 && c <= 0x052f;

/** Lower-case Latin transliteration used as the matching key (Turkish dotted/dotless i handled). */
export function foldForMatch(text: string): string {
  // Soft and hard signs carry no sound of their own; any-ascii would turn them into apostrophes.
  const lowered = text.replace(/İ/g, 'i').replace(/I/g, 'i').toLowerCase().replace(/[ьъ]/g, '');
  return anyAscii(lowered).toLowerCase();
}

/** A model code in Latin capitals that all have a Cyrillic twin ("C-400", "T-90", "Ka-52" is left alone). */
const LATIN_CODE = /(?<![\p{L}\p{N}])([ACEHKMOPTXBY]{1,3})(?=-?\d{1,4}(?![\p{L}\p{N}]))/gu;

/**
 * In a Cyrillic text, a code like "C-400" was typed with a Latin C that looks like the Cyrillic С: read it as
 * Cyrillic, so it meets "С-400" and, through transliteration, "S-400". Texts mostly in other scripts keep
 * their codes as written.
 */
export function foldLookalikeCodes(text: string): string {
  LATIN_CODE.lastIndex = 0;
  if (!LATIN_CODE.test(text)) return text;
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic < 2 * latin) return text;
  LATIN_CODE.lastIndex = 0;
  return text.replace(LATIN_CODE, (code) => [...code].map((ch) => LATIN_TO_CYRILLIC[ch] ?? ch).join(''));
}
