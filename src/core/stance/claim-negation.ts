import { isStopword, NEGATIONS } from '../text/tokens.js';
import { clauseNegation } from './negation.js';
import { groups, reached } from './negation-scope.js';

/** What a claim's own wording negates, and the words it states before its first negation. */
export interface ClaimNegation {
  /** Stems the claim negates ("not to escalate" → escalate; "did not object" → object). */
  negated: Set<string>;
  /**
   * Stems before the claim's first negation ("Kyiv was informed … and did not object" → kyiv, informed), or null
   * when the claim has no negation. In a negative claim only these can be denied by a negation: the words after
   * its negation are what the claim already says is not so ("does not damage relations" against "has not
   * affected the dialogue").
   */
  before: Set<string> | null;
}

export function claimNegation(text: string, language?: string): ClaimNegation {
  const neg = clauseNegation(text.toLowerCase(), language);
  const content = neg.tokens.filter((t) => !isStopword(t.norm) && !NEGATIONS.has(t.norm));
  const offsets = content.map((t) => t.start);
  const negated = new Set<string>();
  const byStart = new Map(content.map((t) => [t.start, t]));
  const all = groups(neg, neg.text, new Set());
  for (const g of all) for (const o of reached(g, neg, new Set(offsets), offsets)) negated.add(byStart.get(o)!.stem);
  if (!all.length) return { negated, before: null };
  const first = all[0]!.start;
  const before = new Set(
    content.filter((t) => t.start < first && !negated.has(t.stem)).flatMap((t) => [t.stem, t.short]),
  );
  return { negated, before };
}

/** The stems a claim's own wording negates ("not to escalate" → escalate; "did not object" → object). */
export function negatedStems(text: string, language?: string): Set<string> {
  return claimNegation(text, language).negated;
}
