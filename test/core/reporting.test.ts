import { describe, expect, it } from 'vitest';
import { reportingCues } from '../../src/core/statements/attribution.js';

/** Reporting constructions are found on lower-cased text; what comes back is the sentence's own words and offsets. */
describe('reporting cues', () => {
  const cues = (s: string) => reportingCues(s).map((c) => [c.kind, c.text, c.at]);

  it('finds the verb in any case, and gives back the words as written', () => {
    expect(cues('The ministry DENIED it, Reuters Reported, and Erdogan Said so.')).toEqual([
      ['deny', 'DENIED', 13],
      ['report', 'Reported', 32],
      ['assert', 'Said', 54],
    ]);
  });

  it('keeps offsets right when lower-casing would lengthen the text ("İ" becomes two code units)', () => {
    const s = 'İbrahim Kalın dedi ki İstanbul görüşmesi yapılmadı, Peskov ise Отрицает это.';
    const found = reportingCues(s);
    expect(found.map((c) => c.kind)).toEqual(['assert', 'deny']);
    for (const c of found) expect(s.slice(c.at, c.at + c.text.length)).toBe(c.text);
    expect(found[1]!.text).toBe('Отрицает');
  });

  it('does not take a verb inside a longer word', () => {
    expect(cues('The unsaid part and the misreported figure')).toEqual([]);
  });
});
