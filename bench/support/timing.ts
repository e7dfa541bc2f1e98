import { performance } from 'node:perf_hooks';

/**
 * Timing for benchmarks: warm up first (so the figures are about optimised code, not the JIT starting),
 * then repeat until both a minimum number of runs and a time budget are used up, and report the median —
 * one slow run from a GC pause or a noisy neighbour should not move the figure.
 */

export interface RunOptions {
  /** At least this many timed runs. */
  minRuns: number;
  /** Never more than this many. */
  maxRuns: number;
  /** After minRuns, start another run only if it should finish within this many ms from the first run. */
  budgetMs: number;
  /** Untimed runs first. */
  warmups: number;
}

export interface Timing {
  runs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Time `fn` repeatedly; each call is one run. */
export function timeRuns(fn: () => void, o: RunOptions): Timing {
  for (let i = 0; i < o.warmups; i++) fn();
  const runs: number[] = [];
  const started = performance.now();
  const fits = () => performance.now() - started + (runs.at(-1) ?? 0) <= o.budgetMs;
  while (runs.length < o.maxRuns && (runs.length < o.minRuns || fits())) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return { runs, medianMs: median(runs), minMs: Math.min(...runs), maxMs: Math.max(...runs) };
}

/** Time one call (for things too slow or too stateful to repeat, such as a big compile). */
export function timeOnce<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

/** A fixed-width text table: first column left-aligned, the rest right-aligned. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A number with a sensible number of digits for a report. */
export function fmt(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}
