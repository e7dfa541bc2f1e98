import type { NormalisedValue } from '../types.js';
import { AND, BETWEEN, isYear } from './months.js';
import { readNumber } from './numbers.js';
import type { NumberRead } from './numbers.js';
import { glued, isDash, isWord, wordSet } from './text.js';
import type { Match, ReadContext, Token } from './text.js';

type Duration = Extract<NormalisedValue, { kind: 'duration' }>;

/** Lengths of time in days; a month is 30 days and a year 365, as the claim engine compares them. */
const UNIT_DAYS = new Map<string, number>();
const addUnit = (days: number, list: string): void => {
  for (const w of wordSet(list)) UNIT_DAYS.set(w, days);
};
addUnit(
  1,
  'day days день дня дней дням днях сутки суток gün günde günlük günü gündür jour jours tag tage tagen día días',
);
addUnit(
  7,
  'week weeks неделя недели недель неделю неделях hafta haftada haftalık haftası semaine semaines woche wochen ' +
    'semana semanas',
);
addUnit(14, 'fortnight fortnights');
addUnit(
  30,
  'month months месяц месяца месяцев месяцы месяцах ay aya ayda aydır aylık ayı ayın ' +
    'mois monat monate monaten mes meses monats miesiąca miesięcy μήνα μηνών شهر الشهر أشهر اشهر',
);
addUnit(
  365,
  'year years год года лет годы годах yıl yıla yılda yıldır yıllık yılı sene senede ' +
    'an ans année années jahr jahre jahren jahres año años roku lat έτους χρόνου عام العام سنة السنة',
);
addUnit(
  3650,
  'decade decades десятилетие десятилетия десятилетий décennie décennies jahrzehnt jahrzehnte década décadas',
);

/** Units of time (folded keys), for a quick look before reading a sentence. */
export const durationKeys = (): string[] => [...UNIT_DAYS.keys()];

/** Days in one of a duration word, or undefined. */
export const durationDays = (t: Token | undefined): number | undefined =>
  t?.kind === 'word' ? UNIT_DAYS.get(t.key) : undefined;

/** Words that join the ends of a duration range: "four to six", "dört ila altı", "vier bis sechs". */
const TO = wordSet('to or до ila à a bis o');
/** Words after a duration that make it a point in time, not a length: "two years ago". */
const RELATIVE_AFTER = wordSet('ago earlier later before after назад спустя önce sonra evvel');
/** Words before it that do the same: "vor zwei Jahren", "hace dos años", "спустя два года" (and "il y a deux ans"). */
const RELATIVE_BEFORE = wordSet('vor hace спустя');
/** "a year" is a duration only after these: "within a year", "for a month". */
const ARTICLE_PREPS = wordSet('within in for over after under');

/** The second end of a range ("four to six", "4–6", "between four and six"), or null. */
function rangeEnd(toks: readonly Token[], j: number, ctx: ReadContext, between: boolean): NumberRead | null {
  const t = toks[j];
  const joins = isDash(t) || isWord(t, TO) || (between && isWord(t, AND));
  if (!joins) return null;
  const n = readNumber(toks, j + 1, ctx);
  return n && !n.percent ? n : null;
}

/** "the next"/"the coming" before a unit of time: "within the next year" is a year. */
const NEXT_WORDS = wordSet('next coming following');

function articleYear(toks: readonly Token[], i: number): NumberRead | null {
  const t = toks[i];
  if (t?.key === 'the' && isWord(toks[i - 1], ARTICLE_PREPS) && isWord(toks[i + 1], NEXT_WORDS)) {
    return durationDays(toks[i + 2]) !== undefined
      ? { value: 1, end: i + 2, plain: false, weak: null, percent: false }
      : null;
  }
  if (!(t?.key === 'a' || t?.key === 'an') || !isWord(toks[i - 1], ARTICLE_PREPS)) return null;
  return durationDays(toks[i + 1]) !== undefined
    ? { value: 1, end: i + 1, plain: false, weak: null, percent: false }
    : null;
}

