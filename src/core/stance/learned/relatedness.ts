import { isStopword, NEGATIONS, type Token } from '../../text/tokens.js';
import { conceptOf } from '../../text/lexicon.js';
import { rarity } from '../../text/rarity.js';

/**
 * The rule engine's relatedness (`relatedness` in classify.ts: weighted share of the claim's words in a text,
 * and of its words that are not names) with the claim's side worked out once: a claim is compared with many
 * sentences, and its word weights do not change. A test holds the two to the same figures.
 */

export interface ClaimWord {
  stem: string;
  concept: number | null;
  weight: number;
  /** Not a name and not a number. */
  rest: boolean;
}

/** The claim's content words with their weights (rare words, names and numbers weigh more). */
export function claimWords(tokens: Token[], text: string): ClaimWord[] {
  const out: ClaimWord[] = [];
  const seen = new Set<string>();
  for (const t of tokens) {
    if (isStopword(t.norm) || NEGATIONS.has(t.norm) || t.norm.length < 2 || seen.has(t.stem)) continue;
    seen.add(t.stem);
    const capital = /^\p{Lu}/u.test(text.slice(t.start, t.start + 1));
    const digit = /\d/.test(t.norm);
    const weight = rarity(t.norm) ** 1.5 + (digit ? 0.5 : 0) + (capital ? 0.3 : 0);
    out.push({ stem: t.stem, concept: conceptOf(t.stem), weight, rest: !capital && !digit });
  }
  return out;
}

/**
 * Share of the claim's weight found in the text (by stem, or by concept across languages), overall and without
 * names.
 */
export function relatedTo(
  words: readonly ClaimWord[],
  text: { stems: ReadonlySet<string>; concepts: ReadonlySet<number> },
): { all: number; rest: number } {
  let total = 0;
  let found = 0;
  let restTotal = 0;
  let restFound = 0;
  for (const w of words) {
    const hit = text.stems.has(w.stem) || (w.concept !== null && text.concepts.has(w.concept));
    total += w.weight;
    if (hit) found += w.weight;
    if (w.rest) {
      restTotal += w.weight;
      if (hit) restFound += w.weight;
    }
  }
  return { all: total ? found / total : 0, rest: restTotal ? restFound / restTotal : total ? found / total : 0 };
}
