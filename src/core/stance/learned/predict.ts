import type { StanceLabel } from '../../types.js';
import type { PairFeatures } from './features.js';
import { logits, probabilities, type StanceModel } from './model.js';

/**
 * The learned judge's decision: the most probable label, optionally among a subset (the bot asks about a
 * sentence already matched to a claim, so "unrelated" is not an answer there).
 */

export interface Decision {
  label: StanceLabel;
  probability: number;
}

export function decide(model: StanceModel, x: PairFeatures, among?: readonly StanceLabel[]): Decision {
  const scores = logits(model, x);
  const offsets = model.offsets?.[x.kind];
  if (offsets) for (let k = 0; k < scores.length; k++) scores[k]! += offsets[k] ?? 0;
  const p = probabilities(scores);
  let best = -1;
  for (let k = 0; k < model.labels.length; k++) {
    if (among && !among.includes(model.labels[k]!)) continue;
    if (best < 0 || p[k]! > p[best]!) best = k;
  }
  return { label: model.labels[best]!, probability: p[best]! };
}

/** The same features without the English words (what the judge sees of a text in another language). */
export function withoutLexical(x: PairFeatures): PairFeatures {
  const dense = Float64Array.from(x.dense);
  for (const i of x.lexicalOff) dense[i] = 1;
  return { dense, kind: x.kind, lexicalOff: x.lexicalOff, hashed: new Int32Array(0), hashedValue: 0 };
}
