import type { Statement } from '../statements/build.js';
import type { NormalisedValue } from '../types.js';
import { endOf } from './names.js';

/**
 * When a date in a sentence is not the date of the matter a claim is about: the day something was said ("28일
 * 밝혔다", "сказал в четверг, 19 декабря"), the start of a period ("since 2021"), or the year of another thing
 * ("his 2024 book", "закон 2017 года"). value-findings.ts asks these for each date it reads.
 */

/** Verbs of saying and reporting in Korean, Chinese and Japanese. */
export const SAYING =
  /밝혔|말했|전했|보도했|발표했|설명했|称|表示|报道|報道|发表|發表|述べ|報告|明らかにし|伝えた|発表し/u;
/** A sentence that tells or estimates (Korean, Japanese). */
export const ESTIMATED = new RegExp(`${SAYING.source}|추산|추정|추계|推計|推定|估计|估算`, 'u');
/** Verbs that end a clause about telling: saying, disclosing, admitting, confirming. */
const TOLD = new RegExp(`${SAYING.source}|공개|인정|확인했|認め|公表|公开|公開|承认|承認|证实`, 'u');

/**
 * A day written without month or year ("Monday", "yesterday", "28일", "5日") that falls on the day of the report or
 * the day before is, in news copy, the day something was said ("…는 28일 밝혔다", "said on Monday"), not the
 * date of the matter reported.
 */
export function dayOfTelling(
  v: { text: string; start: number; end: number; normalised: NormalisedValue },
  published: string | null,
  sentence = '',
): boolean {
  if (
    !published ||
    v.normalised.kind !== 'date' ||
    v.normalised.precision !== 'day' ||
    v.normalised.from !== v.normalised.to
  )
    return false;
  // "국정원은 28일 … 밝혔다", "《华邮》10日 … 报道": a bare day right after the sentence's subject, with a verb of
  // saying in the sentence, is when it was said.
  if (/^\d{1,2}\s?[日일]/u.test(v.text) && v.start <= 20 && SAYING.test(sentence)) return true;
  // "지난 18일 … 사실을 공개했다", "28日に … 認めた": a bare day in a clause that ends in saying, disclosing or admitting.
  if (
    /^\d{1,2}\s?[日일]$/u.test(v.text) &&
    TOLD.test(sentence.slice(v.end, v.end + 30).split(/[,，、.。]/u)[0] ?? '')
  )
    return true;
  // Written with its month ("7 ноября", "11月8日", "Nov. 7") it is a date the writer chose to give in full.
  if ((/\p{L}{3,}/u.test(v.text.replace(/[日일]/g, '')) || /[月월]/u.test(v.text)) && /\d/.test(v.text)) return false;
  const day = Date.parse(`${v.normalised.from}T00:00:00Z`);
  const pub = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(day) && Number.isFinite(pub) && pub - day >= 0 && pub - day <= 86_400_000;
}

const SINCE = new Set(['since', 'depuis', 'seit', 'desde', 'dal', 'dalla', 'od', 'beri', 'с', 'з', 'від', 'от']);

/** The token right before a date that makes it the start of a period ("since 2021", "depuis 2021"), or -1. */
export function sinceToken(st: Statement, start: number): number {
  let k = -1;
  for (let j = 0; j < st.tokens.length && st.tokens[j]!.start < start; j++) k = j;
  const t = k >= 0 ? st.tokens[k]! : null;
  return t &&
    start - endOf(st.sentence.text, t) <= 2 &&
    SINCE.has(st.sentence.text.slice(t.start, endOf(st.sentence.text, t)).toLowerCase())
    ? k
    : -1;
}

/**
 * The verb of saying right before the date at `start`, when the date is the day it was said ("сказал в четверг,
 * 19 декабря", "said on Monday, Nov. 11"); null otherwise.
 */
export function saidOn(st: Statement, start: number): { at: number; end: number } | null {
  for (const q of st.cues) {
    const end = q.at + q.text.length;
    if (end <= start && start - end <= 16 && SAID_ON.test(st.sentence.text.slice(end, start)))
      return { at: q.at, end };
  }
  return null;
}

const TIME_PREP = '(?:on|in|в|во|у|am|le|el|il|w|we|dnia)';
/** What may stand between a verb of saying and the day it was said: a preposition and a weekday, at most. */
const SAID_ON = new RegExp(`^[\\s,]*(?:${TIME_PREP}\\s+\\p{L}+\\s*,)?[\\s,]*(?:${TIME_PREP})?[\\s,]*$`, 'iu');

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'this', 'that', 'our', 'my', 'your']);
const YEAR_AFTER = /^(?:года|году|року|р\.|г\.)$/u;
const PREPOSITIONS = new Set([
  'в',
  'во',
  'с',
  'со',
  'до',
  'после',
  'к',
  'по',
  'от',
  'на',
  'за',
  'и',
  'у',
  'з',
  'від',
  'та',
]);

/**
 * The token of the thing a year names, when the year is written as its attribute: "his 2024 book" (a determiner,
 * the year, a noun), "закона 2017 года" (a noun, the year and "года"); -1 otherwise.
 */
export function yearOf(st: Statement, v: { start: number; end: number }): number {
  const toks = st.tokens;
  let k = -1;
  for (let j = 0; j < toks.length && toks[j]!.start < v.start; j++) k = j;
  const text = st.sentence.text;
  const word = (t: Statement['tokens'][number] | undefined): string =>
    t ? text.slice(t.start, endOf(text, t)).toLowerCase() : '';
  const after = toks.findIndex((t) => t.start >= v.end);
  const next = after >= 0 ? toks[after] : undefined;
  if (DETERMINERS.has(word(toks[k])) && next && /^\p{Ll}{3,}$/u.test(word(next)) && word(next) !== 'and')
    return after;
  const value = text.slice(v.start, v.end);
  const prev = toks[k];
  if (prev && YEAR_AFTER.test(value.split(/\s+/).pop() ?? '') && /^\p{L}{3,}$/u.test(word(prev)))
    return PREPOSITIONS.has(word(prev)) ? -1 : k;
  return -1;
}
