import type { NormalisedValue } from '../types.js';
import { BARE, readCount, unitBefore } from './counts.js';
import { currencyOf } from './currencies.js';
import { durationDays, withinUnitAt } from './durations.js';
import { monthOf } from './months.js';
import { numberWord } from './number-words.js';
import { readDate } from './dates.js';
import { readCode } from './digits.js';
import { readDuration } from './durations.js';
import { readMoney } from './money.js';
import { contextFor, refDayOf, tokenize } from './text.js';
import { readPercent } from './percent.js';
import { isRelativeAnchor, isRelativeLead, readRelativeDate } from './relative.js';
import { hasCjk, readCjkValues } from './cjk.js';
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
const READERS: readonly Reader[] = [
  readMoney,
  readDuration,
  readRelativeDate,
  readDate,
  readCode,
  readPercent,
  readCount,
];

/** What is known about the sentence beyond its words. */
export interface ExtractOptions {
  /** The article's publication date (ISO): relative dates ("Thursday", "last year", "7日") are read against it. */
  published?: string | null;
}

/** Longest input read; beyond this a "sentence" is not one, and the rest is ignored to bound the work. */
const MAX_CHARS = 100_000;

/**
 * Every typed value in one sentence: counts with units, money, dates and date ranges, durations.
 * Never throws; the work is linear in the sentence's length.
 */
export function extractValues(sentence: string, lang: string, opts: ExtractOptions = {}): ExtractedValue[] {
  return extract(sentence, lang, true, opts);
}

/** {@link extractValues} without the {@link mayHoldValue} gate: every position is read (tests hold the two equal). */
export function extractValuesUngated(sentence: string, lang: string, opts: ExtractOptions = {}): ExtractedValue[] {
  return extract(sentence, lang, false, opts);
}

function extract(sentence: string, lang: string, gated: boolean, opts: ExtractOptions): ExtractedValue[] {
  if (typeof sentence !== 'string' || !sentence) return [];
  try {
    const text = sentence.length > MAX_CHARS ? sentence.slice(0, MAX_CHARS) : sentence;
    const toks = tokenize(text);
    const base = contextFor(typeof lang === 'string' ? lang : undefined);
    const ref = refDayOf(opts.published);
    const ctx = ref ? { ...base, ref } : base;
    const found = !gated
      ? scan(text, toks, ctx, () => true)
      : mayHoldValue(toks, ctx)
        ? scan(text, toks, ctx, (i) => mayStartValue(toks, i, ctx))
        : [];
    return sameYear(text, hasCjk(text) ? withCjk(text, withBareUnits(toks, found), ref) : withBareUnits(toks, found));
  } catch {
    // A reader bug must not take an article down with it; the sentence simply yields no values.
    return [];
  }
}

/** The CJK reader's values, and the others' where they do not overlap one of them. */
function withCjk(text: string, found: ExtractedValue[], ref: ReadContext['ref']): ExtractedValue[] {
  const cjk = readCjkValues(text, ref).map((v) => ({
    text: text.slice(v.start, v.end),
    normalised: v.normalised,
    start: v.start,
    end: v.end,
  }));
  if (!cjk.length) return found;
  const rest = found.filter((f) => !cjk.some((c) => c.start < f.end && f.start < c.end));
  return [...cjk, ...rest].sort((a, b) => a.start - b.start);
}

/** A number word, a month or a currency: the words values are built around. */
function valueWord(t: Token, ctx: ReadContext): boolean {
  return numberWord(t.key, ctx) !== undefined || monthOf(t, ctx) !== null || currencyOf(t) !== null;
}

/**
 * Every value the readers know is built around a number (digits, a number word, "a pair of"), a month, a
 * currency or "a" unit of time ("within a year"): a sentence with none of them has no value, and is not scanned.
 * (test/engine/values-gate.test.ts holds this against every sentence of the fixtures, the seeds and the
 * readers' own examples.)
 */
