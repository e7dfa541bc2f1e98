import { describe, expect, it } from 'vitest';
import { cueFeatures } from '../../src/core/stance/learned/cue-features.js';
import { DenseVector } from '../../src/core/stance/learned/dense.js';
import { pairFeatures, textKind } from '../../src/core/stance/learned/features.js';
import { prepareClaim, prepareText } from '../../src/core/stance/learned/prepare.js';

/** The judge's own cue classes, read off one pair (the named features, not the model). */
function cues(claim: string, text: string, language: string): Record<string, number> {
  // Any pair first, so the feature layout is fixed before a lone block is written.
  pairFeatures(prepareClaim('x', 'en'), prepareText('x', 'en'), { lexical: false, hashBits: 1 });
  const c = prepareClaim(claim, language);
  const t = prepareText(text, language);
  const names: string[] = [];
  const values: number[] = [];
  const v = { set: (n: string, x: number) => (names.push(n), values.push(x)) } as unknown as DenseVector;
  cueFeatures(
    v,
    c,
    t,
    t.sentences.map((_, i) => i),
  );
  return Object.fromEntries(names.map((n, i) => [n, values[i]!]));
}

describe("the learned judge's own cue classes", () => {
  it('hear a refutation in English, Russian and Turkish alike', () => {
    const en = cues('The mayor has resigned.', 'City hall denied reports that the mayor had resigned.', 'en');
    const ru = cues('Мэр ушёл в отставку.', 'В мэрии опровергли сообщения об отставке мэра.', 'ru');
    const tr = cues('Belediye başkanı istifa etti.', 'Belediye, başkanın istifa ettiği haberlerini yalanladı.', 'tr');
    for (const f of [en, ru, tr]) expect(f['cw.near.refute.any']).toBe(1);
    expect(en['cw.known']).toBe(1);
  });

  it('hear hedging and attribution apart from a flat statement', () => {
    const hedged = cues('The plant will close.', 'The plant may reportedly close next year, sources say.', 'en');
    const flat = cues('The plant will close.', 'The plant will close next year.', 'en');
    expect(hedged['cw.near.hedge.any']).toBe(1);
    expect(hedged['cw.near.attribute.any']).toBe(1);
    expect(flat['cw.near.hedge.any']).toBe(0);
    expect(flat['cw.near.refute.any']).toBe(0);
  });

  it("do not count the claim's own words as a cue", () => {
    const f = cues('The court rejected the appeal.', 'The court rejected the appeal on Monday.', 'en');
    expect(f['cw.near.refute.any']).toBe(0);
  });

  it('notice when the text negates and the claim does not', () => {
    expect(cues('The bridge is open.', 'The bridge is not open.', 'en')['cw.negation.differs']).toBe(1);
    expect(cues('The bridge is open.', 'The bridge is open again.', 'en')['cw.negation.differs']).toBe(0);
    expect(cues('Köprü açıldı.', 'Köprü açılmadı.', 'tr')['cw.negation.differs']).toBe(1);
  });

  it('read a headline, a statement and a body as different kinds of text', () => {
    expect(textKind(prepareText('Mayor quits amid funding row', 'en'))).toBe('head');
    expect(textKind(prepareText('The mayor quit on Monday amid a funding row.', 'en'))).toBe('short');
    const body = Array.from({ length: 6 }, (_, i) => `Sentence number ${i + 1} of the body is here.`).join(' ');
    expect(textKind(prepareText(body, 'en'))).toBe('long');
  });
});
