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
import { seededRandom, shuffled, type Example } from '../src/core/stance/learned/train.js';
import { logits } from '../src/core/stance/learned/model.js';
import { tuneOffsets } from '../src/core/stance/learned/offsets.js';
import type { Pair } from './stance-data.js';

/** The training recipe: one place, written into the weights file with the figures it gave. */
export const TRAINING = {
  hashBits: 15,
  epochs: 20,
  rate: 0.05,
  l2: 1e-6,
  /** Share of training pairs shown without their English words, so the judge stands on the rule signals too. */
  lexicalDropout: 0.15,
  /** Class weights per dataset: (n / (labels × n_label)) ^ this. */
  classBalance: 1,
  /** Emergent is 2,071 pairs beside FNC-1's 49,972: each counts this much more. */
  datasetWeight: { emergent: 8, fnc1: 1, dev: 30 } as Record<Pair['dataset'], number>,
  withDev: true,
  /**
   * Choose per-label score offsets for bodies (on FNC-1) and headlines (on Emergent) on a quarter of the
   * training claims and bodies held out from a first fit (see offsets.ts).
   */
  tuneOffsets: false,
  lexicalByKind: true,
  claimMask: true,
  shared: true,
};

export interface Featurised {
  /** The training example(s) of pair i (with or without its words, decided once by the seed). */
  training(i: number): Example[];
  predict(model: StanceModel, i: number): StanceLabel;
  /** The features of pair i as the judge sees them. */
  features(i: number): PairFeatures;
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
    features: (i) => xs[i]!,
  };
}

/** Which dataset's pairs choose the offsets of each kind of text. */
const TUNED_ON: Record<string, Pair['dataset']> = { head: 'emergent', long: 'fnc1' };

/**
 * Per-label offsets for a model to be trained on the pairs `indices`: a first model is fitted on three
 * quarters of their groups, and the offsets are chosen on the fourth (never on pairs outside `indices`).
 */
export function heldOutOffsets(
  pairs: Pair[],
  examples: Featurised,
  indices: number[],
  fit: (train: Example[]) => StanceModel,
  seed: number,
): Record<string, number[]> {
  const groups = [...new Set(indices.map((i) => pairs[i]!.group))].sort();
  const held = new Set(shuffled(groups, seededRandom(seed)).slice(0, Math.floor(groups.length / 4)));
  const model = fit(indices.filter((i) => !held.has(pairs[i]!.group)).flatMap((i) => examples.training(i)));
  const out: Record<string, number[]> = {};
  for (const [kind, dataset] of Object.entries(TUNED_ON)) {
    const rows = indices
      .filter((i) => held.has(pairs[i]!.group) && pairs[i]!.dataset === dataset)
      .map((i) => ({ x: examples.features(i), gold: LABELS.indexOf(pairs[i]!.label) }))
      .filter((r) => r.x.kind === kind)
      .map((r) => ({ scores: logits(model, r.x), gold: r.gold }));
    if (rows.length) out[kind] = tuneOffsets(rows, LABELS.length).map((x) => Math.round(x * 100) / 100);
  }
  return out;
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
      `${dataset.padEnd(8)} n=${String(e.n).padEnd(6)} macro_f1=${e.macroF1.toFixed(3)} ` +
        `accuracy=${e.accuracy.toFixed(3)} fnc_score=${fncScore(e).toFixed(3)} f1: ${f1}`,
    );
  }
  return out;
}
