import { glued, isDash } from './text.js';
import type { ReadContext, Token } from './text.js';

/** A number written in digits: its value, where it ends, and what is glued to it. */
export interface DigitsRead {
  value: number;
  /** Token index just after the digits (and separators). */
  end: number;
  /** One digit run, no separators: could be a year. */
  plain: boolean;
  /** "5%", "%5", "yüzde 5", "5 percent": never a count. */
  percent: boolean;
  /** Folded letters glued right after the digits ("bn" in "2.5bn", "th" in "3th"), or null. */
  suffix: string | null;
}

// Letters before a glued number that do not make it a model name ("mid-2019" is still a year).
const TIME_PREFIXES = new Set(['mid', 'early', 'late', 'end', 'pre', 'post']);
const PERCENT_AFTER = new Set([
  'percent',
  'pct',
  'процент',
  'процента',
  'процентов',
  'prozent',
  'porcentaje',
  'відсоток',
  'відсотки',
  'відсотків',
  'procent',
  'procentów',
  'procentow',
]);
const PER = new Set(['per', 'pour', 'por']);
const CENT = new Set(['cent', 'ciento', 'cento']);
const BLOCKING_BEFORE = new Set(['+', '#', '№', '/', ':']);
const BLOCKING_AFTER = new Set(['/', ':']);

/** Join "1,000,000", "2,5", "1.000", "15 000" into groups and separators, stopping at anything else. */
function gather(
  toks: readonly Token[],
  i: number,
  ctx: ReadContext,
): { groups: string[]; seps: string[]; end: number } {
  const groups = [toks[i]!.text];
  const seps: string[] = [];
  let j = i + 1;
  while (j < toks.length && groups.length < 8) {
    const s = toks[j]!;
    const d = toks[j + 1];
    if (s.kind === 'sym' && (s.text === ',' || s.text === '.') && glued(s) && d?.kind === 'num' && glued(d)) {
      seps.push(s.text);
      groups.push(d.text);
      j += 2;
      continue;
    }
    const nbsp = /^[\u00a0\u202f\u2009]$/.test(s.gap);
    const grouping = nbsp || (ctx.spaceGroups && s.gap === ' ');
    if (
      s.kind === 'num' &&
      grouping &&
      s.text.length === 3 &&
      groups[0]!.length <= 3 &&
      seps.every((x) => x === ' ')
    ) {
      seps.push(' ');
      groups.push(s.text);
      j += 1;
      continue;
    }
    break;
  }
  return { groups, seps, end: j };
}

/** Decide which separator is the decimal point; null when the groups cannot be one number (versions, dates). */
function interpret(groups: string[], seps: string[], ctx: ReadContext): number | null {
  if (!seps.length) return Number(groups[0]);
  const marks = [...new Set(seps)];
  let decimal: string | null = null;
  if (marks.length > 2 || (marks.includes(' ') && marks.length > 1 && seps[seps.length - 1] === ' ')) return null;
  if (marks.length === 2) {
    decimal = seps[seps.length - 1]!;
    if (seps.filter((s) => s === decimal).length > 1) return null;
  } else if (marks[0] !== ' ' && seps.length === 1) {
    const three = groups[1]!.length === 3;
    const mark = marks[0]!;
    if (mark === ',') decimal = ctx.decimalComma || !three ? ',' : null;
    else decimal = ctx.decimalComma && three ? null : '.';
  }
  const whole = decimal ? groups.slice(0, -1) : groups;
  if (whole.slice(1).some((g) => g.length !== 3)) return null;
  const text = whole.join('') + (decimal ? `.${groups[groups.length - 1]}` : '');
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/**
 * Read a number written in digits at `i`. Null for model names ("X-300", "Mk-2s", "T90"), phone numbers,
 * times, fractions, versions and anything else glued to letters.
 */
export function readDigits(toks: readonly Token[], i: number, ctx: ReadContext): DigitsRead | null {
  const t = toks[i];
  if (t?.kind !== 'num') return null;
  const prev = toks[i - 1];
  if (glued(t) && prev) {
    if (prev.kind === 'word') return null;
    if (isDash(prev) && glued(prev) && toks[i - 2]?.kind === 'word' && !TIME_PREFIXES.has(toks[i - 2]!.key))
      return null;
    if (BLOCKING_BEFORE.has(prev.text)) return null;
  }
  const { groups, seps, end } = gather(toks, i, ctx);
  if (groups.length === 1 && groups[0]!.length > 1 && groups[0]!.startsWith('0')) return null;
  const value = interpret(groups, seps, ctx);
  if (value === null) return null;
  const next = toks[end];
  if (glued(next) && next!.kind === 'num') return null;
  if (glued(next) && next!.kind === 'sym' && BLOCKING_AFTER.has(next!.text) && toks[end + 1]?.kind === 'num')
    return null;
  // "123-45-67": a chain of dashed digit groups is a phone number or a code.
  if (
    isDash(next) &&
    glued(next) &&
    toks[end + 1]?.kind === 'num' &&
    glued(toks[end + 1]) &&
    isDash(toks[end + 2]) &&
    toks[end + 3]?.kind === 'num'
  )
    return null;
  const percentWord =
    next?.kind === 'word' &&
    (PERCENT_AFTER.has(next.key) || (PER.has(next.key) && CENT.has(toks[end + 1]?.key ?? '')));
  // "24%", and "24 %" as French and Spanish typesetting spaces it.
  const sign = next?.text === '%' || next?.text === '％';
  const percent =
    percentWord ||
    (sign && (glued(next) || /^[ \u00a0\u202f]$/.test(next!.gap))) ||
    (glued(t) && prev?.text === '%') ||
    prev?.key === 'yuzde';
  const suffix = glued(next) && next!.kind === 'word' ? next!.key : null;
  return { value, end, plain: seps.length === 0, percent, suffix };
}

const CODE_SEPARATORS = new Set(['-', '–', '.', ',', '/', ':']);

/**
 * Digit strings that are codes, not values: phone numbers ("123-45-67"), times ("10:30"), fractions and
 * slashed dates ("3/4", "09/03/2025"), versions ("1.2.3"), model numbers ("X-300"). Read whole and dropped,
 * so no part of them is taken for a count.
 */
export function readCode(
  toks: readonly Token[],
  i: number,
  ctx: ReadContext,
): { first: number; end: number; value: null } | null {
  if (toks[i]?.kind !== 'num') return null;
  let j = i + 1;
  let dashes = 0;
  let slashes = false;
  while (
    j + 1 < toks.length &&
    CODE_SEPARATORS.has(toks[j]!.text) &&
    glued(toks[j]) &&
    toks[j + 1]!.kind === 'num' &&
    glued(toks[j + 1])
  ) {
    if (isDash(toks[j])) dashes += 1;
    if (toks[j]!.text === '/' || toks[j]!.text === ':') slashes = true;
    j += 2;
  }
  const code = dashes >= 2 || slashes || readDigits(toks, i, ctx) === null;
  return code ? { first: i, end: j, value: null } : null;
}
