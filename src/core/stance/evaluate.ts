import { z } from 'zod';
import { UsageError } from '../../errors.js';
import type { StanceLabel } from '../types.js';

/** Evaluation of a stance judge on labelled pairs: confusion matrix, per-label F1, macro-F1, accuracy. */

export const LABELS: StanceLabel[] = ['supports', 'denies', 'reports', 'unrelated'];
const row = z.object({ claim: z.string().min(1), text: z.string().min(1), label: z.enum(['supports', 'denies', 'reports', 'unrelated']) });
export type EvalRow = z.infer<typeof row>;

/** Parse JSONL; a bad line stops with its line number. Blank lines are skipped. */
export function parseEvalLines(raw: string, name: string): EvalRow[] {
  const out: EvalRow[] = [];
  raw.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new UsageError('bad-jsonl', `${name}:${i + 1}: not valid JSON`);
    }
    const parsed = row.safeParse(json);
    if (!parsed.success) throw new UsageError('bad-jsonl', `${name}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'line'}: ${x.message}`).join('; ')}`);
    out.push(parsed.data);
  });
  if (!out.length) throw new UsageError('empty', `${name}: no labelled pairs`);
  return out;
}

export interface Evaluation {
  n: number;
  matrix: Record<StanceLabel, Record<StanceLabel, number>>;
  f1: Record<StanceLabel, number>;
  macroF1: number;
  accuracy: number;
}

export function evaluate(rows: EvalRow[], predict: (r: EvalRow) => StanceLabel): Evaluation {
  const matrix = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as Evaluation['matrix'];
  let correct = 0;
  for (const r of rows) {
    const p = predict(r);
    matrix[r.label][p]++;
    if (p === r.label) correct++;
  }
  const f1 = {} as Record<StanceLabel, number>;
  for (const l of LABELS) {
    const tp = matrix[l][l];
    const fp = LABELS.reduce((s, g) => s + (g === l ? 0 : matrix[g][l]), 0);
    const fn = LABELS.reduce((s, p) => s + (p === l ? 0 : matrix[l][p]), 0);
    f1[l] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  const present = LABELS.filter((l) => LABELS.some((p) => matrix[l][p] > 0));
  const macroF1 = present.reduce((s, l) => s + f1[l], 0) / (present.length || 1);
  return { n: rows.length, matrix, f1, macroF1, accuracy: correct / rows.length };
}

export function formatEvaluation(e: Evaluation): string {
  const w = 11;
  const lines = [`${'gold \\ predicted'.padEnd(18)}${LABELS.map((l) => l.padStart(w)).join('')}`];
  for (const g of LABELS) lines.push(`${g.padEnd(18)}${LABELS.map((p) => String(e.matrix[g][p]).padStart(w)).join('')}`);
  lines.push('', ...LABELS.map((l) => `f1_${l}=${e.f1[l].toFixed(3)}`));
  lines.push(`macro_f1=${e.macroF1.toFixed(3)} accuracy=${e.accuracy.toFixed(3)} n=${e.n}`);
  return `${lines.join('\n')}\n`;
}
