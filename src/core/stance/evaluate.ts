import { z } from 'zod';
import { UsageError } from '../../errors.js';
import type { StanceLabel } from '../types.js';
import { parseJsonLines } from '../jsonl.js';

/** Evaluation of a stance judge on labelled pairs: confusion matrix, per-label F1, macro-F1, accuracy. */

export const LABELS: StanceLabel[] = ['supports', 'denies', 'reports', 'unrelated'];
const row = z.object({
  claim: z.string().min(1),
  text: z.string().min(1),
  label: z.enum(['supports', 'denies', 'reports', 'unrelated']),
  lang: z.string().optional(),
});
export type EvalRow = z.infer<typeof row>;

/** Parse JSONL; a bad line stops with its line number. Blank lines are skipped. */
export function parseEvalLines(raw: string, name: string): EvalRow[] {
  const out = parseJsonLines(raw, name, row);
  if (!out.length) throw new UsageError('empty', `${name}: no labelled pairs`);
  return out;
}

export interface Evaluation {
  n: number;
  matrix: Record<StanceLabel, Record<StanceLabel, number>>;
  precision: Record<StanceLabel, number>;
  recall: Record<StanceLabel, number>;
  f1: Record<StanceLabel, number>;
  macroF1: number;
  accuracy: number;
}

export function evaluate<R extends { label: StanceLabel }>(rows: R[], predict: (r: R) => StanceLabel): Evaluation {
  return scorePredictions(rows.map((r) => [r.label, predict(r)] as const));
}

/** Scores of (gold, predicted) pairs. Macro-F1 averages the labels present in the gold set. */
export function scorePredictions(pairs: ReadonlyArray<readonly [StanceLabel, StanceLabel]>): Evaluation {
  const matrix = Object.fromEntries(
    LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))]),
  ) as Evaluation['matrix'];
  let correct = 0;
  for (const [gold, p] of pairs) {
    matrix[gold][p]++;
    if (p === gold) correct++;
  }
  const [precision, recall, f1] = [{}, {}, {}] as Array<Record<StanceLabel, number>>;
  for (const l of LABELS) {
    const tp = matrix[l][l];
    const fp = LABELS.reduce((s, g) => s + (g === l ? 0 : matrix[g][l]), 0);
    const fn = LABELS.reduce((s, p) => s + (p === l ? 0 : matrix[l][p]), 0);
    precision![l] = tp + fp ? tp / (tp + fp) : 0;
    recall![l] = tp + fn ? tp / (tp + fn) : 0;
    f1![l] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  const present = LABELS.filter((l) => LABELS.some((p) => matrix[l][p] > 0));
  const macroF1 = present.reduce((s, l) => s + f1![l], 0) / (present.length || 1);
  return {
    n: pairs.length,
    matrix,
    precision: precision!,
    recall: recall!,
    f1: f1!,
    macroF1,
    accuracy: pairs.length ? correct / pairs.length : 0,
  };
}

/**
 * The FNC-1 score as a share of the best possible: 0.25 for telling related from unrelated right, and 0.75 more
 * for the right label of a related pair (supports / denies / reports).
 */
export function fncScore(e: Evaluation): number {
  let got = 0;
  let best = 0;
  for (const g of LABELS)
    for (const p of LABELS) {
      const n = e.matrix[g][p];
      best += n * (g === 'unrelated' ? 0.25 : 1);
      if ((g === 'unrelated') === (p === 'unrelated')) got += 0.25 * n;
      if (g !== 'unrelated' && g === p) got += 0.75 * n;
    }
  return best ? got / best : 0;
}

export function formatEvaluation(e: Evaluation): string {
  const w = 11;
  const lines = [`${'gold \\ predicted'.padEnd(18)}${LABELS.map((l) => l.padStart(w)).join('')}`];
  for (const g of LABELS)
    lines.push(`${g.padEnd(18)}${LABELS.map((p) => String(e.matrix[g][p]).padStart(w)).join('')}`);
  lines.push('', `${'label'.padEnd(18)}${['precision', 'recall', 'f1', 'n'].map((h) => h.padStart(w)).join('')}`);
  for (const l of LABELS) {
    const n = LABELS.reduce((s, p) => s + e.matrix[l][p], 0);
    const scores = [e.precision[l], e.recall[l], e.f1[l]].map((x) => x.toFixed(3).padStart(w)).join('');
    lines.push(`${l.padEnd(18)}${scores}${String(n).padStart(w)}`);
  }
  lines.push('', ...LABELS.map((l) => `f1_${l}=${e.f1[l].toFixed(3)}`));
  lines.push(`macro_f1=${e.macroF1.toFixed(3)} accuracy=${e.accuracy.toFixed(3)} n=${e.n}`);
  return `${lines.join('\n')}\n`;
}
