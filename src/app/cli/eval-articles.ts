import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import YAML from 'yaml';
import type { Io } from '../../cli.js';
import { UsageError } from '../../errors.js';
import { loadClaimSet, type LoadedClaimSet } from '../claimset.js';
import { resolveAsset } from '../paths.js';
import { openStore } from '../../store/index.js';
import { recordArticle } from '../pipeline.js';
import { analyzeArticle } from '../../core/analyze.js';
import type { StanceJudge } from '../../core/stance/stance-judge.js';
import { judgeFromOption } from '../stance-judge.js';
import { articleFromText } from './input.js';
import { labelMapSchema, parseLabels, type LabelMap } from '../../core/eval/labels.js';
import { scoreStory, type StoryScore } from '../../core/eval/score.js';
import { combine, formatLine, formatTable } from '../../core/eval/format.js';

/**
 * `claimwatch eval-articles DIR... [--claims FILE] [--details]`: a labelled corpus (NNN.txt + labels.jsonl) through
 * the bot's own path — the engine against the store's history, each article recorded before the next — scored
 * against the labels. Several directories are scored one by one and then together; the last line is for machines.
 */
export async function evalArticlesCommand(
  dirs: string[],
  opts: { claims?: string; details?: boolean; judge?: string },
  io: Io,
): Promise<number> {
  const judge = judgeFromOption(opts.judge, io.env);
  if (opts.claims && dirs.length > 1)
    throw new UsageError('claims-with-several', '--claims names one claim set: give one DIR with it');
  const scores: StoryScore[] = [];
  for (const dir of dirs) {
    const score = await evalStory(dir, opts.claims, io, judge);
    scores.push(score);
    io.out(formatTable(score));
    if (opts.details) for (const d of score.details) io.out(`    ${d}\n`);
    if (dirs.length > 1) io.out(`${score.story}: ${formatLine(score)}\n\n`);
  }
  const total = scores.length === 1 ? scores[0]! : combine('all stories', scores);
  if (scores.length > 1) io.out(formatTable(total));
  io.out(`${formatLine(total)}\n`);
  return 0;
}

async function evalStory(
  dir: string,
  claimsOpt: string | undefined,
  io: Io,
  judge: StanceJudge,
): Promise<StoryScore> {
  const labelsPath = join(dir, 'labels.jsonl');
  if (!existsSync(labelsPath))
    throw new UsageError('no-labels', `${dir} has no labels.jsonl: give a directory in the labelled-corpus format`);
  const rows = parseLabels(await readFile(labelsPath, 'utf8'), labelsPath);
  const claimsPath = claimsOpt ?? join('stories', basename(resolve(dir)), 'claims.yaml');
  if (!existsSync(resolveAsset(claimsPath)))
    throw new UsageError(
      'no-claims',
      `no claim set for ${dir}: looked for ${claimsPath}; give one with --claims FILE`,
    );
  const cs = await loadClaimSet(claimsPath);
  const map = await loadMap(cs.path);
  const work = await mkdtemp(join(tmpdir(), 'claimwatch-eval-'));
  const store = await openStore(`file:${join(work, 'eval.db')}`);
  try {
    const reports = [];
    let history = await store.loadHistory(cs.file.story.id);
    for (const row of rows) {
      const path = join(dir, row.file);
      // Named as the claim set cites its seeds (relative to the claim set), so a seed's own positions are known.
      const url = relative(dirname(cs.path), resolve(path)).split(sep).join('/');
      const article = {
        ...articleFromText(await readFile(path, 'utf8'), url, row.outlet),
        published: row.date ? `${row.date}T12:00:00.000Z` : null,
      };
      const report = analyzeArticle(article, cs.compiled, history, { judge });
      await recordArticle(store, article, report, null, { routes: () => [] });
      history = await store.loadHistory(cs.file.story.id);
      reports.push(report);
    }
    return scoreStory({
      story: cs.file.story.id,
      rows,
      reports,
      map,
      actorName: actorNames(cs, map),
      sameVoice: voices(cs),
    });
  } finally {
    await store.close();
    await rm(work, { recursive: true, force: true });
    void io;
  }
}

async function loadMap(claimsPath: string): Promise<LabelMap> {
  const path = join(dirname(claimsPath), 'labels-map.yaml');
  if (!existsSync(path))
    throw new UsageError(
      'no-map',
      `no labels-map.yaml beside ${claimsPath}: it maps the labels' wording to claim ids`,
    );
  const parsed = labelMapSchema.safeParse(YAML.parse(await readFile(path, 'utf8')) ?? {});
  if (!parsed.success)
    throw new UsageError(
      'bad-map',
      `${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

function actorNames(cs: LoadedClaimSet, map: LabelMap): (label: string) => string {
  return (label) => {
    const id = map.actors[label];
    return (id && cs.compiled.actors.get(id)?.name) || label;
  };
}

function voices(cs: LoadedClaimSet): (name: string) => string[] {
  const groups = new Map<string, string[]>();
  const rootOf = new Map<string, string>();
  for (const a of cs.compiled.actors.values()) {
    const root = a.affiliation ?? a.id;
    rootOf.set(a.name, root);
    groups.set(root, [...(groups.get(root) ?? []), a.name]);
  }
  return (name) => {
    const root = rootOf.get(name);
    return root ? (groups.get(root) ?? []).filter((n) => n !== name) : [];
  };
}
