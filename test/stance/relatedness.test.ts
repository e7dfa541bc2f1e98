import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relatedness, textKeys } from '../../src/core/stance/classify.js';
import { claimWords, relatedTo } from '../../src/core/stance/learned/relatedness.js';
import { normaliseText } from '../../src/core/text/normalise.js';
import { tokenize } from '../../src/core/text/tokens.js';

describe("the learned judge's relatedness", () => {
  it("gives the rule engine's figures on every pair of the dev set, in every language", () => {
    const rows = readFileSync(new URL('../fixtures/stance/dev.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { claim: string; text: string });
    for (const { claim, text } of rows) {
      const c = normaliseText(claim);
      const tokens = tokenize(c);
      const keys = textKeys(tokenize(normaliseText(text)));
      const want = relatedness(tokens, c, keys);
      const got = relatedTo(claimWords(tokens, c), keys);
      expect(got.all).toBeCloseTo(want.all, 12);
      expect(got.rest).toBeCloseTo(want.rest, 12);
    }
  });
});
