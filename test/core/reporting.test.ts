import { describe, expect, it } from 'vitest';
import { pronounSpeaker, reportingCues } from '../../src/core/statements/attribution.js';

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

  it('finds French verbs inverted after a quote, and their pronoun as the speaker', () => {
    for (const s of [
      '« Rien n’a été décidé », a-t-il déclaré.',
      '« Aucune vente », précise-t-elle, avant de partir.',
      '« Pas maintenant », dit-il.',
    ]) {
      const cues = reportingCues(s);
      expect(cues.length, s).toBe(1);
      expect(pronounSpeaker(s, cues[0]!.at), s).toBe(true);
    }
    // A hyphenated word that is no inversion is no speaker.
    expect(pronounSpeaker('Le Saint-Gilles a déclaré forfait.', 16)).toBe(false);
  });

  it('does not take a verb inside a longer word', () => {
    expect(cues('The unsaid part and the misreported figure')).toEqual([]);
  });
});
