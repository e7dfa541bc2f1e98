import type { NormalisedValue } from '../types.js';
import { currencyOf } from './currencies.js';
import { durationDays } from './durations.js';
import { AND, BETWEEN, DATE_LINKS, RANGE_TO, YEAR_WORDS, isYear, monthOf } from './months.js';
import { numberWord } from './number-words.js';
import { readNumber } from './numbers.js';
import { glued, isDash, isWord, wordSet } from './text.js';
import type { Match, ReadContext, Token } from './text.js';
import { completesUnit, singular, unitClass } from './units.js';

type Count = Extract<NormalisedValue, { kind: 'count' }>;

/** Function words that end the search for a count's noun: "two of the systems" is not two systems. */
const STOP = wordSet(
  'the a an of and or to in on at for from by with that this these those which who was were is are be been ' +
    'has have had it its their his her as than more less per each other such also only about over under into ' +
    'after before ' +
    'и в на с по из к о от до для за что как не а но или ve ile bu da de ki için ya veya ' +
    'des du la le les et en au aux pour par sur der die das und von mit für im zu den dem ' +
    'del el los las y por para con ' +
    // Clock time is neither a count nor a duration the claims compare: "3 min read", "two hours later".
    'min mins minute minutes hour hours hr hrs sec second seconds час часа часов минут минуты saat dakika ' +
    'heure heures stunde stunden minuten hora horas minuto minutos',
);
// Adjective endings in English: "two French officials", "five unnamed sources" count officials and sources.
const ADJECTIVE = /(al|ish|ian|ese|ern|ior|ive|ed|ful|ous|ic|ary|less|ble|made|based|owned|built)$/;

const PLURAL = /[^su]s$/;

function isNounCandidate(t: Token | undefined, ctx: ReadContext): boolean {
  if (t?.kind !== 'word' || t.key.length < 2 || STOP.has(t.key) || numberWord(t.key, ctx)) return false;
  return !(
    monthOf(t, ctx) ||
    durationDays(t) !== undefined ||
    currencyOf(t) ||
    YEAR_WORDS.has(t.key) ||
    DATE_LINKS.has(t.key)
  );
}

const PLURAL_ARTICLES: Record<string, ReadonlySet<string>> = {
  es: new Set(['los', 'las']),
  fr: new Set(['les']),
  it: new Set(['gli']),
  pt: new Set(['os', 'as']),
};

/** The noun a generic count counts ("Forty lawmakers" → lawmaker), skipping a couple of adjectives in English. */
function genericUnit(toks: readonly Token[], j: number, ctx: ReadContext): { unit: string; end: number } | null {
  // Spanish and French put the counted noun after an article when the figure is the object ("cifró en 4.000 los
  // muertos", "estime à 300 les victimes").
  if (PLURAL_ARTICLES[ctx.lang]?.has(toks[j]?.key ?? '') && isNounCandidate(toks[j + 1], ctx)) j += 1;
  for (let k = j, seen = 0; seen < 3 && isNounCandidate(toks[k], ctx); k += 1, seen += 1) {
    const t = toks[k]!;
    const capitalised = t.text[0] !== t.text[0]!.toLowerCase() && ctx.lang !== 'de';
    const looksAdjective = ctx.lang === 'en' && (capitalised || ADJECTIVE.test(t.key));
    if (!looksAdjective || !isNounCandidate(toks[k + 1], ctx) || ctx.lang !== 'en') {
      return { unit: singular(t.key, ctx.lang), end: k + 1 };
    }
  }
  return null;
}

/**
 * The known unit after a number, looking past a few modifiers and model names: "two X-300 batteries",
 * "four Russian-made air defence systems", "4 дивизиона".
 */
function knownUnit(
  toks: readonly Token[],
  j: number,
  items: number,
  ctx: ReadContext,
): { unit: string; end: number } | null {
  for (let k = j, seen = 0; k < toks.length && seen <= items; k += 1) {
    const t = toks[k]!;
    if (t.kind === 'word') {
      const cls = unitClass(t.key);
      if (cls) return { unit: cls, end: completesUnit(toks[k + 1]?.key ?? '') ? k + 2 : k + 1 };
      // Another plural noun means the number counts that one: "four journalists covering missile tests".
      if (STOP.has(t.key) || (ctx.lang === 'en' && PLURAL.test(t.key))) return null;
      seen += 1;
    } else if (!glued(t) || !(isDash(t) || t.text === '.' || t.kind === 'num')) return null;
  }
  return null;
}

