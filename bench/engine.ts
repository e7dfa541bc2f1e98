import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { compileClaimSet } from '../src/core/claimset/compile.js';
import { tokenize } from '../src/core/text/tokens.js';
import { engineFixture } from './synthetic/fixture.js';
import { fmt, timeOnce, timeRuns } from './support/timing.js';
import { measureSize } from './support/engine-pass.js';
import { printEngineFigures, type EngineFigures, type SizeFigures } from './support/engine-report.js';

/**
 * The pure claim engine on one thread: articles per second for claim sets of 100, 1,000 and 10,000 claims,
 * against bare tokenisation of the same text. Prints figures; never fails on a missed target (issue 3:
 * ≥ 300 articles/s with 1,000 claims, ≤ 2× time from 100 to 10,000 claims).
 */

export interface EngineBenchOptions {
  sizes?: number[];
  articles?: number;
  /** Time for the timed passes of one size, in ms; a single pass longer than this is measured once (the warm-up). */
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
  log(`claim engine: ${fx.articles.length} articles (${fx.seedCount} seeds + ${fx.articles.length - fx.seedCount} synthetic, ` +
    `${Math.round(words / fx.articles.length)} words on average), vocabulary ${fx.vocabulary.words.length} + ${fx.vocabulary.cyrillic.length} Cyrillic words, ` +
    `${fx.realClaims} real claims + synthetic; one JS thread (V8's GC and compiler threads may use another core), median of timed passes after a warm-up pass`);

  const texts = fx.articles.map((a) => `${a.title}\n${a.text}`);
  const tokenizeTiming = timeRuns(() => { for (const t of texts) tokenize(t); }, { warmups: 3, minRuns: 7, maxRuns: 30, budgetMs: 2_000 });

  const out: SizeFigures[] = [];
  for (const size of sizes) {
    const file = fx.files.get(size)!;
    const { value: cs, ms: compileMs } = timeOnce(() => compileClaimSet(file, []));
    const m = measureSize(fx.articles, cs, { budgetMs: o.budgetMs ?? 8_000, passCapMs: o.passCapMs ?? 30_000 });
    out.push({ ...m, claims: file.claims.length, compileMs, articlesPerSecond: 1000 / m.msPerArticle });
    const thinned = m.stride > 1 ? ` (1 in ${m.stride}: a full pass was predicted to take over ${fmt((o.passCapMs ?? 30_000) / 1000, 0)} s)` : '';
    log(`  ${file.claims.length} claims: compiled in ${fmt(compileMs, 0)} ms; ${m.analysed} articles${thinned}; warm-up pass ${fmt(m.warmMs, 0)} ms; ` +
      (m.warmupCounted ? 'longer than the budget, so it is the measurement' : `${m.timing.runs.length} timed pass${m.timing.runs.length === 1 ? '' : 'es'}, median ${fmt(m.timing.medianMs, 0)} ms`));
  }
  const figures: EngineFigures = { sizes: out, tokenize: tokenizeTiming, articles: fx.articles.length };
  printEngineFigures(figures, log);
  return figures;
}

function sizesArg(value: string | undefined): number[] | undefined {
  return value?.split(',').map((s) => Number(s.replace(/_/g, ''))).filter((n) => Number.isInteger(n) && n > 0);
}

// Run on its own (e.g. `node --cpu-prof --import tsx bench/engine.ts --sizes 1000`) as well as from bench/index.ts.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { sizes: { type: 'string' }, articles: { type: 'string' }, budget: { type: 'string' }, cap: { type: 'string' } } });
  await runEngineBench({
    sizes: sizesArg(values.sizes),
    articles: values.articles ? Number(values.articles) : undefined,
    budgetMs: values.budget ? Number(values.budget) : undefined,
    passCapMs: values.cap ? Number(values.cap) : undefined,
  });
}
