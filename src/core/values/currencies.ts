import { fold, glued, wordSet } from './text.js';
import type { Token } from './text.js';

/**
 * Currencies as written before or after an amount, mapped to ISO 4217 codes. A bare "$" is taken as US dollars;
 * "A$", "C$" and the like are told apart by the letters glued before the sign.
 */

// Maps, not objects: the keys are words cut from the text, and an object look-up would intern each of them.
const SIGNS = new Map(
  Object.entries({ $: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB', '₺': 'TRY', '₹': 'INR', '₴': 'UAH', '¥': 'JPY' }),
);

const DOLLAR_PREFIXES = new Map(Object.entries({ us: 'USD', a: 'AUD', c: 'CAD', nz: 'NZD', hk: 'HKD', s: 'SGD' }));

/** ISO codes written in capitals ("USD 2.5 billion", "2,5 milyar TL"). */
const CODES = new Set(['USD', 'EUR', 'GBP', 'RUB', 'TRY', 'INR', 'CNY', 'JPY', 'UAH', 'CHF', 'TL']);

const WORDS = new Map<string, string>();
const addWords = (code: string, list: string): void => {
  for (const w of wordSet(list)) WORDS.set(w, code);
};
addWords('USD', 'dollar dollars dólar dólares долл');
addWords('EUR', 'euro euros евро avro');
addWords('RUB', 'ruble rubles rouble roubles rubel руб');
addWords('TRY', 'lira liras lirası');
addWords('GBP', 'pound pounds sterling pfund sterlin livre livres');
addWords('INR', 'rupee rupees rupie rupien rupia rupias roupie roupies');
addWords('CNY', 'yuan renminbi');
addWords('JPY', 'yen yens иен иены йен');

// Cyrillic and Turkish currency words decline: "долларов", "рублей", "dolarlık".
const STEMS: Array<[string, string]> = [
  ['доллар', 'USD'],
  ['dolar', 'USD'],
  ['рубл', 'RUB'],
  ['лир', 'TRY'],
  ['фунт', 'GBP'],
  ['рупи', 'INR'],
  ['юан', 'CNY'],
  ['евро', 'EUR'],
  ['avro', 'EUR'],
  ['lira', 'TRY'],
].map(([s, c]) => [fold(s!), c!] as [string, string]);

/** First letters of the declining stems: most words start with none of them. */
const STEM_STARTS = new Set(STEMS.map(([s]) => s[0]!));

/** Currency named by one token (sign, capital code or word), or null. */
export function currencyOf(t: Token | undefined): string | null {
  if (!t) return null;
  if (t.kind === 'sym') return SIGNS.get(t.text) ?? null;
  if (t.kind !== 'word') return null;
  if (CODES.has(t.text)) return t.text === 'TL' ? 'TRY' : t.text;
  const hit = WORDS.get(t.key);
  if (hit) return hit;
  if (!STEM_STARTS.has(t.key[0] ?? '')) return null;
  for (const [stem, code] of STEMS) if (t.key.startsWith(stem) && t.key.length - stem.length <= 4) return code;
  return null;
}

/**
 * A currency written before an amount at `i`: "$", "US$", "€", "USD". Returns the code and the index of the
 * first token after it.
 */
export function currencyBefore(toks: readonly Token[], i: number): { code: string; next: number } | null {
  const t = toks[i];
  const sign = toks[i + 1];
  if (t?.kind === 'word' && sign?.text === '$' && glued(sign)) {
    const code = DOLLAR_PREFIXES.get(t.key);
    return code ? { code, next: i + 2 } : null;
  }
  const code = t?.kind === 'sym' ? SIGNS.get(t.text) : undefined;
  if (code) return { code, next: i + 1 };
  if (t?.kind === 'word' && CODES.has(t.text) && t.text !== 'TL') return { code: t.text, next: i + 1 };
  return null;
}

// Words between an amount and its currency, or just after it: "2.5 billion US dollars", "milliards de dollars",
// "долларов США", "ABD doları".
const FILLERS = wordSet(
  'of de d des us u s american americains américains estadounidenses abd amerikan американских сша usa',
);
const TRAILERS = wordSet('сша us américains americains estadounidenses');

/** A currency written after an amount ending at `j`; returns the code and the index after the currency words. */
export function currencyAfter(toks: readonly Token[], j: number): { code: string; next: number } | null {
  let k = j;
  for (let skipped = 0; k < toks.length && skipped < 4; skipped += 1) {
    const t = toks[k]!;
    const code = currencyOf(t);
    if (code && !(t.kind === 'word' && t.key === 'us')) {
      k += 1;
      if (toks[k]?.text === '.' && t.key === 'долл' && k + 1 < toks.length) k += 1;
      if (toks[k]?.kind === 'word' && TRAILERS.has(toks[k]!.key)) k += 1;
      return { code, next: k };
    }
    const filler = (t.kind === 'word' && FILLERS.has(t.key)) || (t.kind === 'sym' && /^[.\-'’]$/.test(t.text));
    if (!filler) return null;
    k += 1;
  }
  return null;
}
