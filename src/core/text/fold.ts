import anyAscii from 'any-ascii';

/**
 * Folding for matching: one comparable Latin form for any script, so "Песков", "Peskov" and
 * "PESKOV" meet. Matching never runs on raw text.
 */

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const GREEK = /\p{Script=Greek}/u;

/** Latin letters that look like Cyrillic ones: a word written in Cyrillic with these slipped in is Cyrillic. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в',
  A: 'А', C: 'С', E: 'Е', O: 'О', P: 'Р', X: 'Х', Y: 'У', K: 'К', M: 'М', T: 'Т', H: 'Н', B: 'В',
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
  // Every mixed word has a Cyrillic or Greek letter: most texts have none, and are left as they are.
  if (!NON_LATIN.test(text)) return text;
  // Only words with a Cyrillic or Greek letter can be mixed: the others are passed over by the pattern itself.
  return text.replace(WORD_WITH_NON_LATIN, (w) => foldMixedScriptWord(w));
}
const WORD_WITH_NON_LATIN = /(?<![\p{L}\p{M}])[\p{L}\p{M}]*[\p{Script=Cyrillic}\p{Script=Greek}][\p{L}\p{M}]*/gu;
const NON_LATIN = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** Lower-case Latin transliteration used as the matching key (Turkish dotted/dotless i handled). */
export function foldForMatch(text: string): string {
  // Soft and hard signs carry no sound of their own; any-ascii would turn them into apostrophes.
  const lowered = text.replace(/İ/g, 'i').replace(/I/g, 'i').toLowerCase().replace(/[ьъ]/g, '');
  return anyAscii(lowered).toLowerCase();
}
