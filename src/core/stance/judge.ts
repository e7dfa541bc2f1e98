import type { Stance } from '../types.js';
import { stem as stemOf, tokenize } from '../text/tokens.js';
import { DENY, HEDGE, NEGATED_DENIAL, NEGATOR, NO_COMMENT, RELAY, SUPPORT, TURKISH_VERB_NEGATION, matches } from './cues.js';

/**
 * The stance a piece of text takes towards one claim, from cue words with negation scope.
 * Cue words that are part of the claim's own wording ("rejected" in "the court rejected the appeal")
 * are content, not stance, and are ignored.
 */

export interface StanceVerdict {
  stance: Stance;
  confidence: number;
  /** Short machine-readable reason: which rule decided. */
  rule: string;
}

export interface StanceQuestion {
  /** The clause or sentence to judge. */
  text: string;
  /** Stems of the claim's wording (terms, canonical text). */
  claimStems: ReadonlySet<string>;
  /** The claim is itself negative ("… never used"). */
  claimNegative: boolean;
  /** Character offsets in `text` where the claim's terms were found. */
  termOffsets: number[];
}

const CLAUSE_BREAK = /;|,?\s+(?:and that|but|while|whereas|however|и что|а также|но|ancak|ama|fakat|mais|aber|pero)\s+|,\s+(?:and|и|ve|et|und|y)\s+/giu;

/** Split a sentence into clauses at coordinating breaks; returns [start, end) offsets. */
export function clauses(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let last = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    out.push([last, m.index]);
    last = m.index + m[0].length;
  }
  out.push([last, text.length]);
  return out;
}

function ownWords(text: string, claimStems: ReadonlySet<string>) {
  return (m: RegExpExecArray) => {
    const words = tokenize(m[0]);
    return words.length > 0 && words.every((w) => claimStems.has(w.stem) || claimStems.has(stemOf(w.norm)));
  };
}

/** Negation close before (or, in Turkish, on) a claim term, within the same clause. */
function negatesContent(text: string, termOffsets: number[]): boolean {
  for (const m of matches(NEGATOR, text)) {
    const at = m.index + m[0].length;
    if (termOffsets.some((t) => t >= at - 1 && t - at <= 45) || termOffsets.some((t) => t < m.index && m.index - t <= 25)) return true;
  }
  return TURKISH_VERB_NEGATION.test(text);
}

/** Judge the stance of `text` towards a claim. */
export function judgeStance(q: StanceQuestion): StanceVerdict {
  const lower = q.text.toLowerCase();
  const own = ownWords(lower, q.claimStems);
  const negatedDenials = matches(NEGATED_DENIAL, lower);
  const denials = matches(DENY, lower).filter(
    (m) => !own(m) && !negatedDenials.some((n) => m.index >= n.index && m.index < n.index + n[0].length),
  );
  const noComment = matches(NO_COMMENT, lower).length > 0;
  if (denials.length && !noComment) return { stance: 'denies', confidence: 0.8, rule: 'denial-cue' };
  if (noComment) return { stance: 'reports', confidence: 0.55, rule: 'no-comment' };
  if (negatedDenials.length) return { stance: 'reports', confidence: 0.55, rule: 'negated-denial' };
  const contentNegated = q.termOffsets.length > 0 && negatesContent(lower, q.termOffsets);
  if (contentNegated !== q.claimNegative) return { stance: 'denies', confidence: 0.65, rule: 'negation' };
  const hedged = matches(HEDGE, lower).some((m) => !own(m)) || /\?\s*["'’]?\s*$/.test(q.text);
  const relayed = matches(RELAY, lower).some((m) => !own(m));
  if (hedged || relayed) return { stance: 'reports', confidence: hedged ? 0.65 : 0.6, rule: hedged ? 'hedge' : 'relay' };
  const confirmed = matches(SUPPORT, lower).some((m) => !own(m));
  return { stance: 'supports', confidence: confirmed ? 0.75 : 0.6, rule: confirmed ? 'support-cue' : 'assertion' };
}