export function mayHoldValue(toks: readonly Token[], ctx: ReadContext): boolean {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'num') return true;
    if (t.kind === 'sym') {
      if (currencyOf(t) !== null) return true;
    } else if (t.kind === 'word') {
      if (valueWord(t, ctx) || t.key === 'pair') return true;
      if (ctx.ref && isRelativeAnchor(t.key)) return true;
      // A unit of time without a number is only read after "a"/"an" ("within a year").
      const prev = toks[i - 1]?.key;
      if ((prev === 'a' || prev === 'an' || prev === 'next' || prev === 'coming') && durationDays(t) !== undefined)
        return true;
      if (withinUnitAt(toks, i) >= 0) return true;
    }
  }
  return false;
}

/** Words a reader may start on without a number or month there: "a dozen", "within a year", "half a", "US$". */
const LEADS = new Set(['a', 'an', 'the', 'half', 'us', 'c', 'nz', 'hk', 's']);

/**
 * Can a reader start at token `i`? Each starts on a number, a month, a currency (sign, code or word) or one
 * of a few lead words, and looks back from there for what comes before (approximations, "between").
 */
function mayStartValue(toks: readonly Token[], i: number, ctx: ReadContext): boolean {
  const t = toks[i]!;
  if (t.kind === 'num') return true;
  if (t.kind === 'sym') return currencyOf(t) !== null;
  if (t.kind !== 'word') return false;
  return (
    LEADS.has(t.key) ||
    valueWord(t, ctx) ||
    (ctx.ref !== undefined && isRelativeLead(t.key)) ||
    withinUnitAt(toks, i) >= 0
  );
}

function scan(
  text: string,
  toks: readonly Token[],
  ctx: ReadContext,
  mayStart: (i: number) => boolean,
): ExtractedValue[] {
  const out: ExtractedValue[] = [];
  let floor = 0;
  let i = 0;
  while (i < toks.length) {
    if (!mayStart(i)) {
      i += 1;
      continue;
    }
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
      if (match.also) out.push({ text: text.slice(start, end), normalised: match.also, start, end });
    }
    i = match.end;
    floor = i;
  }
  return out;
}

/** "The same year" before a month: the year is that of the date just before it in the sentence. */
const SAME_YEAR = new RegExp(
  "(?:the same year|that same year|same year's|того же года|того ж року|im selben jahr|im gleichen jahr|" +
    'la même année|el mismo año|lo stesso anno|tego samego roku|aynı yıl(?:ın)?|같은 해|同年|同じ年の?)' +
    '\\s*(?:in\\s+|im\\s+|en\\s+|,\\s*)?$',
  'iu',
);

/**
 * A month written after "the same year" ("같은 해 8월", "in August of the same year" is not read) takes the year of
 * the last dated value before it ("a final deal by June 2026, a listing in August the same year").
 */
function sameYear(text: string, found: ExtractedValue[]): ExtractedValue[] {
  let year: string | null = null;
  return found.map((v) => {
    const n = v.normalised;
    if (n.kind !== 'date') return v;
    const own = n.from.slice(0, 4);
    if (year && n.precision !== 'year' && SAME_YEAR.test(text.slice(Math.max(0, v.start - 24), v.start))) {
      const moved = { ...n, from: year + n.from.slice(4), to: year + n.to.slice(4) };
      return { ...v, normalised: moved };
    }
    year = own;
    return v;
  });
}

/** Figures read without a noun take the class of a noun named just before them, or are dropped. */
function withBareUnits(toks: readonly Token[], found: ExtractedValue[]): ExtractedValue[] {
  const out: ExtractedValue[] = [];
  for (const v of found) {
    const n = v.normalised;
    if (n.kind !== 'count' || n.unit !== BARE) out.push(v);
    else {
      const unit = unitBefore(toks, v.start);
      if (unit) out.push({ ...v, normalised: { ...n, unit } });
    }
  }
  return out;
}
