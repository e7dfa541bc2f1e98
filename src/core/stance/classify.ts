import type { StanceLabel } from '../types.js';
import { isStopword, tokenize, NEGATIONS, type Token } from '../text/tokens.js';
import { rarity } from '../text/rarity.js';
import { conceptOf } from '../text/lexicon.js';
import { normaliseText } from '../text/normalise.js';
import { extractValues, valuesAgree, type ExtractedValue } from '../values/index.js';
import { opposes } from '../text/lexicon.js';
import { clauses, judgeStance } from './judge.js';
import { negationParity } from './negation.js';
import { detectLanguage } from '../text/language.js';
import { DENY, HEDGE, RELAY } from './cues.js';
import { execAll } from '../text/regex.js';

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
export const RELATEDNESS_THRESHOLD = 0.4;

/** Rare words, names and numbers say most about what a claim is about. */
function weight(t: Token, raw: string): number {
  let w = rarity(t.norm) ** 1.5;
  if (/\d/.test(t.norm)) w += 0.5;
  if (/^\p{Lu}/u.test(raw)) w += 0.3;
  return w;
}

/** Stems and concepts of a text, for matching across languages. */
export function textKeys(tokens: Token[]): { stems: Set<string>; concepts: Set<number> } {
  const stems = new Set(tokens.map((x) => x.stem));
  const concepts = new Set<number>();
  for (const s of stems) {
    const c = conceptOf(s);
    if (c !== null) concepts.add(c);
  }
  return { stems, concepts };
}

/**
 * Weighted share of the claim's content words found in the text (by stem, or by concept across languages),
 * 0..1, and the same share over the words that are not names: a text about the same people doing
 * something else shares the names but not the rest.
 */
export function relatedness(
  claimTokens: Token[],
  claimText: string,
  text: { stems: ReadonlySet<string>; concepts: ReadonlySet<number> },
): { all: number; rest: number } {
  let total = 0;
  let found = 0;
  let restTotal = 0;
  let restFound = 0;
  const seen = new Set<string>();
  for (const t of claimTokens) {
    if (isStopword(t.norm) || NEGATIONS.has(t.norm) || t.norm.length < 2 || seen.has(t.stem)) continue;
    seen.add(t.stem);
    const initial = claimText.slice(t.start, t.start + 1);
    const w = weight(t, initial);
    const concept = conceptOf(t.stem);
    const hit = text.stems.has(t.stem) || (concept !== null && text.concepts.has(concept));
    total += w;
    if (hit) found += w;
    if (!/^\p{Lu}/u.test(initial) && !/\d/.test(t.norm)) {
      restTotal += w;
      if (hit) restFound += w;
    }
  }
  return { all: total ? found / total : 0, rest: restTotal ? restFound / restTotal : total ? found / total : 0 };
}

/** Below this weighted overlap even a text with a denial cue is taken to be about something else. */
export const DENIAL_RELATEDNESS = 0.25;

/** A text with a relay or hedge cue that carries this much of the claim (names included) is a report of it. */
export const REPORT_NAMES_SHARE = 0.6;

/** Below this share of the non-name words, a text is about something else those names did. */
export const REST_THRESHOLD = 0.15;

/** Pairs of values that measure the same thing: same kind, and for counts the same unit (or none given). */
function comparableValues(
  cv: ExtractedValue[],
  tv: ExtractedValue[],
): Array<readonly [ExtractedValue, ExtractedValue]> {
  const out: Array<readonly [ExtractedValue, ExtractedValue]> = [];
  for (const a of cv)
    for (const b of tv) {
      const x = a.normalised;
      const y = b.normalised;
      if (x.kind !== y.kind) continue;
      if (x.kind === 'count' && y.kind === 'count' && x.unit && y.unit && x.unit !== y.unit) continue;
      out.push([a, b] as const);
    }
  return out;
}

/** Classify the stance of `text` towards `claim`. */
export function classifyStance(claim: string, text: string, language?: string): Classification {
  const c = normaliseText(claim);
  const t = normaliseText(text);
  // Like an article, the text's language is read from the text unless the caller knows it.
  const lang = language ?? detectLanguage(t);
  const claimTokens = tokenize(c);
  const textTokens = tokenize(t);
  const keys = textKeys(textTokens);
  const r = relatedness(claimTokens, c, keys);
  const rel = r.all;
  // A rebuttal names the thing it rejects and little else ("calling talk of his dismissal a pure invention"): with
  // a denial cue in the text, less of the claim's wording is needed.
  const rebuttal =
    rel >= DENIAL_RELATEDNESS && rel < RELATEDNESS_THRESHOLD && execAll(DENY, t.toLowerCase()).length > 0;
  // A report about the same named parties ("a newspaper reported that Halvorsen was exploring a bid for
  // Brightmeal") words the deal its own way: with a relay or hedge cue, the names carry it.
  const lowerText = t.toLowerCase();
  const reported =
    r.rest < REST_THRESHOLD &&
    rel >= REPORT_NAMES_SHARE &&
    (execAll(RELAY, lowerText).length > 0 || execAll(HEDGE, lowerText).length > 0);
  if ((rel < RELATEDNESS_THRESHOLD && !rebuttal) || (r.rest < REST_THRESHOLD && !reported))
    return { label: 'unrelated', confidence: 1 - rel, relatedness: rel, rule: 'overlap' };

  const claimStems = new Set(claimTokens.filter((x) => !isStopword(x.norm)).map((x) => x.stem));
  const claimNegative = negationParity(c, detectLanguage(c));
  // The claim's words in the text: by stem, or across languages by concept ("detenido" for "arrested").
  const claimConcepts = new Set<number>();
  for (const s of claimStems) {
    const k = conceptOf(s);
    if (k !== null) claimConcepts.add(k);
  }
  const isClaimWord = (x: Token) => {
    if (claimStems.has(x.stem)) return true;
    const k = conceptOf(x.stem);
    return k !== null && claimConcepts.has(k);
  };
  // Judge the clause that carries most of the claim's words.
  let best: [number, number] = [0, t.length];
  let bestHits = -1;
  for (const [s, e] of clauses(t)) {
    const hits = textTokens.filter((x) => x.start >= s && x.start < e && isClaimWord(x)).length;
    if (hits > bestHits) [best, bestHits] = [[s, e], hits];
  }
  const verdict = judgeStance({
    text: t.slice(best[0], best[1]),
    language: lang,
    claimStems,
    claimNegative,
    claimText: c,
    termOffsets: textTokens
      .filter((x) => x.start >= best[0] && x.start < best[1] && isClaimWord(x))
      .map((x) => x.start - best[0]),
  });
  if (verdict.stance === 'supports') {
    // A flat statement of a different number, date or amount contradicts the claim.
    const comparable = comparableValues(extractValues(c, lang), extractValues(t, lang));
    if (comparable.length && !comparable.some(([a, b]) => valuesAgree(a.normalised, b.normalised)))
      return { label: 'denies', confidence: 0.6, relatedness: rel, rule: 'value-conflict' };
    if (opposes(claimTokens, textTokens))
      return { label: 'denies', confidence: 0.55, relatedness: rel, rule: 'antonym' };
  }
  return { label: verdict.stance, confidence: verdict.confidence, relatedness: rel, rule: verdict.rule };
}
