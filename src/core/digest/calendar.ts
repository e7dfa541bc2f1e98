import type { DigestPeriod } from './types.js';

/**
 * Calendar days in a time zone. Offsets always come from Intl (the tz database), never from arithmetic
 * on hours, so a week across a daylight-saving change still has seven days with the right dates.
 * Plain dates (`YYYY-MM-DD`) are handled as UTC calendar values, where a day is always 24 hours.
 */

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallFormatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The wall-clock reading in `tz` at an instant, as if it were a UTC time (for offset finding). */
function wallAsUtc(ms: number, tz: string): number {
  const parts: Record<string, number> = {};
  for (const p of wallFormatter(tz).formatToParts(new Date(ms)))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const f = (k: string) => parts[k] ?? 0;
  return Date.UTC(f('year'), f('month') - 1, f('day'), f('hour'), f('minute'), f('second'));
}

const toMs = (t: string | Date | number): number =>
  typeof t === 'number' ? t : typeof t === 'string' ? Date.parse(t) : t.getTime();

/** Calendar date (`YYYY-MM-DD`) of an instant in `tz`. */
export function localDate(t: string | Date | number, tz: string): string {
  return new Date(wallAsUtc(toMs(t), tz)).toISOString().slice(0, 10);
}

/** The instant a local calendar day starts in `tz` (ISO string). */
export function startOfLocalDay(date: string, tz: string): string {
  const guess = Date.parse(`${date}T00:00:00.000Z`);
  let t = guess - (wallAsUtc(guess, tz) - guess);
  // Second pass: the offset at the first estimate may differ from the offset at the answer (a change that day).
  const again = guess - (wallAsUtc(t, tz) - t);
  if (again !== t && localDate(again, tz) === date) t = again;
  return new Date(t).toISOString();
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00.000Z`).getUTCDay();
}

/** The calendar days a period touches in its time zone, first to last. */
export function periodDays(period: DigestPeriod): string[] {
  const first = localDate(period.since, period.tz);
  const last = localDate(toMs(period.until) - 1, period.tz);
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The last `days` calendar days in `tz`, today included, ending now (the CLI's default). */
export function lastDays(now: Date, tz: string, days = 7): DigestPeriod {
  const today = localDate(now, tz);
  return { since: startOfLocalDay(addDays(today, -(days - 1)), tz), until: now.toISOString(), tz };
}

/** The seven whole days before today in `tz` (the scheduled digest: on a Monday, last Monday to Sunday). */
export function weekBefore(now: Date, tz: string): DigestPeriod {
  const today = localDate(now, tz);
  return { since: startOfLocalDay(addDays(today, -7), tz), until: startOfLocalDay(today, tz), tz };
}

/** ISO-8601 week of a date: `2025-W43`. */
export function isoWeek(date: string): string {
  const dow = weekday(date) || 7;
  const thursday = addDays(date, 4 - dow);
  const year = thursday.slice(0, 4);
  const week =
    Math.floor((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Identity of a period for "posted once": a whole Monday-to-Sunday week is its ISO week (`2025-W43`);
 * anything else is its first and last local dates (`2025-10-20..2025-10-26`), so re-running the same
 * day's default digest finds it already posted.
 */
export function periodKey(period: DigestPeriod): string {
  const days = periodDays(period);
  const first = days[0] ?? localDate(period.since, period.tz);
  const last = days[days.length - 1] ?? first;
  const wholeWeek =
    days.length === 7 &&
    weekday(first) === 1 &&
    toMs(period.since) === toMs(startOfLocalDay(first, period.tz)) &&
    toMs(period.until) === toMs(startOfLocalDay(addDays(first, 7), period.tz));
  return wholeWeek ? isoWeek(first) : `${first}..${last}`;
}

const dayLabelFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const longFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** "Mon 20 Oct" for a calendar date. */
export function dayLabel(date: string): string {
  return dayLabelFmt.format(new Date(`${date}T00:00:00.000Z`)).replace(',', '');
}

/** "Mon 20 Oct 2025 – Sun 26 Oct 2025 (Europe/Berlin)". */
export function periodLabel(period: DigestPeriod): string {
  const days = periodDays(period);
  const fmt = (d: string) => longFmt.format(new Date(`${d}T00:00:00.000Z`)).replace(',', '');
  const first = days[0] ?? localDate(period.since, period.tz);
  const last = days[days.length - 1] ?? first;
  return `${first === last ? fmt(first) : `${fmt(first)} – ${fmt(last)}`} (${period.tz})`;
}
