import type { NormalisedValue } from '../types.js';

/**
 * Does a value the engine read agree with a labelled one? Labels write normalised values as short strings
 * ("2024-11-07", "2025-02", "24%", ">8000000", "54 bn USD", "PT24H", "P6M", "Heorhii Tykhyi"); the engine keeps
 * typed values. Dates must agree to the label's precision, numbers within 2 %, durations by their span, and
 * names by their folded words.
 */

const DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;
/** One ISO 8601 duration figure, captured: `24`, `1.5`. */
const FIGURE = String.raw`(\d+(?:\.\d+)?)`;
const ISO_DURATION = new RegExp(
  `^P(?:${FIGURE}Y)?(?:${FIGURE}M)?(?:${FIGURE}W)?(?:${FIGURE}D)?(?:T(?:${FIGURE}H)?(?:${FIGURE}M)?)?$`,
);
const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
  tn: 1e12,
  trillion: 1e12,
};

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function goldNumber(s: string): number | null {
  const m = /(-?\d[\d,]*(?:\.\d+)?)\s*(k|thousand|mn|m|million|bn|b|billion|tn|trillion)?\b/i.exec(
    s.replace(/\s(?=\d{3}\b)/g, ''),
  );
  if (!m) return null;
  const n = Number(m[1]!.replace(/,/g, ''));
  return Number.isFinite(n) ? n * (m[2] ? SCALE[m[2].toLowerCase()]! : 1) : null;
}

function durationDays(s: string): number | null {
  const m = ISO_DURATION.exec(s.trim());
  if (!m || s.trim() === 'P') return null;
  const [y, mo, w, d, h, mi] = m.slice(1).map((x) => (x ? Number(x) : 0));
  return y! * 365 + mo! * 30 + w! * 7 + d! + h! / 24 + mi! / 1440;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.02);
}

/**
 * A labelled name against the name the engine resolved: the label's name (a note in brackets set aside, or the
 * name in the brackets: "Florida (Mar-a-Lago)", "Russia (Vladimir Putin)") and the engine's, folded, are the
 * same or one holds the other whole.
 */
function sameName(gold: string, name: string): boolean {
  const got = fold(name);
  if (!got) return false;
  const bracket = /\(([^)]*)\)/.exec(gold)?.[1] ?? '';
  const main = fold(gold.replace(/\([^)]*\)/g, ' '));
  const holds = (a: string, b: string): boolean => a.length > 0 && b.length > 0 && ` ${a} `.includes(` ${b} `);
  return [main, fold(bracket)].some((g) => g === got || holds(g, got) || holds(got, g));
}

/** True when the engine's value `got` (with its words `text`) is the labelled value `gold`. */
export function agreesWithGold(gold: string, got: NormalisedValue, text: string): boolean {
  const g = gold.trim();
  const date = DATE.exec(g);
  if (date) {
    if (got.kind !== 'date') return got.kind === 'count' && !date[2] && got.count === Number(date[1]);
    const precision = date[3] ? 'day' : date[2] ? 'month' : 'year';
    return got.precision === precision && got.from === g;
  }
  if (g.startsWith('P')) {
    const days = durationDays(g);
    if (days !== null) return got.kind === 'duration' && (near(got.maxDays, days) || near(got.minDays, days));
  }
  if (got.kind === 'name') return sameName(g, got.name);
  const n = goldNumber(g);
  if (n !== null) {
    if (got.kind === 'count') return near(got.count, n);
    if (got.kind === 'percent') return g.includes('%') && near(got.value, n);
    if (got.kind === 'money') return near(got.amount, n);
    return false;
  }
  const words = fold(g);
  return words.length > 0 && fold(text).includes(words);
}
