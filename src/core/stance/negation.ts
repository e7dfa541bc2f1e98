import { NEGATOR, TURKISH_VERB_NEGATION } from './cues.js';
import { execAll } from '../text/regex.js';
import { tokenize } from '../text/tokens.js';

/**
 * Polarity by negation parity: the claim and the text are read with the same rule, so "cannot resell …
 * without consent" agrees with itself and "has not changed" agrees with "no change".
 */

/** Languages whose verbs carry negation as a suffix the Turkish rule reads ("kullanılmadı", "iade etmeyecek"). */
const SUFFIX_NEGATION = new Set(['tr', 'az']);

/** Does the Turkish verb-suffix rule apply to text in `language` ('und' or unknown: only if it has Turkish letters)? */
function suffixNegationApplies(text: string, language: string | undefined): boolean {
  if (language && language !== 'und') return SUFFIX_NEGATION.has(language);
  return /[ığş]/u.test(text);
}

/** A negation word in a clause, and the first two words from it (to tell wording from negation). */
export interface Negator {
  index: number;
  end: number;
  self: string | undefined;
  next: string | undefined;
}

/** The negation words of a lower-cased clause, and the Turkish negative verb in it (if the rule applies). */
export interface ClauseNegation {
  negators: Negator[];
  /** [start, end) of the first negative verb form, or null. */
  suffixed: [number, number] | null;
}

export function clauseNegation(lower: string, language?: string): ClauseNegation {
  const negators = execAll(NEGATOR, lower).map((m): Negator => {
    const end = m.index + m[0].length;
    const [self, next] = tokenize(lower.slice(m.index, end + 30));
    return { index: m.index, end, self: self?.stem, next: next?.stem };
  });
  let suffixed: [number, number] | null = null;
  if (suffixNegationApplies(lower, language)) {
    TURKISH_VERB_NEGATION.lastIndex = 0;
    const tr = TURKISH_VERB_NEGATION.exec(lower);
    if (tr) suffixed = [tr.index, tr.index + tr[0].length];
  }
  return { negators, suffixed };
}

/** Odd number of negations in the whole text (used for a claim's own wording). */
export function negationParity(text: string, language?: string): boolean {
  const { negators, suffixed } = clauseNegation(text.toLowerCase(), language);
  return (negators.length + (suffixed ? 1 : 0)) % 2 === 1;
}

/**
 * Odd number of negations that reach the claim's words: a negator shortly before a term (same clause),
 * or a Turkish negative verb form after one.
 */
export function negationNearTerms(
  clause: string | ClauseNegation,
  termOffsets: number[],
  ownStems: ReadonlySet<string> = new Set(),
  language?: string,
): boolean {
  if (!termOffsets.length) return false;
  const { negators, suffixed } = typeof clause === 'string' ? clauseNegation(clause.toLowerCase(), language) : clause;
  let n = 0;
  for (const m of negators) {
    // A negator that is part of the claim's own phrase ("without exaggeration", "no return") is wording, not negation.
    if (m.self && m.next && ownStems.has(m.self) && ownStems.has(m.next)) continue;
    if (termOffsets.some((t) => t >= m.end - 1 && t - m.end <= 45)) n++;
  }
  if (suffixed && termOffsets.some((t) => t <= suffixed[1] && suffixed[0] - t <= 60)) n++;
  return n % 2 === 1;
}
