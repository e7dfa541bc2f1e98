import { wordSet } from './text.js';
import type { ReadContext, Token } from './text.js';

/**
 * Month names in the story languages, with Russian case forms ("декабрь", "декабря", "декабре") and
 * abbreviations. Turkish months take suffixes ("Aralık'ta", "Aralıkta"), matched in Turkish text only.
 */
const NAMES: string[] = [
  'january jan janvier januar jänner enero январь января январе',
  'february feb février fevrier februar febrero февраль февраля феврале',
  'march mar mars märz marz marzo март марта марте',
  'april apr avril abril апрель апреля апреле',
  'may mai mayo май мая мае',
  'june jun juin juni junio июнь июня июне',
  'july jul juillet juli julio июль июля июле',
  'august aug août agosto август августа августе',
  'september sep sept septembre septiembre setiembre сентябрь сентября сентябре',
  'october oct octobre oktober octubre октябрь октября октябре',
  'november nov novembre noviembre ноябрь ноября ноябре',
  'december dec décembre dezember diciembre декабрь декабря декабре',
];
// Ukrainian, Polish and Italian, in the same order (Polish and Ukrainian genitives are how dates are written).
const MORE_NAMES: string[] = [
  'січень січня січні styczeń styczen stycznia gennaio',
  'лютий лютого лютому luty lutego febbraio',
  'березень березня березні marzec marca',
  'квітень квітня квітні kwiecień kwiecien kwietnia aprile',
  'травень травня травні maj maja maggio',
  'червень червня червні czerwiec czerwca giugno',
  'липень липня липні lipiec lipca luglio',
  'серпень серпня серпні sierpień sierpien sierpnia',
  'вересень вересня вересні wrzesień wrzesien września wrzesnia settembre',
  'жовтень жовтня жовтні październik pazdziernik października pazdziernika ottobre',
  'листопад листопада листопаді listopad listopada',
  'грудень грудня грудні grudzień grudzien grudnia dicembre',
];
const TURKISH = [
  'ocak',
  'şubat',
  'mart',
  'nisan',
  'mayıs',
  'haziran',
  'temmuz',
  'ağustos',
  'eylül',
  'ekim',
  'kasım',
  'aralık',
];
const TURKISH_SUFFIXES = wordSet(
  'a e i u ta te da de in un nda nde inda inde unda unde dan den tan ten ina ine una une',
);

const BY_NAME = new Map<string, number>();
[...NAMES, ...MORE_NAMES].forEach((forms, i) => {
  const idx = i % 12;
  for (const f of wordSet(forms)) BY_NAME.set(f, idx + 1);
});
const TURKISH_KEYS = TURKISH.map((m, idx) => [[...wordSet(m)][0]!, idx + 1] as const);
for (const [k, m] of TURKISH_KEYS) BY_NAME.set(k, m);

/** Month number (1–12) of a word, or null. */
export function monthOf(t: Token | undefined, ctx: ReadContext): number | null {
  if (t?.kind !== 'word') return null;
  const hit = BY_NAME.get(t.key);
  if (hit) return NOT_MONTHS[ctx.lang ?? '']?.has(t.key) ? null : hit;
  if (ctx.lang !== 'tr') return null;
  for (const [k, m] of TURKISH_KEYS) {
    if (t.key.startsWith(k) && TURKISH_SUFFIXES.has(t.key.slice(k.length))) return m;
  }
  return null;
}

/** Month abbreviations that are ordinary words of a language: French "sept" is seven, Spanish "mar" the sea. */
const NOT_MONTHS: Record<string, ReadonlySet<string>> = {
  fr: new Set(['sept']),
  es: new Set(['mar']),
  it: new Set(['mar']),
  pt: new Set(['mar']),
};

/** Words that say "year" right after a year ("2017 года", "2017 yılında"); they belong to the date. */
export const YEAR_WORDS = wordSet(
  'год года году годах годов годы г гг yıl yılı yılında yılının yılından yılına yılları yıllarında yıllarında ' +
    'arasında',
);

/** Ordinal endings glued to a day number: "3rd", "1er", "3-го". */
export const ORDINALS = wordSet('st nd rd th er eme го');

/** Small words between parts of a date: "3 de septiembre de 2025", "December of 2017", "3rd of May". */
export const DATE_LINKS = wordSet('of de del');

/** Words before the first date of a range joined by "and": "between 2026 and 2027". */
export const BETWEEN = wordSet('between entre zwischen между');
/** Joining words of a range after "between". */
export const AND = wordSet('and et und y и');
/** Words that join the two ends of any range. */
export const RANGE_TO = wordSet('to through until till thru по до ila ile à au a bis hasta al');

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when day/month/year make a real calendar date. */
export function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return !(month === 2 && day === 29 && !leap);
}

/** Years the engine reads as years rather than as counts. */
export const isYear = (n: number): boolean => Number.isInteger(n) && n >= 1800 && n <= 2199;

const pad = (n: number): string => String(n).padStart(2, '0');
/** ISO text for a year, month or day. */
export function isoDate(year: number, month?: number, day?: number): string {
  return `${year}${month ? `-${pad(month)}` : ''}${month && day ? `-${pad(day)}` : ''}`;
}
