/**
 * Per-label offsets added to the model's scores before the most probable label is taken: a logistic model
 * trained with class weights answers the rare label too often or too seldom for the best macro-F1. The offsets
 * are chosen on pairs the model was not trained on (an inner split of the training data), by coordinate ascent
 * over a small grid. Labels that never occur in those pairs keep offset 0: nothing there says how to move them.
 */

export interface ScoredRow {
  scores: Float64Array;
  /** Index of the gold label. */
  gold: number;
}

const GRID = Array.from({ length: 41 }, (_, i) => -2 + i * 0.1);

/** Index of the highest score after the offsets. */
export function argmaxWith(scores: ArrayLike<number>, offsets: ArrayLike<number> | undefined): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k]! + (offsets?.[k] ?? 0);
    if (s > bestScore) [best, bestScore] = [k, s];
  }
  return best;
}

/** Macro-F1 over the labels that occur in the gold answers. */
export function macroF1(rows: readonly ScoredRow[], offsets: ArrayLike<number>, labels: number): number {
  const tp = new Array<number>(labels).fill(0);
  const fp = new Array<number>(labels).fill(0);
  const fn = new Array<number>(labels).fill(0);
  for (const r of rows) {
    const p = argmaxWith(r.scores, offsets);
    if (p === r.gold) tp[p]!++;
    else {
      fp[p]!++;
      fn[r.gold]!++;
    }
  }
  let sum = 0;
  let n = 0;
  for (let k = 0; k < labels; k++) {
    if (tp[k]! + fn[k]! === 0) continue;
    n++;
    sum += (2 * tp[k]!) / (2 * tp[k]! + fp[k]! + fn[k]!);
  }
  return n ? sum / n : 0;
}

/** Offsets that raise macro-F1 on the rows (0 for labels the rows never have as gold). */
export function tuneOffsets(rows: readonly ScoredRow[], labels: number, rounds = 3): number[] {
  const offsets = new Array<number>(labels).fill(0);
  const present = new Set(rows.map((r) => r.gold));
  let best = macroF1(rows, offsets, labels);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let k = 0; k < labels; k++) {
      if (!present.has(k)) continue;
      const keep = offsets[k]!;
      let bestAt = keep;
      for (const g of GRID) {
        offsets[k] = g;
        const f = macroF1(rows, offsets, labels);
        // Ties go to the smaller move.
        if (f > best + 1e-9 || (Math.abs(f - best) <= 1e-9 && Math.abs(g) < Math.abs(bestAt))) {
          if (f > best + 1e-9) moved = true;
          [best, bestAt] = [Math.max(f, best), g];
        }
      }
      offsets[k] = bestAt;
    }
    if (!moved) break;
  }
  return offsets;
}
