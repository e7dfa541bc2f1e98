import type { NormalisedValue } from '../types.js';
import { readNumber } from './numbers.js';
import { glued } from './text.js';
import type { Match, ReadContext, Token } from './text.js';

type Percent = Extract<NormalisedValue, { kind: 'percent' }>;

const SIGNS = new Set(['%', '％']);
const PER = new Set(['per', 'pour', 'por']);

/** How many tokens after the number spell the percent: "%", "percent", "Prozent", "per cent", "por ciento". */
function percentTail(toks: readonly Token[], j: number): number {
  const t = toks[j];
  if (!t) return j;
  if (t.kind === 'sym') return SIGNS.has(t.text) ? j + 1 : j;
  if (t.kind !== 'word') return j;
  return PER.has(t.key) ? j + 2 : j + 1;
}

/**
 * A share in per cent at `i`: "24%", "24 %", "%24", "yüzde 12", "rund 24 Prozent", "18,7 %". A range
 * ("10–12%") is read and dropped, as counts drop theirs.
 */
export function readPercent(toks: readonly Token[], i: number, ctx: ReadContext): Match<Percent> | null {
  const n = readNumber(toks, i, ctx);
  if (!n || !n.percent) return null;
  // "%24" and "yüzde 24" carry the sign before the number; anything else after it.
  const before = (SIGNS.has(toks[i - 1]?.text ?? '') && glued(toks[i])) || toks[i - 1]?.key === 'yuzde';
  const end = before ? n.end : percentTail(toks, n.end);
  return { first: before ? i - 1 : i, end, value: { kind: 'percent', value: n.value } };
}
