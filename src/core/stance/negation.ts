import { matches, NEGATOR, TURKISH_VERB_NEGATION } from './cues.js';
import { tokenize } from '../text/tokens.js';

/**
 * Polarity by negation parity: the claim and the text are read with the same rule, so "cannot resell …
 * without consent" agrees with itself and "has not changed" agrees with "no change".
 */

/** Odd number of negations in the whole text (used for a claim's own wording). */
export function negationParity(text: string): boolean {
  const lower = text.toLowerCase();
  const n = matches(NEGATOR, lower).length + (TURKISH_VERB_NEGATION.test(lower) ? 1 : 0);
  return n % 2 === 1;
}

/**
 * Odd number of negations that reach the claim's words: a negator shortly before a term (same clause),
 * or a Turkish negative verb form after one.
 */
export function negationNearTerms(clause: string, termOffsets: number[], ownStems: ReadonlySet<string> = new Set()): boolean {
  if (!termOffsets.length) return false;
  const lower = clause.toLowerCase();
  let n = 0;
  for (const m of matches(NEGATOR, lower)) {
    const end = m.index + m[0].length;
    // A negator that is part of the claim's own phrase ("without exaggeration", "no return") is wording, not negation.
    const [self, next] = tokenize(lower.slice(m.index, end + 30));
    if (self && next && ownStems.has(self.stem) && ownStems.has(next.stem)) continue;
    if (termOffsets.some((t) => t >= end - 1 && t - end <= 45)) n++;
  }
  TURKISH_VERB_NEGATION.lastIndex = 0;
  const tr = TURKISH_VERB_NEGATION.exec(lower);
  if (tr && termOffsets.some((t) => t <= tr.index + tr[0].length && tr.index - t <= 60)) n++;
  return n % 2 === 1;
}
