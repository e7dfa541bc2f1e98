import { fmt, table, type Timing } from './timing.js';
import type { SizeMeasurement } from './engine-pass.js';

/**
 * The engine benchmark's table and `key=value` lines. The keys are a contract (bench/README.md): notes and
 * scripts quote them. Targets are judged and printed as PASS/FAIL, never enforced.
 */

export interface SizeFigures extends SizeMeasurement {
  claims: number;
  compileMs: number;
  articlesPerSecond: number;
}

export interface EngineFigures {
  sizes: SizeFigures[];
  tokenize: Timing;
  /** Articles in the full list (some sizes may analyse every k-th only). */
  articles: number;
}

export function printEngineFigures(f: EngineFigures, log: (line: string) => void): void {
  const tokMs = f.tokenize.medianMs / f.articles;
  const passes = (s: SizeFigures) => (s.warmupCounted ? '1 (warm-up)' : String(s.timing.runs.length));
  log('');
  log(
    table(
      [
        'claims',
        'compile ms',
        'ms/article',
        'articles/s',
        'x tokenize',
        'articles',
        'passes',
        'relevant',
        'findings',
        'alerts',
      ],
      f.sizes.map((s) => [
        String(s.claims),
        fmt(s.compileMs, 0),
        fmt(s.msPerArticle, 2),
        fmt(s.articlesPerSecond, 0),
        fmt(s.msPerArticle / tokMs, 1),
        s.stride > 1 ? `${s.analysed} (1 in ${s.stride})` : String(s.analysed),
        passes(s),
        `${s.tally.relevant}/${s.analysed}`,
        String(s.tally.findings),
        String(s.tally.alerts),
      ]),
    ),
  );
  log(`tokenize only: ${fmt(tokMs * 1000, 0)} µs/article (${fmt(1000 / tokMs, 0)} articles/s)`);
  if (f.sizes.some((s) => s.stride > 1))
    log(
      '(a size marked "1 in k" was measured on every k-th article to keep the run short; ms/article is comparable)',
    );
  log('');
  const by = new Map(f.sizes.map((s) => [s.claims, s]));
  const rate = (n: number) => by.get(n)?.articlesPerSecond ?? NaN;
  const slowdown = (by.get(10_000)?.msPerArticle ?? NaN) / (by.get(100)?.msPerArticle ?? NaN);
  const ratio1000 = (by.get(1_000)?.msPerArticle ?? NaN) / tokMs;
  for (const n of [100, 1_000, 10_000]) log(`engine_articles_per_s_${n}=${fmt(rate(n), 1)}`);
  log(`engine_slowdown_100_to_10000=${fmt(slowdown, 2)}x`);
  log(`engine_vs_tokenize_ratio_1000=${fmt(ratio1000, 1)}x`);
  for (const s of f.sizes) log(`engine_compile_ms_${s.claims}=${fmt(s.compileMs, 0)}`);
  log(`tokenize_articles_per_s=${fmt(1000 / tokMs, 1)}`);
  const verdict = (ok: boolean, measured: number, text: string) =>
    Number.isNaN(measured) ? 'n/a (size not run)' : `${ok ? 'PASS' : 'FAIL'} (${text})`;
  const perS = rate(1_000);
  log(`target >=300 articles/s with 1,000 claims: ${verdict(perS >= 300, perS, `${fmt(perS, 0)} articles/s`)}`);
  log(`target <=2x time from 100 to 10,000 claims: ${verdict(slowdown <= 2, slowdown, `${fmt(slowdown, 2)}x`)}`);
}
