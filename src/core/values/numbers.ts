import { readDigits } from './digits.js';
import { ABBREVIATED, GLUED_SCALES, MONEY_GLUED_SCALES, numberWord } from './number-words.js';
import type { WordRole } from './number-words.js';
import { glued, isDash } from './text.js';
import type { ReadContext, Token } from './text.js';

/** A number read from the sentence, in digits, in words, or both ("2,5 млрд", "two hundred", "a dozen"). */
export interface NumberRead {
  value: number;
  /** Token index just after the number. */
  end: number;
  /** One plain digit run ("2017"): could be a year. */
  plain: boolean;
  /** Set when the number is a lone word meaning one ('one') or the indefinite article ('article'). */
  weak: 'one' | 'article' | null;
  percent: boolean;
}

export interface NumberOptions {
  /** Next to a currency, "m", "k" and "b" glued to digits are scales ("$3m"). */
  money?: boolean;
}

interface Tally {
  total: number;
  current: number;
  largest: number;
  words: number;
  weak: 'one' | 'article' | null;
}

// Words that join parts of one number: "one hundred and fifty", "treinta y cinco", "vingt et un".
const JOINERS = new Set(['and', 'y', 'et']);
const ENGLISH_SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'mn', 'bn']);

/** Place value of the lowest non-zero digit: after "twenty" only units may follow. */
function magnitude(n: number): number {
  if (n === 0 || !Number.isInteger(n)) return n === 0 ? Infinity : 0;
  let m = 1;
  while (n % (m * 10) === 0) m *= 10;
  return m;
}

/** Skip the full stop of an abbreviation ("млрд.", "Mrd.") unless it ends the sentence. */
function afterAbbreviation(toks: readonly Token[], j: number, key: string): number {
  return ABBREVIATED.has(key) && toks[j]?.text === '.' && glued(toks[j]) && j + 1 < toks.length ? j + 1 : j;
}

function joinerContinues(
  toks: readonly Token[],
  j: number,
  ctx: ReadContext,
  tally: Tally,
  last: WordRole | null,
): boolean {
  if (!JOINERS.has(toks[j]!.key) || tally.words === 0) return false;
  const tens = last === 'n' && tally.current >= 20 && tally.current % 10 === 0;
  if (last !== 'mult' && last !== 'scale' && !tens) return false;
  const next = toks[j + 1];
  const w = next?.kind === 'word' ? numberWord(next.key, ctx) : undefined;
  return w?.role === 'n' && w.value < magnitude(tally.current);
}

/** Fold number words from `start` into the tally; returns the index after the last word used. */
function accumulate(
  toks: readonly Token[],
  start: number,
  ctx: ReadContext,
  tally: Tally,
  scalesOnly: boolean,
): number {
  let j = start;
  let end = start;
  let last: WordRole | null = null;
  while (j < toks.length && tally.words < 12) {
    // "a $2.5-billion deal"
    if (
      isDash(toks[j]) &&
      glued(toks[j]) &&
      numberWord(toks[j + 1]?.key ?? '', ctx)?.role === 'scale' &&
      glued(toks[j + 1])
    )
      j += 1;
    const t = toks[j]!;
    if (t.kind !== 'word') break;
    const w = numberWord(t.key, ctx);
    if (!w) {
      if (joinerContinues(toks, j, ctx, tally, last)) {
        j += 1;
        continue;
      }
      break;
    }
    if (scalesOnly && w.role !== 'scale' && w.role !== 'mult') break;
    if (w.role === 'n') {
      if (tally.current !== 0 && !(w.value < magnitude(tally.current))) break;
      tally.current += w.value;
    } else if (w.role === 'mult') {
      if (tally.current >= w.value) break;
      tally.current = (tally.current || 1) * w.value;
    } else if (w.role === 'half') {
      if (tally.current === 0) break;
      tally.current += 0.5;
    } else {
      // A scale word alone is one of it ("тысяча солдат", "bin asker"), but English says "a thousand".
      const group = tally.current || (tally.total === 0 && !ENGLISH_SCALES.has(t.key) ? 1 : 0);
      if (group === 0 && tally.total > 0 && w.value > tally.largest) {
        // A scale of a scale: "mil millones", "a thousand million".
        tally.total *= w.value;
        tally.largest = w.value;
      } else if (group === 0) break;
      else if (w.value > tally.largest) {
        tally.total = (tally.total + group) * w.value;
        tally.largest = w.value;
      } else tally.total += group * w.value;
      tally.current = 0;
    }
    tally.weak = tally.words === 0 && !scalesOnly ? (w.weak ?? null) : null;
    tally.words += 1;
    last = w.role;
    j = afterAbbreviation(toks, j + 1, t.key);
    end = j;
    // "twenty-five", "soixante-dix"
    const nx = toks[j + 1];
    if (
      isDash(toks[j]) &&
      glued(toks[j]) &&
      nx?.kind === 'word' &&
      glued(nx) &&
      numberWord(nx.key, ctx)?.role === 'n'
    )
      j += 1;
  }
  return end;
}

