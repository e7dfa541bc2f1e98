import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { StanceLabel } from '../src/core/types.js';

/**
 * The public stance training splits in ../shared/datasets (see its README), read at training time and never
 * copied into the repository. Labels are mapped to claimwatch's: agree/for → supports, disagree/against →
 * denies, discuss/observing → reports, unrelated → unrelated.
 */

export interface Pair {
  dataset: 'emergent' | 'fnc1' | 'dev';
  claim: string;
  text: string;
  label: StanceLabel;
  /** Cross-validation group: pairs of one group are never split across folds (claimId, Body ID). */
  group: string;
}

const MAP: Record<string, StanceLabel> = {
  agree: 'supports',
  for: 'supports',
  disagree: 'denies',
  against: 'denies',
  discuss: 'reports',
  observing: 'reports',
  unrelated: 'unrelated',
};

function label(raw: string, where: string): StanceLabel {
  const l = MAP[raw.trim().toLowerCase()];
  if (!l) throw new Error(`${where}: unknown stance "${raw}"`);
  return l;
}

function csv(path: string): Array<Record<string, string>> {
  if (!existsSync(path))
    throw new Error(
      `${path} is missing: the training splits live in ../shared/datasets beside the repository (or give --data DIR)`,
    );
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Array<
    Record<string, string>
  >;
}

export function loadEmergent(dir: string): Pair[] {
  const path = join(dir, 'emergent', 'train.csv');
  return csv(path).map((r, i) => ({
    dataset: 'emergent' as const,
    claim: r.claimHeadline!,
    text: r.articleHeadline!,
    label: label(r.articleHeadlineStance!, `${path}:${i + 2}`),
    group: `e:${r.claimId}`,
  }));
}

export function loadFnc1(dir: string): Pair[] {
  const bodiesPath = join(dir, 'fnc1', 'train_bodies.csv');
  const bodies = new Map(csv(bodiesPath).map((r) => [r['Body ID']!, r.articleBody!]));
  const path = join(dir, 'fnc1', 'train_stances.csv');
  return csv(path).map((r, i) => {
    const body = bodies.get(r['Body ID']!);
    if (body === undefined) throw new Error(`${path}:${i + 2}: Body ID ${r['Body ID']} is not in ${bodiesPath}`);
    return {
      dataset: 'fnc1' as const,
      claim: r.Headline!,
      text: body,
      label: label(r.Stance!, `${path}:${i + 2}`),
      group: `f:${r['Body ID']}`,
    };
  });
}

/** The project's own dev set (test/fixtures/stance/dev.jsonl), grouped by claim. */
export function loadDev(path: string): Pair[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const j = JSON.parse(l) as { claim: string; text: string; label: StanceLabel };
      return { dataset: 'dev' as const, claim: j.claim, text: j.text, label: j.label, group: `d:${j.claim}` };
    });
}
