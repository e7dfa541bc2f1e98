import { performance } from 'node:perf_hooks';

/**
 * Timing helpers for benchmarks: the median of repeated runs (one slow run from a GC pause or a noisy neighbour
 * should not move the figure), one timed call, and a text table. Repeated passes that take turns across sizes are
 * in engine-pass.ts (`interleavedRuns`).
 */

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

/** Time one call (for things too slow or too stateful to repeat, such as a big compile). */
export function timeOnce<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

/** A fixed-width text table: first column left-aligned, the rest right-aligned. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A number with a sensible number of digits for a report. */
export function fmt(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}
