import { describe, expect, it } from 'vitest';
import { fncScore, scorePredictions } from '../../src/core/stance/evaluate.js';
import type { StanceLabel } from '../../src/core/types.js';

const pairs = (spec: Array<[StanceLabel, StanceLabel, number]>) =>
  spec.flatMap(([g, p, n]) => Array.from({ length: n }, () => [g, p] as const));

describe('stance scores', () => {
  it('gives precision, recall and F1 for each label', () => {
    // Four denials, three found; one support called a denial.
    const e = scorePredictions(
      pairs([
        ['denies', 'denies', 3],
        ['denies', 'reports', 1],
        ['supports', 'denies', 1],
        ['supports', 'supports', 2],
      ]),
    );
    expect(e.precision.denies).toBeCloseTo(3 / 4);
    expect(e.recall.denies).toBeCloseTo(3 / 4);
    expect(e.f1.denies).toBeCloseTo(0.75);
    expect(e.recall.supports).toBeCloseTo(2 / 3);
    expect(e.precision.reports).toBe(0);
  });

  it('averages macro-F1 over the labels the gold set has: a set without unrelated pairs is not marked down', () => {
    const e = scorePredictions(
      pairs([
        ['supports', 'supports', 2],
        ['denies', 'denies', 2],
        ['reports', 'reports', 2],
      ]),
    );
    expect(e.macroF1).toBe(1);
  });

  it('scores FNC-1 style: a quarter for related or not, the rest for the right stance of a related pair', () => {
    // Best possible: 2 unrelated × 0.25 + 2 related × 1 = 2.5.
    // Got: unrelated right (0.5), a denial called a support (0.25), a report right (1) = 1.75.
    const e = scorePredictions([
      ['unrelated', 'unrelated'],
      ['unrelated', 'unrelated'],
      ['denies', 'supports'],
      ['reports', 'reports'],
    ]);
    expect(fncScore(e)).toBeCloseTo(1.75 / 2.5);
  });

  it('gives nothing for calling a related pair unrelated', () => {
    expect(fncScore(scorePredictions([['denies', 'unrelated']]))).toBe(0);
  });
});
