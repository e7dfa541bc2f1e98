import type { StanceLabel } from '../types.js';
import { isStopword, tokenize, NEGATIONS, type Token } from '../text/tokens.js';
import { normaliseText } from '../text/normalise.js';
import { extractValues, valuesAgree } from '../values/index.js';
import { clauses, judgeStance } from './judge.js';
import { negationParity } from './negation.js';

/**
 * Stance of a free text towards a free-text claim (the `stance` and `eval` commands): first is the text
 * about the claim at all (weighted overlap of content words, names and numbers count more), then the
 * cue-based judge on the clause that carries the claim, then typed values (a different number is a denial).
 */

export interface Classification {
  label: StanceLabel;
  confidence: number;
  relatedness: number;
  rule: string;
}

/** Below this weighted overlap a text is taken to be about something else. */
export const RELATEDNESS_THRESHOLD = 0.3;

function weight(t: Token, raw: string): number {
  let w = 1;
  if (/\d/.test(t.norm)) w += 1;
  if (/^\p{Lu}/u.test(raw)) w += 0.5;
  if (t.norm.length >= 6) w += 0.3;
  return w;
}

/** Weighted share of the claim's content words found in the text, 0..1. */
export function relatedness(claimTokens: Token[], claimText: string, textStems: ReadonlySet<string>): number {
  let total = 0;
  let found = 0;
  const seen = new Set<string>();
  for (const t of claimTokens) {
    if (isStopword(t.norm) || NEGATIONS.has(t.norm) || t.norm.length < 2 || seen.has(t.stem)) continue;
    seen.add(t.stem);
    const w = weight(t, claimText.slice(t.start, t.start + 1));
    total += w;
    if (textStems.has(t.stem)) found += w;
  }
  return total ? found / total : 0;
}

/** Classify the stance of `text` towards `claim`. */
export function classifyStance(claim: string, text: string, lang = 'en'): Classification {
  const c = normaliseText(claim);
  const t = normaliseText(text);
  const claimTokens = tokenize(c);
  const textTokens = tokenize(t);
  const textStems = new Set(textTokens.map((x) => x.stem));
  const rel = relatedness(claimTokens, c, textStems);
  if (rel < RELATEDNESS_THRESHOLD) return { label: 'unrelated', confidence: 1 - rel, relatedness: rel, rule: 'overlap' };

  const claimStems = new Set(claimTokens.filter((x) => !isStopword(x.norm)).map((x) => x.stem));
  const claimNegative = negationParity(c);
  // Judge the clause that carries most of the claim's words.
  let best: [number, number] = [0, t.length];
  let bestHits = -1;
  for (const [s, e] of clauses(t)) {
    const hits = textTokens.filter((x) => x.start >= s && x.start < e && claimStems.has(x.stem)).length;
    if (hits > bestHits) [best, bestHits] = [[s, e], hits];
  }
  const verdict = judgeStance({
    text: t.slice(best[0], best[1]),
    claimStems,
    claimNegative,
    termOffsets: textTokens.filter((x) => x.start >= best[0] && x.start < best[1] && claimStems.has(x.stem)).map((x) => x.start - best[0]),
  });
  if (verdict.stance !== 'denies') {
    const cv = extractValues(c, lang);
    const tv = extractValues(t, lang);
    const comparable = cv.flatMap((a) => tv.filter((b) => a.normalised.kind === b.normalised.kind).map((b) => [a, b] as const));
    if (comparable.length && !comparable.some(([a, b]) => valuesAgree(a.normalised, b.normalised)))
      return { label: 'denies', confidence: 0.6, relatedness: rel, rule: 'value-conflict' };
  }
  return { label: verdict.stance, confidence: verdict.confidence, relatedness: rel, rule: verdict.rule };
}
