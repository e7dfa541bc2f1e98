import { pathToFileURL } from 'node:url';
import { analyzeArticle } from '../src/core/analyze.js';
import { compileClaimSet } from '../src/core/claimset/compile.js';
import { emptyHistory, type ArticleInput } from '../src/core/types.js';
import type { CompiledClaimSet } from '../src/core/claimset/compile.js';
import type { StanceJudge } from '../src/core/stance/stance-judge.js';
import { loadStanceJudge } from '../src/app/stance-judge.js';
import { engineFixture } from './synthetic/fixture.js';
import { interleavedRuns } from './support/engine-pass.js';
import { fmt, timeOnce } from './support/timing.js';

/**
 * The claim engine with each stance judge (rules | learned) on 1,000 claims: articles per second, and how many
 * findings each judge called supports / denies / reports. Prints figures; never fails (issue 16: ≥ 250
 * articles/s with the learned judge).
 */

function pass(articles: readonly ArticleInput[], cs: CompiledClaimSet, judge: StanceJudge) {
  const stances = { supports: 0, denies: 0, reports: 0 };
  for (const a of articles)
    for (const f of analyzeArticle(a, cs, emptyHistory(), { judge }).findings) stances[f.stance]++;
  return stances;
}

export async function runStanceJudgeBench(
  o: { claims?: number; articles?: number; log?: (line: string) => void } = {},
): Promise<void> {
  const log = o.log ?? console.log;
  const size = o.claims ?? 1_000;
  const fx = await engineFixture({ sizes: [size], articles: o.articles ?? 200 });
  const cs = compileClaimSet(fx.files.get(size)!, []);
  const { value: learned, ms: loadMs } = timeOnce(() => loadStanceJudge('learned'));
  const judges = [loadStanceJudge('rules'), learned];
  log(
    `stance judges: ${fx.articles.length} articles against ${size} claims, one JS thread; ` +
      `learned weights loaded in ${fmt(loadMs, 0)} ms`,
  );
  const tallies = judges.map((j) => pass(fx.articles, cs, j));
  const timings = interleavedRuns(
    judges.map((j) => () => {
      pass(fx.articles, cs, j);
    }),
    { budgetMs: 20_000, minRounds: 3, maxRounds: 7 },
  );
  judges.forEach((j, i) => {
    const perS = (fx.articles.length * 1000) / timings[i]!.medianMs;
    const t = tallies[i]!;
    log(
      `  ${j.name.padEnd(8)} ${fmt(perS, 0)} articles/s (median of ${timings[i]!.runs.length} passes); ` +
        `findings: ${t.supports} supports, ${t.denies} denies, ${t.reports} reports`,
    );
  });
  judges.forEach((j, i) =>
    log(`engine_articles_per_s_${size}_${j.name}=${fmt((fx.articles.length * 1000) / timings[i]!.medianMs, 1)}`),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runStanceJudgeBench();
