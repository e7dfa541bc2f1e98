import type { StanceLabel } from '../../types.js';
import { width, type ModelFeatures, type StanceModel } from './model.js';
import { probabilities, logits } from './model.js';
import type { PairFeatures } from './features.js';

/**
 * Training a {@link StanceModel}: multinomial logistic regression by stochastic gradient descent with
 * AdaGrad step sizes, L2 decay on the weights a step touches, class weights, and a seeded shuffle, so the
 * same examples and seed give the same weights on any machine.
 */

export interface Example {
  x: PairFeatures;
  label: number;
  /** How much this example counts (class weighting, dataset balance). */
  weight: number;
}

export interface TrainOptions {
  labels: StanceLabel[];
  denseNames: string[];
  hashBits: number;
  features: ModelFeatures;
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

/** A small seeded generator (mulberry32): deterministic shuffles. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Fit a model to the examples. */
export function trainModel(examples: readonly Example[], o: TrainOptions): StanceModel {
  const k = o.labels.length;
  const d = o.denseNames.length;
  const w = width(o);
  const model: StanceModel = {
    labels: o.labels,
    denseNames: o.denseNames,
    hashBits: o.hashBits,
    features: o.features,
    weights: new Float32Array(k * w),
    bias: new Float32Array(k),
  };
  const g2 = new Float32Array(k * w).fill(1e-8);
  const b2 = new Float32Array(k).fill(1e-8);
  const random = seededRandom(o.seed);
  const step = (i: number, grad: number) => {
    g2[i]! += grad * grad;
    model.weights[i]! -= (o.rate * grad) / Math.sqrt(g2[i]!);
  };
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const ex of shuffled(examples, random)) {
      const p = probabilities(logits(model, ex.x));
      for (let c = 0; c < k; c++) {
        const err = ex.weight * (p[c]! - (c === ex.label ? 1 : 0));
        const row = c * w;
        for (let j = 0; j < d; j++) {
          const x = ex.x.dense[j]!;
          if (x !== 0) step(row + j, err * x + o.l2 * model.weights[row + j]!);
        }
        for (const h of ex.x.hashed) step(row + d + h, err * ex.x.hashedValue + o.l2 * model.weights[row + d + h]!);
        b2[c]! += err * err;
        model.bias[c]! -= (o.rate * err) / Math.sqrt(b2[c]!);
      }
    }
  }
  return model;
}
