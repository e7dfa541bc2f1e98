import type { NormalisedValue } from '../types.js';
import { dayAlone, iso, lastMonthNamed, weekdayNear, yearNear } from './calendar.js';
import type { RefDay } from './text.js';

/**
 * Values in Chinese, Japanese and Korean text, where digits sit glued to their scale, counter or date word:
 * "1万2000人", "1만2천 명", "1500여 명", "540亿美元", "30兆円", "2026年8月", "이달 8일부터 13일까지", "来年6月",
 * "지난 6월", "7日", "周四". Read from the characters (these scripts do not space words), left to right, once.
 */

export interface CjkValue {
  start: number;
  end: number;
  normalised: NormalisedValue;
}

/** Does the text hold any Han, kana or Hangul? Only then is this reader run. */
export const hasCjk = (text: string): boolean => /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text);

const BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 만: 1e4, 亿: 1e8, 億: 1e8, 억: 1e8, 兆: 1e12, 조: 1e12 };
const SMALL: Record<string, number> = { 千: 1e3, 천: 1e3, 百: 100, 백: 100 };

const COUNTERS: Array<[RegExp, string]> = [
  [/^\s?(명|名|人|位)/, 'people'],
  [/^\s?(대|台|辆|輛)/, 'vehicle'],
];
const CURRENCIES: Array<[RegExp, string]> = [
  [/^\s?(美元|美金|달러|ドル)/, 'USD'],
  [/^\s?(日元|日圓|円|엔)/, 'JPY'],
  [/^\s?(欧元|歐元|유로|ユーロ)/, 'EUR'],
  [/^\s?(卢布|盧布|루블|ルーブル)/, 'RUB'],
  [/^\s?(人民币|元|위안)/, 'CNY'],
];

// Words before a month or day that place it: next year, last year, this year, "last" (the latest such month), this
// month.
const YEAR_SHIFT: Array<[RegExp, number | 'last']> = [
  [/(来年|明年|내년)\s?$/, 1],
  [/(昨年|去年|지난해|작년|前年)\s?$/, -1],
  [/(今年|올해|本年)\s?$/, 0],
  [/(지난|去年的)\s?$/, 'last'],
];
const THIS_MONTH = /(本月|今月|이달|这个月|這個月)\s?$/;
const LAST_MONTH = /(上月|先月|지난달|上个月)\s?$/;
const APPROX_BEFORE = /(约|約|약|近|超过|超過|超|逾|大约|大約|おおよそ|およそ)\s?$/;

const WEEKDAY = /(?:(?:周|星期|週)([一二三四五六日天])|([월화수목금토일])요일|([月火水木金土日])曜日?)/gu;
const HAN_DAYS = '日一二三四五六';
const HANGUL_DAYS = '일월화수목금토';
const KANJI_DAYS = '日月火水木金土';

function digitsAt(text: string, p: number): { value: number; end: number } | null {
  const m = /^\d[\d,]*(?:\.\d+)?/.exec(text.slice(p, p + 24));
  if (!m) return null;
  const value = Number(m[0].replace(/,/g, ''));
  return Number.isFinite(value) ? { value, end: p + m[0].length } : null;
}

/** Digits and glued scales from `p`: "1万2000" → 12000, "1만2천" → 12000, "3천" → 3000, "540亿" → 5.4e10. */
function numberAt(text: string, p: number): { value: number; end: number; scaled: boolean } | null {
  const first = digitsAt(text, p);
  if (!first) return null;
  let total = 0;
  let cur = first.value;
  let pos = first.end;
  let scaled = false;
  for (let steps = 0; steps < 6; steps++) {
    const ch = text[pos] ?? '';
    if (SMALL[ch] !== undefined) {
      cur *= SMALL[ch]!;
      pos += 1;
      scaled = true;
      continue;
    }
    if (BIG[ch] !== undefined) {
      total += cur * BIG[ch]!;
      cur = 0;
      pos += 1;
      scaled = true;
      const next = digitsAt(text, text[pos] === ' ' ? pos + 1 : pos);
      if (next && !/^\s?(年|년|月|월|日|일)/.test(text.slice(next.end, next.end + 2))) {
        cur = next.value;
        pos = next.end;
        continue;
      }
    }
    break;
  }
  return { value: total + cur, end: pos, scaled };
}

