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
  const p = probabilities(logits(model, x));
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
  const n = dense.length / 3;
  // Layout (see DenseVector.expand): shared block, short block, long block; "lexical.off" is feature 0 of each.
  dense[0] = 1;
  // The block of the text's kind is the one with anything in it (its length features are never zero).
  const block = dense.subarray(n, 2 * n).some((v) => v !== 0) ? n : 2 * n;
  dense[block] = 1;
  return { dense, hashed: new Int32Array(0), hashedValue: 0 };
}
