import type { RefDay } from './text.js';

/** Calendar arithmetic on plain year/month/day numbers (UTC, no clock): relative dates are read against a day. */

const DAY_MS = 86_400_000;

export const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const t = new Date(n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The day `delta` days from the reference day. */
export function shiftDays(ref: RefDay, delta: number): { year: number; month: number; day: number } {
  return fromDayNumber(dayNumber(ref.year, ref.month, ref.day) + delta);
}

/**
 * The weekday (0 = Sunday) as a news report means it: the latest such day up to the reference day ("Thursday"
 * in a Sunday paper is three days back), or the next one after it when `next` ("next Thursday").
 */
export function weekdayNear(
  ref: RefDay,
  weekday: number,
  next: boolean,
): { year: number; month: number; day: number } {
  const back = (ref.weekday - weekday + 7) % 7;
  return shiftDays(ref, next ? (weekday - ref.weekday + 7) % 7 || 7 : -back);
}

/**
 * The year of a month (and day) written without one: the nearest to the reference day, leaning to the past
 * (reports mostly look back: "in June" in an October paper is this June; in a December paper, still this June).
 */
export function yearNear(ref: RefDay, month: number, day = 15): number {
  const at = dayNumber(ref.year, ref.month, ref.day);
  const past = dayNumber(ref.year, month, day) <= at ? ref.year : ref.year - 1;
  const future = past + 1;
  const pastGap = at - dayNumber(past, month, day);
  const futureGap = dayNumber(future, month, day) - at;
  return futureGap + 60 < pastGap ? future : past;
}

/** The latest month (and its year) no later than the reference month: "last June", "지난 6월". */
export function lastMonthNamed(ref: RefDay, month: number): number {
  return month <= ref.month ? ref.year : ref.year - 1;
}

/** A day of the month written alone ("7日", "le 7"): this month's, or last month's when it is still to come. */
export function dayAlone(ref: RefDay, day: number): { year: number; month: number; day: number } | null {
  if (day < 1 || day > 31) return null;
  if (day <= ref.day) return { year: ref.year, month: ref.month, day };
  const m = ref.month === 1 ? 12 : ref.month - 1;
  return { year: ref.month === 1 ? ref.year - 1 : ref.year, month: m, day };
}

export const iso = (y: number, m?: number, d?: number): string =>
  String(y).padStart(4, '0') +
  (m ? `-${String(m).padStart(2, '0')}` : '') +
  (m && d ? `-${String(d).padStart(2, '0')}` : '');
