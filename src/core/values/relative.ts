import type { NormalisedValue } from '../types.js';
import { iso, shiftDays, weekdayNear } from './calendar.js';
import { monthOf } from './months.js';
import { fold } from './text.js';
import type { Match, ReadContext, Token } from './text.js';

type DateValue = Extract<NormalisedValue, { kind: 'date' }>;

/**
 * Dates written relative to the day of publication: weekdays ("Thursday", "в четверг", "am Donnerstag",
 * "perşembe günü"), "yesterday", "last month", "this year", "last year" with or without a month after it.
 * Read only when the article's date is known (ReadContext.ref). Chinese, Japanese and Korean forms are read
 * by the CJK reader.
 */

const WEEKDAYS: string[] = [
  'sunday воскресенье неділя неділю sonntag dimanche domingo niedziela niedzielę pazar domenica الأحد',
  'monday понедельник понеділок montag lundi lunes poniedziałek pazartesi lunedì الاثنين الإثنين',
  'tuesday вторник вівторок dienstag mardi martes wtorek salı martedì الثلاثاء',
  'wednesday среда среду середа середу mittwoch mercredi miércoles środa środę çarşamba mercoledì الأربعاء',
  'thursday четверг четвер donnerstag jeudi jueves czwartek perşembe giovedì الخميس',
  'friday пятница пятницу п’ятниця п’ятницю freitag vendredi viernes piątek cuma venerdì الجمعة',
  'saturday суббота субботу субота суботу samstag samedi sábado sobota sobotę cumartesi sabato السبت',
];
const WEEKDAY = new Map<string, number>();
WEEKDAYS.forEach((forms, d) => {
  for (const f of forms.split(' ')) WEEKDAY.set(fold(f), d);
});

type Unit = 'day' | 'month' | 'year';
/** Phrases (folded words) for a day, month or year counted from publication. */
const PHRASES: Array<[string, Unit, number]> = [
  ['yesterday', 'day', -1],
  ['вчера', 'day', -1],
  ['вчора', 'day', -1],
  ['gestern', 'day', -1],
  ['hier', 'day', -1],
  ['ayer', 'day', -1],
  ['wczoraj', 'day', -1],
  ['dün', 'day', -1],
  ['ieri', 'day', -1],
  ['this month', 'month', 0],
  ['earlier this month', 'month', 0],
  ['last month', 'month', -1],
  ['next month', 'month', 1],
  ['в этом месяце', 'month', 0],
  ['в прошлом месяце', 'month', -1],
  ['цього місяця', 'month', 0],
  ['минулого місяця', 'month', -1],
  ['diesen monat', 'month', 0],
  ['letzten monat', 'month', -1],
  ['vergangenen monat', 'month', -1],
  ['ce mois', 'month', 0],
  ['le mois dernier', 'month', -1],
  ['este mes', 'month', 0],
  ['el mes pasado', 'month', -1],
  ['bu ay', 'month', 0],
  ['geçen ay', 'month', -1],
  ['this year', 'year', 0],
  ['last year', 'year', -1],
  ['next year', 'year', 1],
  ['в этом году', 'year', 0],
  ['в прошлом году', 'year', -1],
  ['в следующем году', 'year', 1],
  ['цього року', 'year', 0],
  ['минулого року', 'year', -1],
  ['торік', 'year', -1],
  ['наступного року', 'year', 1],
  ['dieses jahr', 'year', 0],
  ['letztes jahr', 'year', -1],
  ['vergangenes jahr', 'year', -1],
  ['im vergangenen jahr', 'year', -1],
  ['nächstes jahr', 'year', 1],
  ['im nächsten jahr', 'year', 1],
  ['cette année', 'year', 0],
  ['année dernière', 'year', -1],
  ['an dernier', 'year', -1],
  ['année prochaine', 'year', 1],
  ['este año', 'year', 0],
  ['el año pasado', 'year', -1],
  ['el próximo año', 'year', 1],
  ['bu yıl', 'year', 0],
  ['geçen yıl', 'year', -1],
  ['gelecek yıl', 'year', 1],
];
const BY_FIRST = new Map<string, Array<{ words: string[]; unit: Unit; delta: number }>>();
for (const [text, unit, delta] of PHRASES) {
  const words = text.split(' ').map(fold);
  const list = BY_FIRST.get(words[0]!) ?? [];
  list.push({ words, unit, delta });
  BY_FIRST.set(
    words[0]!,
    list.sort((a, b) => b.words.length - a.words.length),
  );
}