/** English articles that start a number: "a dozen", "a pair of", "a million", "half a billion". */
function englishLead(
  toks: readonly Token[],
  i: number,
  ctx: ReadContext,
): { tally: Tally; next: number } | 'pair' | null {
  const t = toks[i]!;
  const roleAt = (k: number): WordRole | undefined =>
    toks[k]?.kind === 'word' ? numberWord(toks[k]!.key, ctx)?.role : undefined;
  const bigAt = (k: number): boolean => roleAt(k) === 'mult' || roleAt(k) === 'scale';
  if (t.key === 'a' || t.key === 'an') {
    if (toks[i + 1]?.key === 'pair' && toks[i + 2]?.key === 'of') return 'pair';
    return bigAt(i + 1) ? { tally: { total: 0, current: 1, largest: 0, words: 0, weak: null }, next: i + 1 } : null;
  }
  if (t.key === 'half' && (toks[i + 1]?.key === 'a' || toks[i + 1]?.key === 'an') && bigAt(i + 2)) {
    return { tally: { total: 0, current: 0.5, largest: 0, words: 0, weak: null }, next: i + 2 };
  }
  return null;
}

function readWords(toks: readonly Token[], i: number, ctx: ReadContext): NumberRead | null {
  const lead = ctx.langs.has('en') ? englishLead(toks, i, ctx) : null;
  if (lead === 'pair') return { value: 2, end: i + 3, plain: false, weak: null, percent: false };
  const tally = lead?.tally ?? { total: 0, current: 0, largest: 0, words: 0, weak: null };
  const end = accumulate(toks, lead?.next ?? i, ctx, tally, false);
  if (tally.words === 0) return null;
  return { value: tally.total + tally.current, end, plain: false, weak: tally.weak, percent: false };
}

/**
 * Read a number at token `i`: digits with their separators and any scale after them ("2,5 млрд", "$2.5bn",
 * "2,5 mil millones"), or number words. Null when there is none, or when the digits are part of a name or code.
 */
export function readNumber(
  toks: readonly Token[],
  i: number,
  ctx: ReadContext,
  opts: NumberOptions = {},
): NumberRead | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === 'word') return readWords(toks, i, ctx);
  const d = readDigits(toks, i, ctx);
  if (!d) return null;
  let value = d.value;
  let end = d.end;
  if (d.suffix !== null) {
    const scale = (opts.money ? MONEY_GLUED_SCALES : GLUED_SCALES)[d.suffix];
    if (scale === undefined) return null;
    value *= scale;
    end = afterAbbreviation(toks, end + 1, d.suffix);
  }
  const tally: Tally = { total: 0, current: value, largest: 0, words: 0, weak: null };
  end = accumulate(toks, end, ctx, tally, true);
  const plain = d.plain && d.suffix === null && tally.words === 0;
  return { value: tally.total + tally.current, end, plain, weak: null, percent: d.percent };
}
