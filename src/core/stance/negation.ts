import { NEGATOR, TURKISH_VERB_NEGATION } from './cues.js';
import { execAll } from '../text/regex.js';
import { tokenize, type Token } from '../text/tokens.js';
import { CESSATION, POST_NEGATION } from './scope-words.js';
import { groups, reached } from './negation-scope.js';

/**
 * Negation and its scope. A negation denies a claim only when it reaches the claim's own predicate: the first
 * content words after "not" / "no" / "не" (past light verbs like "was", "было", "hubo"), or the words just
 * before a negation that follows its verb or noun (Turkish "görüşmedi", Korean "없었다", Russian "разговора не
 * было"). So "relations will not suffer from the deal" does not deny the deal. Negative concord ("nie było
 * żadnej rozmowy", "hiçbir zaman kullanılmadı") counts once. The claim and the text are read with the same rule,
 * so "cannot resell … without consent" agrees with itself and "has not changed" agrees with "no change".
 */

/**
 * Lower case for cue matching, one code unit for one: Turkish dotted capital İ becomes "i" (String#toLowerCase
 * makes it "i" and a combining dot, which no cue matches and which shifts every offset after it).
 */
export const lowerCase = (text: string): string => text.replace(/\u0130/g, 'i').toLowerCase();

/** Languages whose verbs carry negation as a suffix the Turkish rule reads ("kullanılmadı", "iade etmeyecek"). */
const SUFFIX_NEGATION = new Set(['tr', 'az']);

/**
 * Does the Turkish verb-suffix rule apply to text in `language` ('und' or unknown: only if it has Turkish
 * letters)?
 */
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

/** The negation words of a lower-cased clause, and the negations that follow their word (if a rule applies). */
export interface ClauseNegation {
  negators: Negator[];
  /** [start, end) of the first negative verb form, or null. */
  suffixed: [number, number] | null;
  /** [start, end) of every negation that follows the word it negates (Turkish, Korean, Japanese endings). */
  post: Array<[number, number]>;
  /** The clause's tokens (for the scope of each negation; empty when the clause has no negation). */
  tokens: Token[];
  /** The lower-cased clause itself. */
  text: string;
}

const TURKISH_VERBS = new RegExp(TURKISH_VERB_NEGATION.source, 'gu');

/** `tokens`: the clause's tokens when the caller has them already (they are read only if there is a negation). */
export function clauseNegation(lower: string, language?: string, tokens?: () => Token[]): ClauseNegation {
  const negators = execAll(NEGATOR, lower).map((m): Negator => {
    const end = m.index + m[0].length;
    const [self, next] = tokenize(lower.slice(m.index, end + 30));
    return { index: m.index, end, self: self?.stem, next: next?.stem };
  });
  const post: Array<[number, number]> = [];
  if (suffixNegationApplies(lower, language))
    for (const m of execAll(TURKISH_VERBS, lower)) post.push([m.index, m.index + m[0].length]);
  const suffixed = post[0] ?? null;
  for (const m of execAll(POST_NEGATION, lower)) post.push([m.index, m.index + m[0].length]);
  post.sort((a, b) => a[0] - b[0]);
  // Tokens are only needed for the scope of a negation: a clause without one (most) skips them.
  const words = negators.length || post.length ? (tokens?.() ?? tokenize(lower)) : [];
  return { negators, suffixed, post, tokens: words, text: lower };
}

/** Odd number of negations in the whole text (used for a claim's own wording); concord counts once. */
export function negationParity(text: string, language?: string): boolean {
  const lower = lowerCase(text);
  return groups(clauseNegation(lower, language), lower, new Set()).length % 2 === 1;
}

export interface ScopeOptions {
  /** The claim is itself about something ending ("removed from the programme"): "no longer" agrees with it. */
  claimCessation?: boolean;
  /**
   * Stems the claim itself negates ("not to escalate", "did not object"): a negation in the text that reaches
   * only these agrees with the claim. With this given, any negation reaching another word of the claim counts.
   */
  claimNegated?: ReadonlySet<string>;
  /** With `claimNegated`: a negative claim's words before its negation, the only ones a negation can deny. */
  claimAffirmed?: ReadonlySet<string> | null;
}

/**
 * Does a negation reach the claim's words (see the module note)? `termOffsets` are the offsets in the clause where
 * the claim's words start. Without `claimNegated`, negations are counted by parity (the claim's own negation is
 * the caller's to weigh); with it, one negation of a word the claim does not itself negate is enough.
 */
export function negationNearTerms(
  clause: string | ClauseNegation,
  termOffsets: number[],
  ownStems: ReadonlySet<string> = new Set(),
  language?: string,
  options: ScopeOptions = {},
): boolean {
  if (!termOffsets.length) return false;
  const neg = typeof clause === 'string' ? clauseNegation(lowerCase(clause), language) : clause;
  if (!neg.negators.length && !neg.post.length) return false;
  const lower = neg.text;
  const terms = new Set(termOffsets);
  const stemAt = options.claimNegated ? new Map(neg.tokens.map((t) => [t.start, t])) : null;
  let n = 0;
  const hits: number[][] = [];
  const all = groups(neg, lower, ownStems);
  for (const g of all) {
    // "No longer part of the programme" restates a claim of removal; it does not deny it.
    const hit =
      options.claimCessation && CESSATION.test(lower.slice(Math.max(0, g.start - 12), g.end + 16))
        ? []
        : reached(g, neg, terms, termOffsets);
    hits.push(hit);
    if (hit.length) n++;
  }
  if (!stemAt) return n % 2 === 1;
  const isNegatedWord = (o: number) => {
    const t = stemAt.get(o);
    return !!t && (options.claimNegated!.has(t.stem) || options.claimNegated!.has(t.short));
  };
  const reachedAll = new Set(hits.flat());
  return all.some((g, i) => {
    // The first word a negation reaches is what it negates ("no objection to the closure" negates the objection).
    const first = hits[i]!.length ? Math.min(...hits[i]!) : -1;
    if (first < 0 || !deniable(stemAt.get(first), options)) return false;
    // One negation and, further on, a word the claim negates that no negation reaches: the negation was raised
    // to the main verb ("does not consider it capable of damaging relations" for "does not damage relations").
    return !termOffsets.some((o) => o > g.end && isNegatedWord(o) && !reachedAll.has(o));
  });
}

/** Can a negation of this word of the clause deny the claim (see {@link ScopeOptions})? */
function deniable(t: Token | undefined, o: ScopeOptions): boolean {
  if (!t) return true;
  if (o.claimNegated!.has(t.stem) || o.claimNegated!.has(t.short)) return false;
  return !o.claimAffirmed || o.claimAffirmed.has(t.stem) || o.claimAffirmed.has(t.short);
}

export { claimNegation, negatedStems, type ClaimNegation } from './claim-negation.js';
