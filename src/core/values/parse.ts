import type { NormalisedValue } from '../types.js';
import { extractValues } from './extract.js';
import type { ExtractOptions } from './extract.js';
import { readNumber } from './numbers.js';
import { contextFor, tokenize } from './text.js';

const LATIN_LANGUAGES = ['en', 'tr', 'fr', 'de', 'es'];

/** Languages to try for a value written without one: its script decides first. */
function candidates(text: string, lang: string | undefined): string[] {
  const guess = /\p{Script=Cyrillic}/u.test(text) ? ['ru'] : LATIN_LANGUAGES;
  return lang ? [lang, ...guess.filter((l) => l !== lang)] : guess;
}

/** A bare number ("4", "four", "2.5 million") as a count without a unit, when it is all the text says. */
function bareNumber(text: string, lang: string): NormalisedValue | null {
  const toks = tokenize(text);
  const n = readNumber(toks, 0, contextFor(lang));
  const rest = n ? toks.slice(n.end) : [];
  if (!n || n.percent || rest.some((t) => t.kind !== 'sym')) return null;
  return { kind: 'count', count: n.value, unit: null };
}

/**
 * Parse a value as written in a claim set ("four divisions", "$2.5 billion", "October 2020", "2026–2027",
 * "four to six months"). The value covering most of the text wins; null when nothing can be read.
 */
export function parseValue(text: string, lang?: string, opts: ExtractOptions = {}): NormalisedValue | null {
  if (typeof text !== 'string' || !text.trim()) return null;
  for (const l of candidates(text, lang)) {
    const found = extractValues(text, l, opts);
    if (found.length) {
      const widest = found.reduce((best, v) => (v.end - v.start > best.end - best.start ? v : best));
      return widest.normalised;
    }
    const bare = bareNumber(text.trim(), l);
    if (bare) return bare;
  }
  return null;
}
