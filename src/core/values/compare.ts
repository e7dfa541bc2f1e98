import { isUnitClass } from './units.js';
import type { NormalisedValue } from '../types.js';

/**
 * Relative tolerance for money: reports round, so amounts within 5% agree, 8% when either is hedged ("about $54
 * billion" is not "$60 billion").
 */
const MONEY_TOLERANCE = 0.05;
const APPROX_MONEY_TOLERANCE = 0.08;
/** Percentage points within which two shares agree. */
const PERCENT_TOLERANCE = 1;

/** Lowest and highest day an ISO year, month or day covers, as comparable text. */
function lowDay(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}
function highDay(iso: string): string {
  return iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso;
}

/** Large counts are rounded in print ("7.3 million" for 7,350,000): within 1% they agree; small ones must match. */
const sameCount = (a: number, b: number): boolean =>
  a === b || (Math.max(a, b) >= 1000 && Math.abs(a - b) <= 0.01 * Math.max(a, b));

/**
 * Units two counts of one claim can share: the same, or either unknown or a noun of its own ("3,000 dead", "3,000
 * casualties", "3,000 North Koreans" count one thing the claim names). Only two known classes that differ
 * ("two batteries", "two battalions") are counts of different things.
 */
const sameUnit = (a: string | null, b: string | null): boolean =>
  a === null || b === null || a === b || !isUnitClass(a) || !isUnitClass(b);

const overlaps = (aLo: string | number, aHi: string | number, bLo: string | number, bHi: string | number): boolean =>
  aLo <= bHi && bLo <= aHi;

/**
 * True when two values can both be right: the same count of the same unit class, large counts within 1% (a count
 * without a unit agrees on the number alone); overlapping dates, where a year contains its months and days; money
 * in the same currency
 * within 5% (8% when either is approximate); overlapping durations. Values of different kinds, or money in
 * different currencies, are never confirmed to agree.
 */
export function valuesAgree(a: NormalisedValue, b: NormalisedValue): boolean {
  switch (a.kind) {
    case 'count':
      return b.kind === 'count' && sameCount(a.count, b.count) && sameUnit(a.unit, b.unit);
    case 'money': {
      if (b.kind !== 'money' || a.currency !== b.currency) return false;
      const tolerance = a.approx || b.approx ? APPROX_MONEY_TOLERANCE : MONEY_TOLERANCE;
      const larger = Math.max(Math.abs(a.amount), Math.abs(b.amount));
      return Math.abs(a.amount - b.amount) <= tolerance * larger;
    }
    case 'date':
      return b.kind === 'date' && overlaps(lowDay(a.from), highDay(a.to), lowDay(b.from), highDay(b.to));
    case 'duration':
      return b.kind === 'duration' && overlaps(a.minDays, a.maxDays, b.minDays, b.maxDays);
    case 'percent':
      // Shares are rounded in print ("35%" for 35.7%, "18.66%" for 18.7%): within one point they agree.
      return b.kind === 'percent' && Math.abs(a.value - b.value) <= PERCENT_TOLERANCE;
    case 'name':
      // A holder the text calls former or incoming is no claim about the office now.
      return b.kind === 'name' && (a.key === b.key || a.tense !== undefined || b.tense !== undefined);
    default:
      return false;
  }
}

const RANK = { year: 0, month: 1, day: 2 } as const;

/**
 * The values on record that a new one must agree with: a date on record only to the year (or month) stands for
 * the finer dates on record inside it. With "2017" and "December 2017" both on record, "September 2017" fits the
 * year but not the month the year was narrowed to, so it is compared with "December 2017" alone.
 */
export function refinedRecord<T extends { normalised: NormalisedValue }>(known: readonly T[]): T[] {
  return known.filter((k) => {
    const a = k.normalised;
    if (a.kind !== 'date') return true;
    return !known.some((o) => {
      const b = o.normalised;
      return b.kind === 'date' && RANK[b.precision] > RANK[a.precision] && valuesAgree(a, b);
    });
  });
}

/** How far apart (as a ratio) a figure and every one on record may be before it is taken for another matter. */
const MAGNITUDE_RATIO = 50;

const amountOf = (v: NormalisedValue): number | null =>
  v.kind === 'count' ? v.count : v.kind === 'money' ? v.amount : null;

/**
 * Is a count or an amount within fifty times of at least one value on record? Reports that disagree still give
 * the same order of thing ("3,000" against "12,000"); "two" against "11,000" counts something else. Other kinds,
 * and a record without figures, always pass.
 */
export function sameMagnitude(v: NormalisedValue, record: readonly NormalisedValue[]): boolean {
  const a = amountOf(v);
  if (a === null || a <= 0) return true;
  const figures = record.map(amountOf).filter((x): x is number => x !== null && x > 0);
  return !figures.length || figures.some((b) => Math.max(a, b) / Math.min(a, b) < MAGNITUDE_RATIO);
}

/** Days within which a reported date and one on record are two accounts of one event (a year and a bit: a test
 * firing dated November 2019 against October 2020 is one event misdated). */
const SEASON_DAYS = 400;

const dayOf = (iso: string): number =>
  Date.parse(`${lowDay(iso).padEnd(10, '-01').slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * Is a date within about a year of at least one date on record? Accounts of one event that disagree are weeks or
 * months apart ("7 October" for "7 November"); a date years off dates another event. Other kinds always pass.
 */
export function sameSeason(v: NormalisedValue, record: readonly NormalisedValue[]): boolean {
  if (v.kind !== 'date') return true;
  const dates = record.filter((r): r is Extract<NormalisedValue, { kind: 'date' }> => r.kind === 'date');
  if (!dates.length) return true;
  const [lo, hi] = [dayOf(v.from), dayOf(highDay(v.to))];
  return dates.some((r) => {
    const [a, b] = [dayOf(r.from), dayOf(highDay(r.to))];
    return !(Number.isFinite(lo) && Number.isFinite(a)) || (lo - b <= SEASON_DAYS && a - hi <= SEASON_DAYS);
  });
}
