import { franc } from 'franc';

/**
 * Language of an article, as an ISO 639-1 code ('und' when unsure).
 * franc's trigram model confuses close neighbours on short texts (Russian read as Bulgarian, Turkish as Malay),
 * so candidates are limited to languages a newsroom feed plausibly carries, and the script decides first
 * where it can.
 */

const CANDIDATES: Record<string, string> = {
  eng: 'en',
  rus: 'ru',
  tur: 'tr',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
  ukr: 'uk',
  ron: 'ro',
  ces: 'cs',
  swe: 'sv',
  ell: 'el',
  azj: 'az',
  ind: 'id',
};
const LATIN_LANGS = Object.keys(CANDIDATES).filter((k) => !['rus', 'ukr', 'ell'].includes(k));

/** How many characters of `text` the class (a negated \\p{…} set, e.g. /\\P{L}+/gu) does not remove. */
function countOf(text: string, others: RegExp): number {
  return text.replace(others, '').length;
}

/** Detect the language of `text` (ISO 639-1), or 'und'. */
export function detectLanguage(text: string): string {
  // The first 1,000 characters decide: plenty for the script counts and the trigram model, and bounded
  // work per article (franc's cost grows with the sample).
  const sample = text.length > 1000 ? text.slice(0, 1000) : text;
  const letters = countOf(sample, /\P{L}+/gu) || 1;
  const share = (others: RegExp) => countOf(sample, others) / letters;
  // Nine letters in ten Latin leave too few of any other script for the script rules below to fire.
  if (share(/\P{Script=Latin}+/gu) <= 0.9) return byScript(sample, share) ?? latinLanguage(sample, letters);
  return latinLanguage(sample, letters);
}

/** The language a non-Latin script gives away, or null. */
function byScript(sample: string, share: (others: RegExp) => number): string | null {
  if (share(/\P{Script=Cyrillic}+/gu) > 0.5) {
    return /[іїєґ]/iu.test(sample) && !/[ыэъё]/iu.test(sample) ? 'uk' : 'ru';
  }
  if (share(/\P{Script=Greek}+/gu) > 0.5) return 'el';
  if (share(/\P{Script=Arabic}+/gu) > 0.5) return 'ar';
  // Japanese writes most content words in Chinese characters: its kana, even a few, decide before the Han share.
  if (share(/[^\p{Script=Hiragana}\p{Script=Katakana}]+/gu) > 0.05) return 'ja';
  if (share(/\P{Script=Han}+/gu) > 0.3) return 'zh';
  if (share(/\P{Script=Hangul}+/gu) > 0.3) return 'ko';
  return null;
}

/** Turkish by its letters, else franc's trigram model over the Latin-script candidates. */
function latinLanguage(sample: string, letters: number): string {
  // Letters only Turkish (and Azerbaijani) use often: dotless ı, ğ, ş, and dotted capital İ.
  if (countOf(sample, /[^ığşİ]+/gu) / letters > 0.01) return /ə/u.test(sample) ? 'az' : 'tr';
  // franc's cost grows with the distinct trigrams it is given, times the candidate languages. 250 characters
  // (some 40 words) tell these languages apart: on the stance sets' texts joined three by three (en, fr, de, es)
  // franc is right every time from 120 characters on.
  const code = franc(sample.length > 250 ? sample.slice(0, sample.lastIndexOf(' ', 250) + 1 || 250) : sample, {
    only: LATIN_LANGS,
    minLength: 12,
  });
  return CANDIDATES[code] ?? 'und';
}
