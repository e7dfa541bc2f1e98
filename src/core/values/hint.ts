import { foldForMatch } from '../text/fold.js';
import { currencyHints } from './currencies.js';
import { durationKeys } from './durations.js';
import { monthKeys } from './months.js';
import { numberWordKeys } from './number-words.js';

/**
 * A look at a sentence's matching tokens (the engine's own, already made) before the value readers tokenise it
 * again: a sentence with no digit, no currency sign and none of the readers' words (number words, months,
 * currencies, units of time, in every language, folded the way the matcher folds) holds no value.
 * test/engine/values-gate.test.ts holds this against reading every sentence in full.
 */

interface Hints {
  words: Set<string>;
  /** Units of time: they count only after "a"/"an" (with a number, the number counts). */
  units: Set<string>;
  prefixes: string[];
  signs: RegExp;
}

let hints: Hints | null = null;

function build(): Hints {
  const fold = (w: string) => foldForMatch(w).replace(/[^a-z0-9'-]/g, '');
  const cur = currencyHints();
  const months = monthKeys();
  const words = new Set([...numberWordKeys(), ...months.names, ...cur.words, 'pair'].map(fold).filter(Boolean));
  const units = new Set(durationKeys().map(fold).filter(Boolean));
  const prefixes = [...new Set([...months.prefixes, ...cur.prefixes].map(fold).filter(Boolean))];
  const signs = new RegExp(`[${cur.signs.map((s) => s.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'u');
  return { words, units, prefixes, signs };
}

/** Could the sentence (its text and its matching tokens) hold a value at all? */
export function mayMentionValue(text: string, tokens: ReadonlyArray<{ norm: string }>): boolean {
  hints ??= build();
  if (/\d/.test(text) || hints.signs.test(text)) return true;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    if (hinted(hints, norm) || (hints.units.has(norm) && (tokens[i - 1]?.norm === 'a' || tokens[i - 1]?.norm === 'an'))) return true;
    // The matcher keeps "четырех-шести", "twenty-five" whole; the readers see each part.
    if (norm.includes('-') && norm.split('-').some((part) => hinted(hints!, part))) return true;
  }
  return false;
}

function hinted(h: Hints, norm: string): boolean {
  if (h.words.has(norm)) return true;
  for (const p of h.prefixes) if (norm.startsWith(p)) return true;
  return false;
}