/** A date from a year, month or day word after the digits at `p`, with any placing words before them. */
function dateAt(
  text: string,
  p: number,
  n: { value: number; end: number },
  ref: RefDay | undefined,
): { end: number; value: NormalisedValue } | null {
  const after = text.slice(n.end, n.end + 2);
  const before = text.slice(Math.max(0, p - 6), p);
  const num = n.value;
  const date = (from: string, to: string, precision: 'year' | 'month' | 'day'): NormalisedValue => ({
    kind: 'date',
    from,
    to,
    precision,
  });
  const monthDay = (year: number, month: number, q: number): { end: number; value: NormalisedValue } => {
    const d = /^\s?(\d{1,2})\s?(日|일)/.exec(text.slice(q, q + 6));
    if (d && Number(d[1]) >= 1 && Number(d[1]) <= 31) {
      const end = q + d[0].length;
      const to = rangeDay(text, end);
      return {
        end: to?.end ?? end,
        value: date(iso(year, month, Number(d[1])), iso(year, month, to?.day ?? Number(d[1])), 'day'),
      };
    }
    return { end: q, value: date(iso(year, month), iso(year, month), 'month') };
  };
  if (/^\s?(年|년)/.test(after) && Number.isInteger(num) && num >= 1900 && num <= 2100) {
    const q = n.end + /^\s?(年|년)/.exec(after)![0].length;
    const m = /^\s?(\d{1,2})\s?(月|월)/.exec(text.slice(q, q + 6));
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return monthDay(num, Number(m[1]), q + m[0].length);
    return { end: q, value: date(iso(num), iso(num), 'year') };
  }
  if (/^\s?(月|월)/.test(after) && Number.isInteger(num) && num >= 1 && num <= 12 && ref) {
    const q = n.end + /^\s?(月|월)/.exec(after)![0].length;
    let year = yearNear(ref, num);
    for (const [re, shift] of YEAR_SHIFT) {
      if (re.test(before)) year = shift === 'last' ? lastMonthNamed(ref, num) : ref.year + shift;
      if (re.test(before)) break;
    }
    return monthDay(year, num, q);
  }
  if (/^\s?(日|일)/.test(after) && Number.isInteger(num) && num >= 1 && num <= 31 && ref) {
    const end = n.end + /^\s?(日|일)/.exec(after)![0].length;
    // "日本", "일본" (Japan) and "日产" are words, not a day.
    if (text[end - 1] === '日' && /^(本|产|產|産)/.test(text[end] ?? '')) return null;
    let d = dayAlone(ref, num);
    if (THIS_MONTH.test(before)) d = { year: ref.year, month: ref.month, day: num };
    else if (LAST_MONTH.test(before))
      d = { year: ref.month === 1 ? ref.year - 1 : ref.year, month: ref.month === 1 ? 12 : ref.month - 1, day: num };
    if (!d) return null;
    const to = rangeDay(text, end);
    return {
      end: to?.end ?? end,
      value: date(iso(d.year, d.month, d.day), iso(d.year, d.month, to?.day ?? d.day), 'day'),
    };
  }
  return null;
}

/** The far day of a range: "8日至13日", "8일부터 13일까지", "8日～13日". */
function rangeDay(text: string, p: number): { end: number; day: number } | null {
  const m = /^\s?(?:부터|至|到|～|~|〜|-|–)\s?(\d{1,2})\s?(日|일)(까지)?/.exec(text.slice(p, p + 14));
  return m ? { end: p + m[0].length, day: Number(m[1]) } : null;
}

/** Every value the CJK reader finds, in order; spans never overlap. */
export function readCjkValues(text: string, ref: RefDay | undefined): CjkValue[] {
  const out: CjkValue[] = [];
  let p = 0;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c < 48 || c > 57 || (p > 0 && /[\d.,A-Za-z]/.test(text[p - 1]!))) {
      p += 1;
      continue;
    }
    const n = numberAt(text, p);
    if (!n) {
      p += 1;
      continue;
    }
    const approxStart = APPROX_BEFORE.exec(text.slice(Math.max(0, p - 4), p));
    const start = approxStart ? p - approxStart[0].length : p;
    const d = n.scaled ? null : dateAt(text, p, n, ref);
    if (d) {
      out.push({ start, end: d.end, normalised: d.value });
      p = d.end;
      continue;
    }
    let q = n.end;
    const approx = /^(여|余|多|あまり|余り)/.exec(text.slice(q, q + 3));
    if (approx) q += approx[0].length;
    const rest = text.slice(q, q + 6);
    const pct = /^\s?(%|％)/.exec(rest);
    if (pct) {
      out.push({ start, end: q + pct[0].length, normalised: { kind: 'percent', value: n.value } });
      p = q + pct[0].length;
      continue;
    }
    const cur = CURRENCIES.find(([re]) => re.test(rest));
    if (cur) {
      const len = cur[0].exec(rest)![0].length;
      const money: NormalisedValue =
        approxStart || approx
          ? { kind: 'money', amount: n.value, currency: cur[1], approx: true }
          : { kind: 'money', amount: n.value, currency: cur[1] };
      out.push({ start, end: q + len, normalised: money });
      p = q + len;
      continue;
    }
    const counter = COUNTERS.find(([re]) => re.test(rest));
    if (counter) {
      const len = counter[0].exec(rest)![0].length;
      out.push({ start, end: q + len, normalised: { kind: 'count', count: n.value, unit: counter[1] } });
      p = q + len;
      continue;
    }
    p = Math.max(n.end, p + 1);
  }
  if (ref) readWeekdays(text, ref, out);
  return out.sort((a, b) => a.start - b.start);
}

function readWeekdays(text: string, ref: RefDay, out: CjkValue[]): void {
  for (const m of text.matchAll(WEEKDAY)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((v) => v.start < end && start < v.end)) continue;
    const wd =
      m[1] !== undefined
        ? m[1] === '天'
          ? 0
          : HAN_DAYS.indexOf(m[1])
        : m[2] !== undefined
          ? HANGUL_DAYS.indexOf(m[2])
          : KANJI_DAYS.indexOf(m[3]!);
    if (wd < 0) continue;
    const day = weekdayNear(ref, wd, false);
    out.push({
      start,
      end,
      normalised: {
        kind: 'date',
        from: iso(day.year, day.month, day.day),
        to: iso(day.year, day.month, day.day),
        precision: 'day',
      },
    });
  }
}
