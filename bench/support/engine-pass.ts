import type { CompiledClaimSet } from '../../src/core/claimset/compile.js';
import { analyzeArticle } from '../../src/core/analyze.js';
import { emptyHistory, type ArticleInput } from '../../src/core/types.js';
import { performance } from 'node:perf_hooks';
import { median, timeOnce, type Timing } from './timing.js';

/**
 * Passes of the claim engine over a list of articles, kept within a time budget so `npm run bench` stays
 * short however slow the engine is today: a cheap probe predicts a full pass, and when that would be too
 * long the size is measured on an evenly spread subset (every k-th article), reported as such.
 */

export interface Tally {
  relevant: number;
  findings: number;
  alerts: number;
}

export interface SizeMeasurement {
  /** Articles each pass analysed (all of them, or every `stride`-th). */
  analysed: number;
  stride: number;
  timing: Timing;
  /** The only pass was the warm-up pass (one pass took longer than the budget). */
  warmupCounted: boolean;
  warmMs: number;
  msPerArticle: number;
  tally: Tally;
}

/** Analyse every article once, returning what the engine found (so the figures are about real work). */
export function analyseAll(articles: readonly ArticleInput[], cs: CompiledClaimSet): Tally {
  const tally = { relevant: 0, findings: 0, alerts: 0 };
  for (const a of articles) {
    const r = analyzeArticle(a, cs, emptyHistory());
    if (r.relevant) tally.relevant++;
    tally.findings += r.findings.length;
    tally.alerts += r.alerts.length;
  }
  return tally;
}

const every = <T>(items: readonly T[], k: number): T[] => items.filter((_, i) => i % k === 0);

/** A size made ready for timed passes: the articles it is measured on, and its warm-up pass. */
export interface PreparedSize {
  cs: CompiledClaimSet;
  used: readonly ArticleInput[];
  stride: number;
  warmMs: number;
  tally: Tally;
}

/** Probe, thin out if a pass would be too long, and warm up (the warm-up pass also counts what the engine finds). */
export function prepareSize(
  articles: readonly ArticleInput[],
  cs: CompiledClaimSet,
  passCapMs: number,
): PreparedSize {
  const probeStride = Math.max(1, Math.floor(articles.length / 10));
  const probe = every(articles, probeStride);
  const predicted = (timeOnce(() => analyseAll(probe, cs)).ms / probe.length) * articles.length;
  const stride = predicted > passCapMs ? Math.ceil(predicted / passCapMs) : 1;
  const used = every(articles, stride);
  const warm = timeOnce(() => analyseAll(used, cs));
  return { cs, used, stride, warmMs: warm.ms, tally: warm.value };
}

/**
 * Timed passes over several prepared sizes (and any other work, such as bare tokenisation), taken in turns —
 * one pass of each, round after round — so a machine that speeds up or slows down during the run moves every
 * figure alike and their ratios stay fair. Stops after `maxRounds`, or once the budget would be overrun
 * (after at least `minRounds`). When a single round would overrun the budget, the warm-up passes are the
 * measurement.
 */
export function interleavedRuns(
  work: Array<() => void>,
  o: { budgetMs: number; minRounds: number; maxRounds: number },
): Timing[] {
  const runs: number[][] = work.map(() => []);
  const started = performance.now();
  let lastRound = 0;
  for (let round = 0; round < o.maxRounds; round++) {
    if (round >= o.minRounds && performance.now() - started + lastRound > o.budgetMs) break;
    const r0 = performance.now();
    work.forEach((fn, i) => runs[i]!.push(timeOnce(fn).ms));
    lastRound = performance.now() - r0;
  }
  return runs.map((r) => ({ runs: r, medianMs: median(r), minMs: Math.min(...r), maxMs: Math.max(...r) }));
}
