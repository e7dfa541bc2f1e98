import type { NormalisedValue } from '../types.js';
import { readCount } from './counts.js';
import { readDate } from './dates.js';
import { readCode } from './digits.js';
import { readDuration } from './durations.js';
import { readMoney } from './money.js';
import { contextFor, tokenize } from './text.js';
import type { Match, ReadContext, Token } from './text.js';

/** A typed value found in a sentence, with its words and their place. */
export interface ExtractedValue {
  /** The words as written ("roughly $2.5 billion"). */
  text: string;
  normalised: NormalisedValue;
  /** Character offsets in the sentence (end exclusive). */
  start: number;
  end: number;
}

type Reader = (toks: readonly Token[], i: number, ctx: ReadContext, floor: number) => Match<NormalisedValue> | null;

// Tried in this order at each position: money and durations claim their numbers before dates do, and codes
// (phone numbers, model numbers) are set aside before anything is counted.
const READERS: readonly Reader[] = [readMoney, readDuration, readDate, readCode, readCount];

/** Longest input read; beyond this a "sentence" is not one, and the rest is ignored to bound the work. */
const MAX_CHARS = 100_000;

/**
 * Every typed value in one sentence: counts with units, money, dates and date ranges, durations.
 * Never throws; the work is linear in the sentence's length.
 */
export function extractValues(sentence: string, lang: string): ExtractedValue[] {
  if (typeof sentence !== 'string' || !sentence) return [];
  try {
    const text = sentence.length > MAX_CHARS ? sentence.slice(0, MAX_CHARS) : sentence;
    return scan(text, tokenize(text), contextFor(typeof lang === 'string' ? lang : undefined));
  } catch {
    // A reader bug must not take an article down with it; the sentence simply yields no values.
    return [];
  }
}

function scan(text: string, toks: readonly Token[], ctx: ReadContext): ExtractedValue[] {
  const out: ExtractedValue[] = [];
  let floor = 0;
  let i = 0;
  while (i < toks.length) {
    let match: Match<NormalisedValue> | null = null;
    for (const read of READERS) {
      match = read(toks, i, ctx, floor);
      if (match) break;
    }
    if (!match || match.end <= i) {
      i += 1;
      continue;
    }
    if (match.value) {
      const start = toks[Math.max(match.first, floor)]!.start;
      const end = toks[match.end - 1]!.end;
      out.push({ text: text.slice(start, end), normalised: match.value, start, end });
    }
    i = match.end;
    floor = i;
  }
  return out;
}
