import type { NormalisedValue } from '../types.js';
import { readDigits } from './digits.js';
import {
  AND,
  BETWEEN,
  DATE_LINKS,
  ORDINALS,
  RANGE_TO,
  YEAR_WORDS,
  isYear,
  isoDate,
  monthOf,
  validDay,
} from './months.js';
import { glued, isDash, isWord } from './text.js';
import type { Match, ReadContext, Token } from './text.js';
import { unitClass } from './units.js';
import { yearNear } from './calendar.js';

type DateValue = Extract<NormalisedValue, { kind: 'date' }>;

/** One calendar point as written; `year` is null for "September 3" or "in October", which cannot be compared. */
interface Atom {
  year: number | null;
  month?: number;
  day?: number;
  end: number;
}

const isNum = (t: Token | undefined, len: number): boolean => t?.kind === 'num' && t.text.length === len;
const isShortNum = (t: Token | undefined): boolean => t?.kind === 'num' && t.text.length <= 2;
const skipText = (toks: readonly Token[], k: number, text: string): number =>
  toks[k]?.text === text && glued(toks[k]) ? k + 1 : k;

/** Words glued to a year that belong to it: "2017 года", "2017'de", "2017 yılında", "2017 г.". */
function yearTail(toks: readonly Token[], k: number): number {
  const t = toks[k];
  if ((t?.text === "'" || t?.text === '’') && glued(t) && toks[k + 1]?.kind === 'word' && glued(toks[k + 1]))
    return k + 2;
  if (!isWord(t, YEAR_WORDS)) return k;
  return (t!.key === 'г' || t!.key === 'гг') && toks[k + 1]?.text === '.' && k + 2 < toks.length ? k + 2 : k + 1;
}

/** A year at `k` ("2017"), unless it is a count ("2000 troops") or glued to something ("2010s", "F-2017"). */
function yearAt(toks: readonly Token[], k: number, ctx: ReadContext): { year: number; end: number } | null {
  if (!isNum(toks[k], 4)) return null;
  const d = readDigits(toks, k, ctx);
  if (!d || !d.plain || d.percent || d.suffix !== null || !isYear(d.value)) return null;
  const next = toks[d.end];
  if (next?.kind === 'word' && unitClass(next.key)) return null;
  return { year: d.value, end: yearTail(toks, d.end) };
}

function numericAtom(toks: readonly Token[], i: number): Atom | null {
  const [t0, t1, t2, t3, t4] = toks.slice(i, i + 5);
  const chain = [t1, t2, t3, t4].every(glued);
  if (!chain) return null;
  // 2025-09-03
  if (isNum(t0, 4) && isDash(t1) && isNum(t2, 2) && isDash(t3) && isNum(t4, 2)) {
    const [y, m, d] = [Number(t0!.text), Number(t2!.text), Number(t4!.text)];
    return isYear(y) && validDay(y, m, d) ? { year: y, month: m, day: d, end: i + 5 } : null;
  }
  // 03.09.2025, written day first across Europe
  if (isShortNum(t0) && t1?.text === '.' && isShortNum(t2) && t3?.text === '.' && isNum(t4, 4)) {
    const [d, m, y] = [Number(t0!.text), Number(t2!.text), Number(t4!.text)];
    return isYear(y) && validDay(y, m, d) ? { year: y, month: m, day: d, end: i + 5 } : null;
  }
  return null;
}

/** "3 September 2025", "3 сентября 2025 года", "3. September 2025", "3 de septiembre de 2025", "1er mai 2025". */
function dayFirst(toks: readonly Token[], i: number, ctx: ReadContext): Atom | null {
  if (!isShortNum(toks[i])) return null;
  const day = Number(toks[i]!.text);
  let k = skipText(toks, i + 1, '.');
  if (isWord(toks[k], ORDINALS) && glued(toks[k])) k += 1;
  if (isWord(toks[k], DATE_LINKS)) k += 1;
  const month = monthOf(toks[k], ctx);
  if (!month || day < 1 || day > 31) return null;
  k = skipText(toks, k + 1, '.');
  const monthEnd = k;
  if (isWord(toks[k], DATE_LINKS) || toks[k]?.text === ',') k += 1;
  const y = yearAt(toks, k, ctx);
  if (!y) return { year: null, month, day, end: monthEnd };
  return validDay(y.year, month, day) ? { year: y.year, month, day, end: y.end } : null;
}

/** "September 3, 2025", "December 2017", "diciembre de 2017", "в декабре 2017 года", or a month alone (no year). */
function monthFirst(toks: readonly Token[], i: number, ctx: ReadContext): Atom | null {
  const month = monthOf(toks[i], ctx);
  if (!month) return null;
  let k = skipText(toks, i + 1, '.');
  if (isShortNum(toks[k]) && readDigits(toks, k, ctx)) {
    const day = Number(toks[k]!.text);
    k += 1;
    if (isWord(toks[k], ORDINALS) && glued(toks[k])) k += 1;
    const dayEnd = k;
    if (toks[k]?.text === ',') k += 1;
    const y = yearAt(toks, k, ctx);
    if (!y) return day >= 1 && day <= 31 ? { year: null, month, day, end: dayEnd } : null;
    return validDay(y.year, month, day) ? { year: y.year, month, day, end: y.end } : null;
  }
  const monthEnd = k;
  if (isWord(toks[k], DATE_LINKS) || toks[k]?.text === ',') k += 1;
  const y = yearAt(toks, k, ctx);
  return y ? { year: y.year, month, end: y.end } : { year: null, month, end: monthEnd };
}