/**
 * Words without which no relative date is written: weekdays, "yesterday", and the month and year words of the
 * phrases ("last year" needs "year"). Common words that start phrases ("this", "last") are left out, so a quick
 * look at a sentence stays quick.
 */
const ANCHORS = new Set<string>([...WEEKDAY.keys()]);
for (const [text] of PHRASES) {
  const words = text.split(' ').map(fold);
  ANCHORS.add(words.length === 1 ? words[0]! : words[words.length - 1]!);
}

/** Could the word be part of a relative date? (Weekdays, "yesterday", "year", "месяце" …) */
export const isRelativeAnchor = (key: string): boolean => ANCHORS.has(key) || partOfDay(key) !== undefined;

// German writes the part of the day into the weekday: "Donnerstagabend", "Montagmorgen".
const DAY_PARTS = /^(.+?)(abend|morgen|nachmittag|vormittag|mittag|nacht)$/;

function partOfDay(key: string): number | undefined {
  const m = DAY_PARTS.exec(key);
  return m ? WEEKDAY.get(m[1]!) : undefined;
}

/** Every such word as written (for the engine's quick look at a sentence). */
export const relativeLeadWords = (): string[] => [...ANCHORS];

/** Words that may start a relative date: the reader is only tried at them. */
export const isRelativeLead = (key: string): boolean =>
  WEEKDAY.has(key) || BY_FIRST.has(key) || partOfDay(key) !== undefined;

const NEXT = new Set(['next', 'nächsten', 'nachsten', 'prochain', 'próximo', 'proximo', 'следующий', 'следующую']);

const day = (y: number, m: number, d: number): DateValue => ({
  kind: 'date',
  from: iso(y, m, d),
  to: iso(y, m, d),
  precision: 'day',
});

/** A relative date at `i`, resolved against the publication day; null without one. */
export function readRelativeDate(toks: readonly Token[], i: number, ctx: ReadContext): Match<DateValue> | null {
  const ref = ctx.ref;
  const t = toks[i];
  if (!ref || t?.kind !== 'word') return null;
  // French "hier" (yesterday) is German and Dutch "here".
  if (t.key === 'hier' && ctx.lang !== 'fr') return null;
  const wd = WEEKDAY.get(t.key) ?? partOfDay(t.key);
  if (wd !== undefined) {
    // "Thursday, November 7" / "jeudi 7 novembre": the full date that follows is the reading; the weekday adds
    // nothing.
    let j = i + 1;
    if (toks[j]?.text === ',') j += 1;
    const n = toks[j];
    if ((n?.kind === 'num' && n.text.length <= 2) || monthOf(n, ctx)) return { first: i, end: i + 1, value: null };
    const d = weekdayNear(ref, wd, NEXT.has(toks[i - 1]?.key ?? ''));
    return { first: i, end: i + 1, value: day(d.year, d.month, d.day) };
  }
  for (const p of BY_FIRST.get(t.key) ?? []) {
    if (!p.words.every((w, k) => toks[i + k]?.kind === 'word' && toks[i + k]!.key === w)) continue;
    const end = i + p.words.length;
    if (p.unit === 'day') {
      const d = shiftDays(ref, p.delta);
      return { first: i, end, value: day(d.year, d.month, d.day) };
    }
    if (p.unit === 'month') {
      const m0 = ref.year * 12 + (ref.month - 1) + p.delta;
      const v = iso(Math.floor(m0 / 12), (m0 % 12) + 1);
      return { first: i, end, value: { kind: 'date', from: v, to: v, precision: 'month' } };
    }
    const year = ref.year + p.delta;
    // "last year in August", "geçen yıl ağustos": the month narrows it.
    const month = monthOf(toks[end], ctx);
    if (month)
      return {
        first: i,
        end: end + 1,
        value: { kind: 'date', from: iso(year, month), to: iso(year, month), precision: 'month' },
      };
    return { first: i, end, value: { kind: 'date', from: iso(year), to: iso(year), precision: 'year' } };
  }
  return null;
}
