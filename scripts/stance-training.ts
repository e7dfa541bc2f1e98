import { fncScore, LABELS, scorePredictions } from '../src/core/stance/evaluate.js';
import type { StanceLabel } from '../src/core/types.js';
import { pairFeatures, type PairFeatures } from '../src/core/stance/learned/features.js';
import {
  prepareClaim,
  prepareText,
  type PreparedClaim,
  type PreparedText,
} from '../src/core/stance/learned/prepare.js';
import { decide, withoutLexical } from '../src/core/stance/learned/predict.js';
import type { StanceModel } from '../src/core/stance/learned/model.js';
import { seededRandom, type Example } from '../src/core/stance/learned/train.js';
import type { Pair } from './stance-data.js';

/** The training recipe: one place, written into the weights file with the figures it gave. */
export const TRAINING = {
  hashBits: 15,
  epochs: 20,
  rate: 0.05,
  l2: 1e-6,
  /** Share of training pairs shown without their English words, so the judge stands on the rule signals too. */
  lexicalDropout: 0.3,
  /** Class weights per dataset: (n / (labels × n_label)) ^ this. */
  classBalance: 1,
  /** Emergent is 2,071 pairs beside FNC-1's 49,972: each counts this much more. */
  datasetWeight: { emergent: 4, fnc1: 1, dev: 30 } as Record<Pair['dataset'], number>,
  withDev: true,
  lexicalByKind: true,
  claimMask: true,
  shared: true,
};

export interface Featurised {
  /** The training example(s) of pair i (with or without its words, decided once by the seed). */
  training(i: number): Example[];
  predict(model: StanceModel, i: number): StanceLabel;
}

/** Features of every pair, each body and claim read once. */
export function featurise(pairs: Pair[], progress: (n: number) => void): Featurised {
  const texts = new Map<string, PreparedText>();
  const claims = new Map<string, PreparedClaim>();
  const xs: PairFeatures[] = pairs.map((p, i) => {
    if (i % 5000 === 0 && i) progress(i);
    let t = texts.get(p.text);
    if (!t) texts.set(p.text, (t = prepareText(p.text, 'en')));
    let c = claims.get(p.claim);
    if (!c) claims.set(p.claim, (c = prepareClaim(p.claim, 'en')));
    return pairFeatures(c, t, {
      lexical: true,
      hashBits: TRAINING.hashBits,
      lexicalByKind: TRAINING.lexicalByKind,
      claimMask: TRAINING.claimMask,
      shared: TRAINING.shared,
    });
  });
  const weights = classWeights(pairs);
  const random = seededRandom(7);
  const dropped = pairs.map(() => random() < TRAINING.lexicalDropout);
  return {
    training: (i) => {
      const x = dropped[i] ? withoutLexical(xs[i]!) : xs[i]!;
      return [{ x, label: LABELS.indexOf(pairs[i]!.label), weight: weights[i]! }];
    },
    predict: (model, i) => decide(model, xs[i]!).label,
  };
}

function classWeights(pairs: Pair[]): number[] {
  const counts = new Map<string, number>();
  const sizes = new Map<string, number>();
  const labels = new Map<string, Set<string>>();
  for (const p of pairs) {
    counts.set(`${p.dataset}/${p.label}`, (counts.get(`${p.dataset}/${p.label}`) ?? 0) + 1);
    sizes.set(p.dataset, (sizes.get(p.dataset) ?? 0) + 1);
    labels.set(p.dataset, (labels.get(p.dataset) ?? new Set()).add(p.label));
  }
  return pairs.map((p) => {
    const balance = sizes.get(p.dataset)! / (labels.get(p.dataset)!.size * counts.get(`${p.dataset}/${p.label}`)!);
    return balance ** TRAINING.classBalance * TRAINING.datasetWeight[p.dataset];
  });
}

/** Lines of scores per dataset: macro-F1, per-class F1, accuracy, and the FNC score. */
export function foldScores(predicted: Array<{ pair: Pair; predicted: StanceLabel }>): string[] {
  const out: string[] = [];
  for (const dataset of ['emergent', 'fnc1', 'dev'] as const) {
    const rows = predicted.filter((p) => p.pair.dataset === dataset);
    if (!rows.length) continue;
    const e = scorePredictions(rows.map((r) => [r.pair.label, r.predicted] as const));
    const f1 = LABELS.filter((l) => LABELS.some((p) => e.matrix[l][p] > 0))
      .map((l) => `${l}=${e.f1[l].toFixed(3)}`)
      .join(' ');
    out.push(
      `${dataset.padEnd(8)} n=${String(e.n).padEnd(6)} macro_f1=${e.macroF1.toFixed(3)} accuracy=${e.accuracy.toFixed(3)} fnc_score=${fncScore(e).toFixed(3)} f1: ${f1}`,
    );
  }
  return out;
}
