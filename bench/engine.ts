import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { compileClaimSet } from '../src/core/claimset/compile.js';
import { tokenize } from '../src/core/text/tokens.js';
import { engineFixture } from './synthetic/fixture.js';
import { fmt, timeOnce } from './support/timing.js';
import { analyseAll, interleavedRuns, prepareSize } from './support/engine-pass.js';
import { printEngineFigures, type EngineFigures, type SizeFigures } from './support/engine-report.js';

/**
 * The pure claim engine on one thread: articles per second for claim sets of 100, 1,000 and 10,000 claims,
 * against bare tokenisation of the same text. Prints figures; never fails on a missed target (issue 3:
 * ≥ 300 articles/s with 1,000 claims, ≤ 2× time from 100 to 10,000 claims).
 */

export interface EngineBenchOptions {
  sizes?: number[];
  articles?: number;
  /**
   * Time for the timed passes, per size, in ms (the rounds share sizes × this); a round longer than that is measured
   * once (the warm-ups).
   */
  budgetMs?: number;
  /** Longest a single pass may be predicted to take before that size is measured on every k-th article, in ms. */
  passCapMs?: number;
  log?: (line: string) => void;
}

export type { EngineFigures, SizeFigures };

export async function runEngineBench(o: EngineBenchOptions = {}): Promise<EngineFigures> {
  const log = o.log ?? console.log;
  const sizes = o.sizes ?? [100, 1_000, 10_000];
  const fx = await engineFixture({ sizes, articles: o.articles ?? 200 });
  const words = fx.articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
  log(
    `claim engine: ${fx.articles.length} articles (${fx.seedCount} seeds + ` +
      `${fx.articles.length - fx.seedCount} synthetic, ${Math.round(words / fx.articles.length)} words on average), ` +
      `vocabulary ${fx.vocabulary.words.length} + ${fx.vocabulary.cyrillic.length} Cyrillic words, ` +
      `${fx.realClaims} real claims + synthetic; one JS thread (V8's GC and compiler threads may use another core), ` +
      'median of timed passes after a warm-up pass',
  );

  const texts = fx.articles.map((a) => `${a.title}\n${a.text}`);
  const tokenizeAll = () => {
    for (const t of texts) tokenize(t);
  };
  for (let i = 0; i < 3; i++) tokenizeAll();

  // Every size is compiled and warmed up first; then the timed passes take turns (one pass of each size and one
  // of bare tokenisation per round), so a machine whose speed drifts during the run cannot skew the ratios.
  const passCapMs = o.passCapMs ?? 30_000;
  const prepared = sizes.map((size) => {
    const file = fx.files.get(size)!;
    const { value: cs, ms: compileMs } = timeOnce(() => compileClaimSet(file, []));
    const p = prepareSize(fx.articles, cs, passCapMs);
    const thinned =
      p.stride > 1 ? ` (1 in ${p.stride}: a full pass was predicted to take over ${fmt(passCapMs / 1000, 0)} s)` : '';
    log(
      `  ${file.claims.length} claims: compiled in ${fmt(compileMs, 0)} ms; ${p.used.length} articles${thinned}; ` +
        `warm-up pass ${fmt(p.warmMs, 0)} ms`,
    );
    return { ...p, claims: file.claims.length, compileMs };
  });
  const budgetMs = (o.budgetMs ?? 8_000) * sizes.length;
  const roundMs = prepared.reduce((n, p) => n + p.warmMs, 0);
  const warmupCounted = roundMs > budgetMs;
  const passes = [
    ...prepared.map((p) => () => {
      analyseAll(p.used, p.cs);
    }),
    tokenizeAll,
  ];
  const timings = warmupCounted
    ? [
        ...prepared.map((p) => ({ runs: [p.warmMs], medianMs: p.warmMs, minMs: p.warmMs, maxMs: p.warmMs })),
        ...interleavedRuns([tokenizeAll], { budgetMs: 2_000, minRounds: 7, maxRounds: 9 }),
      ]
    : interleavedRuns(passes, { budgetMs, minRounds: 3, maxRounds: 9 });
  const tokenizeTiming = timings[prepared.length]!;
  log(
    warmupCounted
      ? '  one round of passes is longer than the budget: the warm-up passes are the measurement'
      : `  ${timings[0]!.runs.length} rounds of timed passes, one pass of each size per round; medians below`,
  );
  const out: SizeFigures[] = prepared.map((p, i) => {
    const timing = timings[i]!;
    const msPerArticle = timing.medianMs / p.used.length;
    return {
      claims: p.claims,
      compileMs: p.compileMs,
      analysed: p.used.length,
      stride: p.stride,
      timing,
      warmupCounted,
      warmMs: p.warmMs,
      msPerArticle,
      tally: p.tally,
      articlesPerSecond: 1000 / msPerArticle,
    };
  });
  const figures: EngineFigures = { sizes: out, tokenize: tokenizeTiming, articles: fx.articles.length };
  printEngineFigures(figures, log);
  return figures;
}

function sizesArg(value: string | undefined): number[] | undefined {
  return value
    ?.split(',')
    .map((s) => Number(s.replace(/_/g, '')))
    .filter((n) => Number.isInteger(n) && n > 0);
}

// Run on its own (e.g. `node --cpu-prof --import tsx bench/engine.ts --sizes 1000`) as well as from bench/index.ts.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      articles: { type: 'string' },
      budget: { type: 'string' },
      cap: { type: 'string' },
    },
  });
  await runEngineBench({
    sizes: sizesArg(values.sizes),
    articles: values.articles ? Number(values.articles) : undefined,
    budgetMs: values.budget ? Number(values.budget) : undefined,
    passCapMs: values.cap ? Number(values.cap) : undefined,
  });
}
