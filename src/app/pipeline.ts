import type { Logger } from 'pino';
import type { Store, Route, ArticleRecord, RecordAnalysisInput } from '../store/store.js';
import { historyWithAnalysis } from '../store/analysis-plan.js';
import type { AlertDecision, ArticleInput, History } from '../core/types.js';
import { analyzeArticle, type Analysis } from '../core/analyze.js';
import { speakerRoles } from '../core/alert-groups.js';
import type { StanceJudge } from '../core/stance/stance-judge.js';
import { canonicalUrl, contentHash } from '../ingest/index.js';
import type { LoadedClaimSet } from './claimset.js';
import type { Metrics } from './metrics.js';

/**
 * The pipeline of one article: store's history → pure engine → findings, alerts and outbox entries in one
 * transaction. The poller only stores articles; the analysis is a queue in the store (stored, not yet analysed),
 * leased a batch at a time, so every instance takes a share and a crashed instance's batch is taken over once its
 * lease runs out. Idempotent: an article already analysed is not analysed again, so a retry records nothing twice.
 */

export interface PipelineDeps {
  store: Store;
  claimSet: LoadedClaimSet;
  log: Logger;
  routes: (alert: AlertDecision) => Route[];
  now: () => Date;
  metrics?: Metrics;
  /** This instance's id, for analysis leases (default: the process id). */
  owner?: string;
  /** How long a leased batch of stored articles stays ours (default 60 s); another instance takes over after that. */
  leaseMs?: number;
  /** Stored articles leased at a time (default 10). */
  batchSize?: number;
  /** The stance judge (STANCE_JUDGE; default: the rules). */
  judge?: StanceJudge;
}

/** Save an article (if new) and record its analysis; used by `analyze --record`. */
export async function recordArticle(
  store: Store,
  article: ArticleInput,
  report: Analysis,
  feedId: number | null,
  opts: { routes: (a: AlertDecision) => Route[]; now?: () => Date },
): Promise<number> {
  const at = (opts.now?.() ?? new Date()).toISOString();
  const saved = await store.saveArticle({
    feedId,
    url: article.url,
    keys: {
      guid: null,
      canonicalUrl: safeCanonical(article.url),
      contentHash: contentHash(article.title, article.text),
    },
    title: article.title,
    source: article.source,
    published: article.published,
    text: article.text,
    fetchedAt: at,
  });
  await store.recordAnalysis({
    articleId: saved.id,
    report,
    article: meta(article),
    repeats: report.repeats,
    routes: opts.routes,
    at,
  });
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
  /**
   * Lease one batch of stored, unanalysed articles, analyse them in turn and record them together; resolves with
   * how many were leased (0: nothing left). Several instances call this side by side and share the articles: the
   * lease keeps them apart, and recording is idempotent per article, so an article is analysed and alerted once.
   * Each article sees the history as it stood when its batch began plus the articles before it in the batch; what
   * another instance records meanwhile is seen from the next batch on (so two articles analysed at the same moment
   * by two instances are not compared with each other).
   */
  analyseNext(): Promise<number>;
  /**
   * Batch after batch until no stored article is left unanalysed (start-up, a crashed instance's leftovers,
   * `--once`).
   */
  analyseQueued(): Promise<number>;
}

export function createPipeline(deps: PipelineDeps): Pipeline {
  const { store, claimSet, log, metrics } = deps;
  const { owner = `pid:${process.pid}`, leaseMs = 60_000, batchSize = 10 } = deps;
  const story = claimSet.file.story.id;

  /** The engine's verdict on one stored article, and what recording it takes. */
  function judge(rec: ArticleRecord, history: History): { report: Analysis; recorded: RecordAnalysisInput } {
    const input: ArticleInput = {
      url: rec.url,
      title: rec.title,
      text: rec.text,
      published: rec.published,
      source: rec.source,
    };
    const report = analyzeArticle(input, claimSet.compiled, history, { judge: deps.judge });
    // A new feed's backlog goes into the history (its events are on record) but sends nothing.
    const routes = rec.quiet ? () => [] : deps.routes;
    return {
      report,
      recorded: {
        articleId: rec.id,
        report,
        article: meta(input),
        repeats: report.repeats,
        routes,
        at: deps.now().toISOString(),
        roles: speakerRoles([...report.alerts, ...report.repeats], claimSet.compiled),
      },
    };
  }

  function counted(rec: ArticleRecord, report: Analysis, res: { outbox: number }): void {
    metrics?.articlesAnalysed.inc({ relevant: String(report.relevant) });
    for (const a of report.alerts) metrics?.alerts.inc({ kind: a.kind });
    log.info(
      {
        article: rec.url,
        relevant: report.relevant,
        findings: report.findings.length,
        alerts: report.alerts.length,
        repeats: report.repeats.length,
        outbox: res.outbox,
      },
      'article analysed',
    );
  }

  async function analyse(rec: ArticleRecord, history: History): Promise<{ report: Analysis; history: History }> {
    const { report, recorded } = judge(rec, history);
    counted(rec, report, await store.recordAnalysis(recorded));
    return { report, history: historyWithAnalysis(history, story, recorded) };
  }

  const notAnalysed = (rec: ArticleRecord, err: unknown) =>
    // Left leased: tried again (here or elsewhere) once the lease runs out, not in a tight loop.
    log.error(
      { article: rec.url, err: String(err) },
      'article not analysed; it is tried again when its lease runs out',
    );

  async function analyseNext(): Promise<number> {
    const leasedAt = deps.now().getTime();
    const batch = await store.leaseUnanalysed(new Date(leasedAt).toISOString(), owner, leaseMs, batchSize);
    if (!batch.length) return 0;
    // One read of the history per batch; each article then sees the ones analysed before it.
    const start = await store.loadHistory(story);
    let history = start;
    const judged: Array<{ rec: ArticleRecord; report: Analysis; recorded: RecordAnalysisInput }> = [];
    for (const rec of batch) {
      // Past most of the lease another instance may take these over; leave the rest to it.
      if (deps.now().getTime() - leasedAt > leaseMs * 0.75) break;
      try {
        const verdict = judge(rec, history);
        judged.push({ rec, ...verdict });
        history = historyWithAnalysis(history, story, verdict.recorded);
      } catch (err) {
        notAnalysed(rec, err);
      }
    }
    if (!judged.length) return batch.length;
    // The batch is recorded in one go (one round trip where the store allows).
    let results;
    try {
      results = await store.recordAnalyses(judged.map((j) => j.recorded));
    } catch (err) {
      // One article the store refuses must not hold up the others: one at a time, each judged against the history
      // as recorded, as if the batch had never been judged together.
      log.warn(
        { err: String(err), articles: judged.length },
        'recording the batch failed; recording its articles one at a time',
      );
      let recordedHistory = start;
      for (const { rec } of judged) {
        try {
          ({ history: recordedHistory } = await analyse(rec, recordedHistory));
        } catch (e) {
          notAnalysed(rec, e);
        }
      }
      return batch.length;
    }
    judged.forEach(({ rec, report }, i) => counted(rec, report, results[i]!));
    return batch.length;
  }

  return {
    async processArticle(rec) {
      return (await analyse(rec, await store.loadHistory(story))).report;
    },
    analyseNext,
    async analyseQueued() {
      let n = 0;
      for (let leased = await analyseNext(); leased > 0; leased = await analyseNext()) n += leased;
      return n;
    },
  };
}