/**
 * A count with its unit at `i`: "four divisions", "4 дивизиона", "two X-300 batteries", "Forty lawmakers".
 * A range ("10,000 to 12,000 troops", "between 8 and 13 officers", "two or three batteries") is read as its two
 * ends, each a count in the range's unit (`value` and `also`); percentages are read and dropped; a bare number is
 * not a value.
 */
export function readCount(toks: readonly Token[], i: number, ctx: ReadContext): Match<Count> | null {
  const n = readNumber(toks, i, ctx);
  if (!n) return null;
  if (n.percent) return { first: i, end: n.end, value: null };
  if (n.weak === 'article') return null;
  const to = toks[n.end];
  const joined =
    isDash(to) || isWord(to, RANGE_TO) || to?.key === 'or' || (isWord(to, AND) && isWord(toks[i - 1], BETWEEN));
  const far = joined ? readNumber(toks, n.end + 1, ctx) : null;
  if (far) {
    const unit = knownUnit(toks, far.end, 4, ctx) ?? genericUnit(toks, far.end, ctx);
    // Both ends must be counts of their own ("2 to 3", not a score or a model number "3-2"), the near one no larger.
    if (!unit || far.percent || far.weak || n.value <= 0 || far.value < n.value)
      return { first: i, end: unit?.end ?? far.end, value: null };
    // "10 to 12 thousand": the near end takes the far end's scale when it has none of its own.
    const low =
      far.value >= 1000 && n.value < 1000 && far.value % 1000 === 0 && n.plain
        ? scaleLike(n.value, far.value)
        : n.value;
    return {
      first: i,
      end: unit.end,
      value: { kind: 'count', count: low, unit: unit.unit },
      also: { kind: 'count', count: far.value, unit: unit.unit },
    };
  }
  const unit =
    knownUnit(toks, n.end, n.weak ? 1 : 4, ctx) ??
    (n.weak || (n.plain && isYear(n.value)) ? null : genericUnit(toks, n.end, ctx));
  if (!unit) {
    // A figure with no noun after it ("raising its estimate of 3,000", "буде 12 тисяч") may count the people or
    // things named before it: marked here, and given that noun's class or dropped once the sentence is read.
    // Not a figure glued to a word ("1,500-kilometre", "30th") or a year.
    const next = toks[n.end];
    if (n.weak || n.value < 10 || (n.plain && isYear(n.value)) || !Number.isInteger(n.value)) return null;
    if (next && glued(next) && (isDash(next) || next.kind === 'word' || next.kind === 'num')) return null;
    return { first: i, end: n.end, value: { kind: 'count', count: n.value, unit: BARE } };
  }
  return { first: i, end: unit.end, value: { kind: 'count', count: n.value, unit: unit.unit } };
}

/** The unit of a figure read without a noun, until the sentence gives it one ({@link unitBefore}). */
export const BARE = '\u0000bare';

/** Farthest back (characters) a noun of a known class may stand and still be what a bare figure counts. */
const BARE_REACH = 120;

/**
 * The class of the nearest noun of a known class before `start` ("…north Korean soldiers in Russia at about 10
 * thousand" → people), not past the end of a sentence; null when there is none.
 */
export function unitBefore(toks: readonly Token[], start: number): string | null {
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (t.start >= start) continue;
    if (start - t.end > BARE_REACH || /[.!?;:。！？；]/u.test(t.text)) return null;
    const cls = t.kind === 'word' ? unitClass(t.key) : null;
    if (cls) return cls;
  }
  return null;
}

/** The near end of "10 to 12 thousand" in the far end's scale (10 000), when that keeps it no larger. */
function scaleLike(near: number, far: number): number {
  for (let scale = 1e9; scale >= 1000; scale /= 1000) {
    if (far % scale === 0 && far / scale >= near) return near * scale <= far ? near * scale : near;
  }
  return near;
}
