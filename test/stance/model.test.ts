import { describe, expect, it } from 'vitest';
import { loadModel, storeModel, type StanceModel } from '../../src/core/stance/learned/model.js';
import { decide } from '../../src/core/stance/learned/predict.js';
import { argmaxWith, macroF1, tuneOffsets } from '../../src/core/stance/learned/offsets.js';
import { seededRandom, trainModel, type Example } from '../../src/core/stance/learned/train.js';
import type { PairFeatures } from '../../src/core/stance/learned/features.js';
import type { StanceLabel } from '../../src/core/types.js';

const LABELS: StanceLabel[] = ['supports', 'denies', 'reports', 'unrelated'];
const NAMES = ['a', 'b', 'c'];
const features = { lexicalByKind: false, claimMask: false, shared: true };

/** A toy problem: feature a → supports, b → denies, c → reports; hashed word 5 pushes to unrelated. */
function toy(): Example[] {
  const random = seededRandom(1);
  const out: Example[] = [];
  for (let i = 0; i < 400; i++) {
    const label = Math.floor(random() * 4);
    const dense = new Float64Array(3);
    if (label < 3) dense[label] = 1;
    const hashed = label === 3 ? Int32Array.from([5]) : new Int32Array(0);
    out.push({ x: { dense, kind: 'short', lexicalOff: [], hashed, hashedValue: 1 }, label, weight: 1 });
  }
  return out;
}

const train = (seed: number): StanceModel =>
  trainModel(toy(), { labels: LABELS, denseNames: NAMES, hashBits: 4, features, epochs: 5, rate: 0.5, l2: 0, seed });

describe('the learned stance model', () => {
  it('learns a simple rule from examples', () => {
    const m = train(3);
    const x = (d: number[], h: number[] = []): PairFeatures => ({
      dense: Float64Array.from(d),
      kind: 'short',
      lexicalOff: [],
      hashed: Int32Array.from(h),
      hashedValue: 1,
    });
    expect(decide(m, x([0, 1, 0])).label).toBe('denies');
    expect(decide(m, x([0, 0, 0], [5])).label).toBe('unrelated');
  });

  it('gives the same weights for the same examples and seed', () => {
    expect(Array.from(train(3).weights)).toEqual(Array.from(train(3).weights));
  });

  it('answers among the labels it is asked for: a matched statement is never "unrelated"', () => {
    const m = train(3);
    const d = decide(
      m,
      { dense: new Float64Array(3), kind: 'short', lexicalOff: [], hashed: Int32Array.from([5]), hashedValue: 1 },
      ['supports', 'denies', 'reports'],
    );
    expect(d.label).not.toBe('unrelated');
  });

  it('keeps its decisions when stored compactly and read back', () => {
    const m = train(3);
    const back = loadModel(JSON.parse(JSON.stringify(storeModel(m))), NAMES);
    for (const ex of toy().slice(0, 50)) expect(decide(back, ex.x).label).toBe(decide(m, ex.x).label);
  });

  it('refuses weights made for other features, and says to retrain', () => {
    const stored = storeModel(train(3));
    expect(() => loadModel(stored, ['a', 'b', 'renamed'])).toThrow(/npm run train:stance/);
  });
});

describe('score offsets chosen on held-out pairs', () => {
  // Label 1 is rare and its scores run low: with no offset it is never answered.
  const rows = Array.from({ length: 200 }, (_, i) => {
    const gold = i % 10 === 0 ? 1 : 0;
    return { gold, scores: Float64Array.from([1, gold ? 0.7 : 0.2, -5, -5]) };
  });

  it('answer a rare label the model under-calls, raising macro-F1', () => {
    expect(macroF1(rows, [0, 0, 0, 0], 4)).toBeLessThan(0.5);
    const offsets = tuneOffsets(rows, 4);
    expect(macroF1(rows, offsets, 4)).toBe(1);
    expect(argmaxWith(rows[0]!.scores, offsets)).toBe(1);
  });

  it('leave labels the held-out pairs never have where they were', () => {
    const offsets = tuneOffsets(rows, 4);
    expect(offsets[2]).toBe(0);
    expect(offsets[3]).toBe(0);
  });
});