function atomAt(toks: readonly Token[], i: number, ctx: ReadContext): Atom | null {
  const y = (): Atom | null => yearAt(toks, i, ctx);
  return numericAtom(toks, i) ?? dayFirst(toks, i, ctx) ?? monthFirst(toks, i, ctx) ?? y();
}

// Before an English month alone, the words that make it a date ("in May", "since October", "mid-June"); "may"
// and "march" are verbs too.
const MONTH_LEADS = new Set([
  'in',
  'since',
  'by',
  'from',
  'until',
  'till',
  'of',
  'early',
  'mid',
  'late',
  'last',
  'this',
  'next',
  'end',
  'between',
  'and',
  'to',
  'during',
  'through',
  'before',
  'after',
]);

function monthAloneIsDate(toks: readonly Token[], i: number, ctx: ReadContext): boolean {
  const t = toks[i]!;
  // "Mar-a-Lago", "May-Britt": a month name glued into a compound is a name.
  if (isDash(toks[i + 1]) && glued(toks[i + 1]) && toks[i + 2]?.kind === 'word' && glued(toks[i + 2])) return false;
  if (ctx.lang !== 'en') return t.kind === 'word' && t.key.length > 3;
  const prev = isDash(toks[i - 1]) ? toks[i - 2] : toks[i - 1];
  return t.text[0] !== t.key[0] && MONTH_LEADS.has(prev?.key ?? '');
}

const precisionOf = (a: Atom): DateValue['precision'] => (a.day ? 'day' : a.month ? 'month' : 'year');
const RANK = { year: 0, month: 1, day: 2 } as const;
const isoOf = (a: Atom): string => isoDate(a.year ?? 0, a.month, a.day);

/** The far end of a range after `a`: "–2027", "-27", " to March 2021", " and 2027" (after "between"). */
function rangeEnd(toks: readonly Token[], a: Atom, ctx: ReadContext, between: boolean): Atom | null {
  const j = a.end;
  const joins = isDash(toks[j]) || isWord(toks[j], RANGE_TO) || (between && isWord(toks[j], AND));
  if (!joins) return null;
  const c = toks[j + 1];
  if (a.year !== null && !a.month && isDash(toks[j]) && isNum(c, 2) && glued(c) && glued(toks[j])) {
    const year = Math.floor(a.year / 100) * 100 + Number(c!.text);
    return year > a.year ? { year, end: yearTail(toks, j + 2) } : null;
  }
  const b = atomAt(toks, j + 1, ctx);
  return b && b.year !== null ? b : null;
}

/**
 * A date or date range at `i`: a year, a month and year, a full date, or a range of them. Dates without a year
 * ("September 3", "in October") are read and dropped, so their numbers are not taken for counts.
 */
/** "8. und 13. Oktober", "8–13 October", "с 8 по 13 октября": two days sharing one month (and year). */
function dayRange(toks: readonly Token[], i: number, ctx: ReadContext): Match<DateValue> | null {
  if (!isShortNum(toks[i])) return null;
  const k = skipText(toks, i + 1, '.');
  // "and" joins a range only after "between" ("zwischen dem 8. und 13."); "on 8 and 13 October" is two days.
  const between = isWord(toks[i - 1], BETWEEN) || isWord(toks[i - 2], BETWEEN);
  const joins = isDash(toks[k]) || isWord(toks[k], RANGE_TO) || (between && isWord(toks[k], AND));
  if (!joins || !isShortNum(toks[k + 1])) return null;
  const b = dayFirst(toks, k + 1, ctx);
  if (!b || !b.month || !b.day) return null;
  const d1 = Number(toks[i]!.text);
  const year = b.year ?? (ctx.ref ? yearNear(ctx.ref, b.month, d1) : null);
  if (year === null || d1 < 1 || d1 >= b.day || !validDay(year, b.month, d1)) return null;
  return {
    first: i,
    end: b.end,
    value: { kind: 'date', from: isoDate(year, b.month, d1), to: isoDate(year, b.month, b.day), precision: 'day' },
  };
}

export function readDate(toks: readonly Token[], i: number, ctx: ReadContext): Match<DateValue> | null {
  const range = dayRange(toks, i, ctx);
  if (range) return range;
  const a = atomAt(toks, i, ctx);
  if (!a) return null;
  const b = rangeEnd(toks, a, ctx, isWord(toks[i - 1], BETWEEN));
  let from = a;
  if (b && a.year === null && a.month) from = { ...a, year: a.month > (b.month ?? 12) ? b.year! - 1 : b.year };
  // Without a year: the year of the publication day nearest to it, when the article's date is known.
  if (from.year === null && ctx.ref && from.month && (from.day || monthAloneIsDate(toks, i, ctx))) {
    from = { ...from, year: yearNear(ctx.ref, from.month, from.day) };
  }
  if (from.year === null) return { first: i, end: a.end, value: null };
  const to = b && isoOf(b) >= isoOf(from).slice(0, isoOf(b).length) ? b : null;
  const last = to ?? from;
  const precision = RANK[precisionOf(from)] <= RANK[precisionOf(last)] ? precisionOf(from) : precisionOf(last);
  return { first: i, end: last.end, value: { kind: 'date', from: isoOf(from), to: isoOf(last), precision } };
}
