import type { Logger } from 'pino';
import type { Store, Route, ArticleRecord } from '../store/store.js';
import type { AlertDecision, ArticleInput } from '../core/types.js';
import { analyzeArticle, type Analysis } from '../core/analyze.js';
import { canonicalUrl, contentHash } from '../ingest/index.js';
import type { LoadedClaimSet } from './claimset.js';
import type { Metrics } from './metrics.js';

/**
 * The pipeline of one article: store's history → pure engine → findings, alerts and outbox entries in one
 * transaction. Idempotent: an article already analysed is not analysed again, so a crash mid-cycle
 * re-processes nothing already stored.
 */

export interface PipelineDeps {
  store: Store;
  claimSet: LoadedClaimSet;
  log: Logger;
  routes: (alert: AlertDecision) => Route[];
  now: () => Date;
  metrics?: Metrics;
}

/** Save an article (if new) and record its analysis; used by `analyze --record`. */
export async function recordArticle(store: Store, article: ArticleInput, report: Analysis, feedId: number | null, opts: { routes: (a: AlertDecision) => Route[]; now?: () => Date }): Promise<number> {
  const at = (opts.now?.() ?? new Date()).toISOString();
  const saved = await store.saveArticle({
    feedId, url: article.url, keys: { guid: null, canonicalUrl: safeCanonical(article.url), contentHash: contentHash(article.title, article.text) },
    title: article.title, source: article.source, published: article.published, text: article.text, fetchedAt: at,
  });
  await store.recordAnalysis({ articleId: saved.id, report, article: meta(article), repeats: report.repeats, routes: opts.routes, at });
  return saved.id;
}

function safeCanonical(url: string): string {
  try {
    return canonicalUrl(url);
  } catch {
    return url;
  }
}

function meta(a: ArticleInput) {
  return { url: a.url, title: a.title, source: a.source, published: a.published };
}

export interface Pipeline {
  /** Analyse a stored article and record the outcome. */
  processArticle(article: ArticleRecord): Promise<Analysis>;
  /** Articles stored but never analysed (the process died in between): analyse them now. */
  recoverUnanalysed(): Promise<number>;
}

export function createPipeline(deps: PipelineDeps): Pipeline {
  const { store, claimSet, log, metrics } = deps;
  async function processArticle(rec: ArticleRecord): Promise<Analysis> {
    const input: ArticleInput = { url: rec.url, title: rec.title, text: rec.text, published: rec.published, source: rec.source };
    const history = await store.loadHistory(claimSet.file.story.id);
    const report = analyzeArticle(input, claimSet.compiled, history);
    const res = await store.recordAnalysis({ articleId: rec.id, report, article: meta(input), repeats: report.repeats, routes: deps.routes, at: deps.now().toISOString() });
    metrics?.articlesAnalysed.inc({ relevant: String(report.relevant) });
    for (const a of report.alerts) metrics?.alerts.inc({ kind: a.kind });
    log.info({ article: rec.url, relevant: report.relevant, findings: report.findings.length, alerts: report.alerts.length, repeats: report.repeats.length, outbox: res.outbox }, 'article analysed');
    return report;
  }
  async function recoverUnanalysed(): Promise<number> {
    let n = 0;
    for (;;) {
      const batch = await store.unanalysedArticles(100);
      if (!batch.length) return n;
      for (const rec of batch) {
        await processArticle(rec);
        n++;
      }
    }
  }
  return { processArticle, recoverUnanalysed };
}
