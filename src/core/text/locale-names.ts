/**
 * A country's name in the languages newsroom feeds come in, from the runtime's own CLDR data
 * (Intl.DisplayNames): a claim set names a country once by its ISO code and is matched in Greek, Arabic,
 * Persian, Chinese, Japanese, Korean and the rest without anyone listing the spellings.
 */

const LOCALES = [
  'en',
  'ru',
  'uk',
  'be',
  'bg',
  'sr',
  'kk',
  'tr',
  'az',
  'el',
  'ar',
  'fa',
  'he',
  'ur',
  'hi',
  'zh',
  'zh-Hant',
  'ja',
  'ko',
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'cs',
  'sk',
  'ro',
  'hu',
  'sv',
  'da',
  'no',
  'fi',
  'et',
  'lv',
  'lt',
  'ka',
  'hy',
  'id',
  'ms',
  'vi',
  'th',
];

const names = new Map<string, string[]>();

/** Every distinct name of the region (ISO 3166-1 alpha-2 code) in the newsroom locales. */
export function regionNames(code: string): string[] {
  let out = names.get(code);
  if (!out) {
    const seen = new Set<string>();
    for (const locale of LOCALES) {
      const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code);
      // A short Latin name would also begin unrelated words ("Inde" → "index"): claim sets list those by hand.
      if (name && name !== code && !(name.length <= 4 && /^[\p{Script=Latin}]+$/u.test(name))) seen.add(name);
    }
    names.set(code, (out = [...seen]));
  }
  return out;
}
