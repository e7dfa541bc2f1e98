import { ClauseCues, clauses, judgeStance } from '../judge.js';
import { DENY, HEDGE, NEGATED_DENIAL, NO_COMMENT, RELAY, SUPPORT } from '../cues.js';
import { negationNearTerms } from '../negation.js';
import { isStopword, tokenize, NEGATIONS, type Token } from '../../text/tokens.js';
import { conceptOf } from '../../text/lexicon.js';
import type { Stance } from '../../types.js';
import type { PreparedClaim, PreparedSentence } from './prepare.js';
import { relatedTo } from './relatedness.js';

/**
 * The rule engine's signals for one sentence against one claim: how much of the claim it carries, the rule
 * judge's verdict on the clause that carries it, and which cue classes fire there (from the per-language lexicons,
 * so they read Russian or Turkish as well as English). These are the learned judge's language-independent
 * features; a better rule engine gives better features at the next retrain.
 */

export const CUE_KINDS = [
  'deny',
  'support',
  'relay',
  'hedge',
  'noComment',
  'negatedDenial',
  'negation',
  'question',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export const RULES = [
  'denial-cue',
  'no-comment',
  'negated-denial',
  'negation',
  'hedge',
  'relay',
  'support-cue',
  'assertion',
] as const;

export interface SentenceSignals {
  /** Weighted share of the claim's words in the sentence (names and numbers count more), and of its other words. */
  related: number;
  rest: number;
  stance: Stance;
  rule: string;
  cues: Record<CueKind, boolean>;
}

interface ClauseCache {
  clauses?: Array<{ span: [number, number]; cues: ClauseCues | null }>;
}

const cache = new WeakMap<PreparedSentence, ClauseCache>();
const cueStems = new Map<string, string[]>();

/** A cue made only of the claim's own words ("rejected" in "the court rejected the appeal") is content. */
function own(claim: PreparedClaim) {
  return (m: RegExpExecArray): boolean => {
    let stems = cueStems.get(m[0]);
    if (!stems) {
      stems = tokenize(m[0])
        .filter((w) => !isStopword(w.norm) && !NEGATIONS.has(w.norm))
        .map((w) => w.stem);
      if (cueStems.size > 5_000) cueStems.clear();
      cueStems.set(m[0], stems);
    }
    return stems.length > 0 && stems.every((s) => claim.stems.has(s));
  };
}

/**
 * Hand over cue matches the caller already has for a clause of the sentence (the pipeline matched them for the
 * rule judge), so they are not matched again.
 */
export function primeCues(s: PreparedSentence, clauseText: string, cues: ClauseCues): void {
  const c = cache.get(s) ?? {};
  cache.set(s, c);
  c.clauses ??= clauses(s.text).map((span) => ({ span, cues: null }));
  for (const part of c.clauses)
    if (!part.cues && s.text.slice(part.span[0], part.span[1]) === clauseText) part.cues = cues;
}

const claimConcepts = new WeakMap<PreparedClaim, ReadonlySet<number>>();

/** The concepts of the claim's words (worked out once per claim). */
function conceptsOf(claim: PreparedClaim): ReadonlySet<number> {
  let out = claimConcepts.get(claim);
  if (!out) {
    out = new Set(claim.words.flatMap((w) => (w.concept === null ? [] : [w.concept])));
    claimConcepts.set(claim, out);
  }
  return out;
}

/** Signals of one sentence against one claim. */
export function sentenceSignals(s: PreparedSentence, claim: PreparedClaim, language: string): SentenceSignals {
  const r = relatedTo(claim.words, s.keys);
  const c = cache.get(s) ?? {};
  cache.set(s, c);
  c.clauses ??= clauses(s.text).map((span) => ({ span, cues: null }));
  // The claim's words in the sentence: by stem, or across languages by concept ("detenido" for "arrested").
  const concepts = conceptsOf(claim);
  const isClaimWord = (t: Token) => {
    if (claim.stems.has(t.stem)) return true;
    const k = conceptOf(t.stem);
    return k !== null && concepts.has(k);
  };
  // The clause that carries most of the claim's words is the one the rule judge reads.
  let best = c.clauses[0]!;
  let bestHits = -1;
  for (const part of c.clauses) {
    let hits = 0;
    for (const t of s.tokens) if (t.start >= part.span[0] && t.start < part.span[1] && isClaimWord(t)) hits++;
    if (hits > bestHits) [best, bestHits] = [part, hits];
  }
  const [from, to] = best.span;
  const clauseText = s.text.slice(from, to);
  best.cues ??= new ClauseCues(clauseText);
  const termOffsets: number[] = [];
  for (const t of s.tokens) if (t.start >= from && t.start < to && isClaimWord(t)) termOffsets.push(t.start - from);
  const verdict = judgeStance({
    text: clauseText,
    language,
    claimStems: claim.stems,
    claimNegative: claim.negative,
    termOffsets,
    cues: best.cues,
  });

  // The cue classes of the clause the rule judge read (the pipeline has matched them already, see primeCues).
  const cues = best.cues;
  const isOwn = own(claim);
  const negated = cues.of(NEGATED_DENIAL);
  return {
    related: r.all,
    rest: r.rest,
    stance: verdict.stance,
    rule: verdict.rule,
    cues: {
      deny: cues
        .of(DENY)
        .some((m) => !isOwn(m) && !negated.some((n) => m.index >= n.index && m.index < n.index + n[0].length)),
      support: cues.of(SUPPORT).some((m) => !isOwn(m)),
      relay: cues.of(RELAY).some((m) => !isOwn(m)),
      hedge: cues.of(HEDGE).some((m) => !isOwn(m)),
      noComment: cues.of(NO_COMMENT).length > 0,
      negatedDenial: negated.length > 0,
      negation: negationNearTerms(cues.negation(language), termOffsets, claim.stems),
      question: /\?\s*["'’]?\s*$/.test(s.text),
    },
  };
}
