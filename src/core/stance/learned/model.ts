import type { StanceLabel } from '../../types.js';
import type { PairFeatures } from './features.js';

/**
 * A multinomial logistic model over a pair's features: one weight row per label over the dense features and
 * the hashed block, plus a bias. Stored compactly: the hashed weights quantised to signed bytes (one scale),
 * base64 in a JSON file, with the dense feature names so a model and the feature code cannot drift apart.
 */

/** How the features were computed when the model was trained (the judge computes them the same way). */
export interface ModelFeatures {
  lexicalByKind: boolean;
  claimMask: boolean;
  shared: boolean;
}

export interface StanceModel {
  labels: StanceLabel[];
  denseNames: string[];
  hashBits: number;
  features: ModelFeatures;
  /** Row-major: labels × (dense + 2^hashBits). */
  weights: Float32Array;
  bias: Float32Array;
  /** Per-label offsets to the scores, by kind of text (see offsets.ts). */
  offsets?: Partial<Record<string, number[]>>;
}

export interface StoredModel {
  format: 'claimwatch-stance/1';
  labels: StanceLabel[];
  denseNames: string[];
  hashBits: number;
  features: ModelFeatures;
  /** The dense weights of every label, label after label, to five decimals (a few hundred numbers). */
  dense: number[];
  hashedScale: number;
  /** The hashed weights of every label, label after label: signed bytes × hashedScale, base64. */
  hashed: string;
  bias: number[];
  /** Per-label offsets added to the scores of a kind of text (chosen on held-out pairs; none: zero). */
  offsets?: Partial<Record<string, number[]>>;
  /** What the feature code computed for fixed pairs when the model was trained (see fingerprint.ts). */
  fingerprint?: string;
  /** What made it: seed, data, figures (for people; not read by the judge). */
  trainedOn?: Record<string, unknown>;
}

export const width = (m: Pick<StanceModel, 'denseNames' | 'hashBits'>) => m.denseNames.length + (1 << m.hashBits);

/** Raw scores (logits) per label. */
export function logits(m: StanceModel, x: PairFeatures): Float64Array {
  const d = m.denseNames.length;
  const w = width(m);
  const out = new Float64Array(m.labels.length);
  for (let k = 0; k < m.labels.length; k++) {
    const row = k * w;
    let s = m.bias[k]!;
    for (let j = 0; j < d; j++) if (x.dense[j] !== 0) s += m.weights[row + j]! * x.dense[j]!;
    for (let j = 0; j < x.hashed.length; j++) s += m.weights[row + d + x.hashed[j]!]! * x.hashedValue;
    out[k] = s;
  }
  return out;
}

/** Probabilities per label (softmax of the logits). */
export function probabilities(scores: Float64Array): Float64Array {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

function quantise(values: Float32Array): { scale: number; bytes: string } {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const q = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) q[i] = Math.round(values[i]! / scale);
  return { scale, bytes: Buffer.from(q.buffer).toString('base64') };
}

function dequantise(bytes: string, scale: number, into: Float32Array, at: (i: number) => number): void {
  const q = new Int8Array(Buffer.from(bytes, 'base64'));
  for (let i = 0; i < q.length; i++) into[at(i)] = q[i]! * scale;
}

/** The model as stored in models/stance.json. */
export function storeModel(m: StanceModel, trainedOn?: Record<string, unknown>, fingerprint?: string): StoredModel {
  const d = m.denseNames.length;
  const h = 1 << m.hashBits;
  const w = width(m);
  const dense = new Float32Array(m.labels.length * d);
  const hashed = new Float32Array(m.labels.length * h);
  for (let k = 0; k < m.labels.length; k++) {
    dense.set(m.weights.subarray(k * w, k * w + d), k * d);
    hashed.set(m.weights.subarray(k * w + d, (k + 1) * w), k * h);
  }
  const qh = quantise(hashed);
  return {
    format: 'claimwatch-stance/1',
    labels: m.labels,
    denseNames: m.denseNames,
    hashBits: m.hashBits,
    features: m.features,
    dense: [...dense].map((x) => Math.round(x * 1e5) / 1e5),
    hashedScale: qh.scale,
    hashed: qh.bytes,
    bias: [...m.bias].map((x) => Math.round(x * 1e5) / 1e5),
    ...(m.offsets ? { offsets: m.offsets } : {}),
    ...(fingerprint ? { fingerprint } : {}),
    trainedOn,
  };
}

/** A stored model back in memory; throws when it was made for other features than this code computes. */
export function loadModel(s: StoredModel, expectedNames: string[]): StanceModel {
  if (s.format !== 'claimwatch-stance/1') throw new Error(`unknown model format ${String(s.format)}`);
  const drift =
    s.denseNames.length !== expectedNames.length
      ? 'a different number of features'
      : s.denseNames.find((n, i) => n !== expectedNames[i]);
  if (drift)
    throw new Error(
      `the model was trained on other features than this code computes (${drift}); retrain with npm run train:stance`,
    );
  const d = s.denseNames.length;
  const h = 1 << s.hashBits;
  const w = d + h;
  const weights = new Float32Array(s.labels.length * w);
  s.dense.forEach((x, i) => (weights[Math.floor(i / d) * w + (i % d)] = x));
  dequantise(s.hashed, s.hashedScale, weights, (i) => Math.floor(i / h) * w + d + (i % h));
  return {
    labels: s.labels,
    denseNames: s.denseNames,
    hashBits: s.hashBits,
    features: s.features,
    weights,
    bias: Float32Array.from(s.bias),
    ...(s.offsets ? { offsets: s.offsets } : {}),
  };
}
