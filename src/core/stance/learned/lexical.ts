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
export interface LexicalOptions {
  /** Sentences to read (default: all). */
  focus?: number[];
  /** Also count each word for this kind of text ('' = no). */
  kind?: string;
  /** Count each word for every kind of text (default true). */
  shared?: boolean;
  /** The claim's own words as one placeholder. */
  claimMask?: boolean;
}

export function lexicalFeatures(
  claim: PreparedClaim,
  text: PreparedText,
  bits: number,
  o: LexicalOptions = {},
): Int32Array {
  const { focus, kind = '', shared = true, claimMask = false } = o;
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
      // The claim's own words become one placeholder: what is said about them is the stance, not which they are.
      const word = claimMask && claim.stems.has(t.stem) ? '<claim>' : t.norm;
      const w = negatedFor > 0 ? `¬${word}` : word;
      negatedFor = NEGATORS.has(t.norm) ? 3 : Math.max(0, negatedFor - 1);
      // Each word twice: once shared by every kind of text, once for this kind only (a headline's "hoax" is not
      // a body's).
      const names = [
        ...(shared ? [`w:${w}`, `b:${prev}|${w}`] : []),
        ...(kind ? [`${kind}w:${w}`, `${kind}b:${prev}|${w}`] : []),
      ];
      // The stem as well (a headline's "denies" meets a body's "denied"), and the word's letters in fours
      // ("debunk" inside "debunked"), except for the claim's own words.
      if (word !== '<claim>') {
        names.push(`s:${w === word ? '' : '¬'}${t.stem}`);
        const padded = `<${t.norm}>`;
        for (let k = 0; k + 4 <= padded.length; k++) names.push(`c4:${padded.slice(k, k + 4)}`);
      }
      for (const f of names) {
        if (seen.has(f)) continue;
        seen.add(f);
        out.push(hashString(f) & mask);
      }
      prev = word;
    }
  }
  return Int32Array.from(out);
}
