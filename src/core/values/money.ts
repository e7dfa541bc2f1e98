import type { NormalisedValue } from '../types.js';
import { currencyAfter, currencyBefore } from './currencies.js';
import { readNumber } from './numbers.js';
import { wordSet } from './text.js';
import type { Match, ReadContext, Token } from './text.js';

type Money = Extract<NormalisedValue, { kind: 'money' }>;

/** Hedges that make an amount approximate: "roughly $2.5 billion", "около 2,5 млрд долларов". */
const APPROX = wordSet(
  'roughly approximately about around nearly almost some estimated circa ca approx ' +
    'около примерно порядка почти приблизительно ориентировочно ' +
    'yaklaşık takriben environ quelque etwa rund ungefähr knapp fast unos unas aproximadamente casi',
);
/** Hedges of two words whose second word is a preposition: "close to", "près de", "alrededor de". */
const APPROX_BEFORE_PREP = wordSet('close près pres alrededor cerca upwards');
const PREPS = wordSet('to de of');
/** Hedges after the amount: "2,5 milyar dolar civarında", "$2.5 billion or so". */
const APPROX_AFTER = wordSet('civarında civarinda');

/** Index of the first hedge word before `i` (not before `floor`), or -1. */
function hedgeBefore(toks: readonly Token[], i: number, floor: number): number {
  const p1 = toks[i - 1];
  if (i - 1 >= floor && p1?.text === '~') return i - 1;
  if (i - 1 >= floor && p1?.kind === 'word' && APPROX.has(p1.key)) return i - 1;
  const p2 = toks[i - 2];
  if (
    i - 2 >= floor &&
    p1?.kind === 'word' &&
    PREPS.has(p1.key) &&
    p2?.kind === 'word' &&
    APPROX_BEFORE_PREP.has(p2.key)
  )
    return i - 2;
  return -1;
}

function hedgeAfter(toks: readonly Token[], j: number): number {
  const t = toks[j];
  if (t?.kind === 'word' && APPROX_AFTER.has(t.key)) return j + 1;
  if (t?.key === 'or' && toks[j + 1]?.key === 'so') return j + 2;
  return -1;
}

/**
 * An amount of money at `i`: currency first ("$2.5 billion", "US$2.5bn", "€1,2 млрд") or after
 * ("2,5 млрд долларов", "2.5 billion dollars", "2,5 milliards de dollars", "2,5 milyar dolar").
 */
export function readMoney(toks: readonly Token[], i: number, ctx: ReadContext, floor: number): Match<Money> | null {
  let code: string;
  let end: number;
  let amount: number;
  const before = currencyBefore(toks, i);
  if (before) {
    const n = readNumber(toks, before.next, ctx, { money: true });
    if (!n || n.percent || n.weak === 'article') return null;
    code = before.code;
    amount = n.value;
    end = n.end;
  } else {
    const n = readNumber(toks, i, ctx, { money: true });
    if (!n || n.percent) return null;
    const after = currencyAfter(toks, n.end);
    if (!after) return null;
    code = after.code;
    amount = n.value;
    end = after.next;
  }
  const hedgeStart = hedgeBefore(toks, i, floor);
  const hedgeEnd = hedgeAfter(toks, end);
  const approx = hedgeStart >= 0 || hedgeEnd >= 0;
  const value: Money = approx
    ? { kind: 'money', amount, currency: code, approx: true }
    : { kind: 'money', amount, currency: code };
  return { first: hedgeStart >= 0 ? hedgeStart : i, end: hedgeEnd >= 0 ? hedgeEnd : end, value };
}
