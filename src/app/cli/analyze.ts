import { existsSync } from 'node:fs';
import type { Io } from '../../cli.js';
import { loadConfig } from '../config.js';
import { loadClaimSet } from '../claimset.js';
import { analyzeArticle, type Analysis } from '../../core/analyze.js';
import { emptyHistory, type ArticleInput, type History } from '../../core/types.js';
import { readArticleFile } from './input.js';
import { fetchArticleInput } from '../fetch-article.js';
import { openStore } from '../../store/index.js';
import { recordArticle } from '../pipeline.js';
import { formatReport } from './format.js';
import { loadStanceJudge } from '../stance-judge.js';

/** `claimwatch analyze FILE...|URL|- [--json] [--record]` */
export async function analyzeCommand(
  inputs: string[],
  opts: { json?: boolean; record?: boolean },
  io: Io,
): Promise<number> {
  const cfg = loadConfig(io.env);
  const claimSet = await loadClaimSet(cfg.CLAIMS_FILE);
  const judge = loadStanceJudge(cfg.STANCE_JUDGE);
  const dbPath = cfg.DATABASE_URL.startsWith('file:') ? cfg.DATABASE_URL.slice(5) : null;
  // Reading history must not create a database: without --record and without a store, history is empty.
  const store = opts.record || !dbPath || existsSync(dbPath) ? await openStore(cfg.DATABASE_URL) : null;
  let failures = 0;
  try {
    let history: History = store ? await store.loadHistory(claimSet.file.story.id) : emptyHistory();
    for (const input of inputs) {
      let article: ArticleInput;
      try {
        article = /^https?:\/\//i.test(input)
          ? await fetchArticleInput(input, cfg)
          : await readArticleFile(input, io.stdin);
      } catch (err) {
        failures++;
        io.err(`claimwatch: ${(err as Error).message}\n`);
        continue;
      }
      const report: Analysis = analyzeArticle(article, claimSet.compiled, history, { judge });
      if (opts.record && store) {
        await recordArticle(store, article, report, null, { routes: () => [] });
        history = await store.loadHistory(claimSet.file.story.id);
      }
      const { repeats, actorKeys, ...printed } = report;
      void actorKeys;
      io.out(opts.json ? `${JSON.stringify(printed)}\n` : formatReport(printed, repeats));
    }
  } finally {
    await store?.close();
  }
  return failures ? 1 : 0;
}
