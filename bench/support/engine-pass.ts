import type { CompiledClaimSet } from '../../src/core/claimset/compile.js';
import { analyzeArticle } from '../../src/core/analyze.js';
import { emptyHistory, type ArticleInput } from '../../src/core/types.js';
import { timeOnce, timeRuns, type Timing } from './timing.js';

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

export interface PassBudget {
  /** Time for timed passes after the warm-up pass, in ms. */
  budgetMs: number;
  /** Longest a single pass may be predicted to take before articles are thinned out, in ms. */
  passCapMs: number;
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

export function measureSize(articles: readonly ArticleInput[], cs: CompiledClaimSet, b: PassBudget): SizeMeasurement {
  const probeStride = Math.max(1, Math.floor(articles.length / 10));
  const probe = every(articles, probeStride);
  const predicted = (timeOnce(() => analyseAll(probe, cs)).ms / probe.length) * articles.length;
  const stride = predicted > b.passCapMs ? Math.ceil(predicted / b.passCapMs) : 1;
  const used = every(articles, stride);
  // The first pass warms the JIT and counts what the engine finds. When one pass already takes longer than
  // the budget it is the measurement: the code is warm from the probe and from the smaller sizes.
  const warm = timeOnce(() => analyseAll(used, cs));
  const warmupCounted = warm.ms > b.budgetMs;
  const timing: Timing = warmupCounted
    ? { runs: [warm.ms], medianMs: warm.ms, minMs: warm.ms, maxMs: warm.ms }
    : timeRuns(() => analyseAll(used, cs), { warmups: 0, minRuns: 1, maxRuns: 9, budgetMs: b.budgetMs });
  return { analysed: used.length, stride, timing, warmupCounted, warmMs: warm.ms, msPerArticle: timing.medianMs / used.length, tally: warm.value };
}
