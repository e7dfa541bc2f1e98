import type { PreparedClaim, PreparedText } from './prepare.js';

/**
 * Hashed English words and word pairs of the sentences that carry the claim (the whole text when it is a
 * headline or a statement). Words after a negation within three words are marked, so "not confirmed" and
 * "confirmed" are different features. The training data is English: the judge uses these for English only.
 */

const NEGATORS = new Set(['not', 'no', 'never', "n't", 'nor', 'without', 'neither', 'none', 'nothing']);

/** 32-bit FNV-1a of a string. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Hashed indices (0 … 2^bits − 1) of the focus sentences' words and word pairs. */
export function lexicalFeatures(claim: PreparedClaim, text: PreparedText, bits: number, focus?: number[]): Int32Array {
  const mask = (1 << bits) - 1;
  const out: number[] = [];
  const at = focus ?? text.sentences.map((_, i) => i);
  const seen = new Set<string>();
  for (const i of at) {
    const s = text.sentences[i];
    if (!s) continue;
    let prev = '^';
    let negatedFor = 0;
    for (const t of s.tokens) {
      const w = negatedFor > 0 ? `¬${t.norm}` : t.norm;
      negatedFor = NEGATORS.has(t.norm) ? 3 : Math.max(0, negatedFor - 1);
      for (const f of [`w:${w}`, `b:${prev}|${w}`]) {
        if (seen.has(f)) continue;
        seen.add(f);
        out.push(hashString(f) & mask);
      }
      prev = t.norm;
    }
  }
  return Int32Array.from(out);
}