/** The last word of "within" in each language: "в течение", "innerhalb", "d'ici", "dentro de", "w ciągu", "خلال". */
const WITHIN = wordSet('within течение протягом innerhalb binnen ici dans dentro entro ciągu خلال εντός');
/** "next", "the coming" and articles that may stand between "within" and the unit ("within the next year"). */
const WITHIN_FILLERS = wordSet(
  'the a an next coming following следующего ближайшего ближайший наступного des eines einem nächsten kommenden ' +
    'l la le un une prochaine prochain el del una uno próximo próxima il lo prossimo kolejnego najbliższego ' +
    'του το τον επόμενου επόμενο',
);
/** Words after a unit that make it "within" it (Turkish): "yıl içinde", "önümüzdeki yıl içinde". */
const WITHIN_AFTER = wordSet('içinde zarfında');
/** "Within" words of every language, before or after a unit (for the quick look in hint.ts). */
export const withinWordKeys = (): string[] => [...WITHIN, ...WITHIN_AFTER];

/** Words before a Turkish unit that say "the coming": "önümüzdeki yıl". */
const COMING_BEFORE = wordSet('önümüzdeki gelecek');

/**
 * A unit of time with no number, read as one of it after "within" in any language ("в течение следующего года",
 * "innerhalb des nächsten Jahres", "خلال العام المقبل" is left to the article's word order) or before Turkish
 * "içinde": returns the index where the value starts, or -1.
 */
export function withinUnitAt(toks: readonly Token[], i: number): number {
  if (durationDays(toks[i]) === undefined) return -1;
  let j = i - 1;
  for (let seen = 0; seen < 2 && isWord(toks[j], WITHIN_FILLERS); seen++) j -= 1;
  if (isWord(toks[j], WITHIN)) return j + 1;
  if (isWord(toks[i + 1], WITHIN_AFTER)) return isWord(toks[i - 1], COMING_BEFORE) ? i - 1 : i;
  return -1;
}

/**
 * A length of time at `i`: "four to six months", "within 4-6 months", "two years", "30 days",
 * "в течение четырёх–шести месяцев", "4-6 ay içinde". Points in time ("two years ago") are read and dropped.
 */
export function readDuration(toks: readonly Token[], i: number, ctx: ReadContext): Match<Duration> | null {
  const bare = withinUnitAt(toks, i);
  if (bare >= 0 && readNumber(toks, i, ctx) === null) {
    const days = durationDays(toks[i])!;
    const end = isWord(toks[i + 1], WITHIN_AFTER) ? i + 2 : i + 1;
    return { first: bare, end, value: { kind: 'duration', minDays: days, maxDays: days } };
  }
  const a = readNumber(toks, i, ctx) ?? articleYear(toks, i);
  if (!a || a.percent) return null;
  const b = rangeEnd(toks, a.end, ctx, isWord(toks[i - 1], BETWEEN));
  let k = b ? b.end : a.end;
  // "30-day", "four-year"
  if (isDash(toks[k]) && glued(toks[k]) && glued(toks[k + 1])) k += 1;
  const days = durationDays(toks[k]);
  if (days === undefined) return null;
  // "2017 года" is a year, not two thousand years.
  if (days === 365 && a.plain && isYear(a.value)) return null;
  const hi = b ? b.value : a.value;
  if (hi < a.value) return null;
  const end = k + 1;
  const ilYA = toks[i - 1]?.key === 'a' && toks[i - 2]?.key === 'y';
  const relative = isWord(toks[end], RELATIVE_AFTER) || isWord(toks[i - 1], RELATIVE_BEFORE) || ilYA;
  const value: Duration = { kind: 'duration', minDays: Math.round(a.value * days), maxDays: Math.round(hi * days) };
  return { first: i, end, value: relative ? null : value };
}
