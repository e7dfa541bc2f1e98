import type { Stance } from '../types.js';
import { isStopword, tokenize, NEGATIONS } from '../text/tokens.js';
import { DENY, HALT, HEDGE, NEGATED_DENIAL, NEGATOR, NO_COMMENT, RELAY, SUPPORT } from './cues.js';
import { claimNegation, negationNearTerms, type ClaimNegation } from './negation.js';
import { CESSATION_STEMS, POST_NEGATION } from './scope-words.js';
import { deniesClaim } from './denial-scope.js';
import { ClauseCues, cuesOf } from './clause-cues.js';

/** Hedge words that name talk (speculation, rumours) rather than hedge a statement. */
const TALK = new RegExp(
  String.raw`^(?:speculat|rumou?r|слух|спекуляц|söylenti|spekulation|gerücht|rumeur|spéculation|rumor|` +
    String.raw`especulaci|plotk|spekulacj|voci|speculazion|φήμ|传闻|傳聞)`,
  'u',
);

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
  /** Its language (ISO 639-1), when known: some negation rules belong to one language. */
  language?: string;
  /** Stems of the claim's wording (terms, canonical text). */
  claimStems: ReadonlySet<string>;
  /** The claim is itself negative ("… never used"). */
  claimNegative: boolean;
  /**
   * The claim's canonical statement, when the caller has it: the words it negates itself ("not to escalate") are
   * then told apart from the rest, so a negation of its other words denies it even when the claim is negative.
   */
  claimText?: string;
  /** Character offsets in `text` where the claim's terms were found. */
  termOffsets: number[];
  /** The clause's cue matches when the caller keeps them (one clause is judged against several claims). */
  cues?: ClauseCues;
}

// The content-word stems of a cue's words, worked out once: cue words are a small vocabulary ("denied",
// "according to", "не соответствует действительности") met again and again.
const cueStems = new Map<string, string[]>();

function stemsOfCue(m: RegExpExecArray): string[] {
  let stems = cueStems.get(m[0]);
  if (!stems) {
    stems = tokenize(m[0])
      .filter((w) => !isStopword(w.norm) && !NEGATIONS.has(w.norm))
      .map((w) => w.stem);
    if (cueStems.size > 5_000) cueStems.clear();
    cueStems.set(m[0], stems);
  }
  return stems;
}

/**
 * A cue whose content words all belong to the claim's own wording is content, not stance. A cue that negates
 * is the claim's own wording only when the claim is negative about the same words: "our position has not
 * changed" restates "the position has not changed" and denies "changed its position".
 */
function ownWords(claimStems: ReadonlySet<string>, claimNegative: boolean, before?: ReadonlySet<string> | null) {
  return (m: RegExpExecArray) => {
    const stems = stemsOfCue(m);
    // A negated cue ("position … has not changed") restates a claim that is negative about the same words.
    if (negates(m[0])) return claimNegative && stems.some((s) => claimStems.has(s));
    // A negative claim's wording in other languages holds its negated verb too ("не заперечував" for "did not
    // object"): used without the negation, that verb is no restatement, unless the claim states it outright.
    if (claimNegative && before && !stems.every((s) => before.has(s))) return false;
    return stems.length > 0 && stems.every((s) => claimStems.has(s));
  };
}

const negates = (cue: string) => {
  NEGATOR.lastIndex = 0;
  POST_NEGATION.lastIndex = 0;
  const found = NEGATOR.test(cue) || POST_NEGATION.test(cue);
  NEGATOR.lastIndex = 0;
  POST_NEGATION.lastIndex = 0;
  return found;
};

// Is a claim about something ending ("removed from the programme")? Worked out once per claim's stems.
const cessation = new WeakMap<ReadonlySet<string>, boolean>();
function claimOfCessation(stems: ReadonlySet<string>): boolean {
  let c = cessation.get(stems);
  if (c === undefined) {
    c = false;
    for (const s of CESSATION_STEMS) if (stems.has(s)) c = true;
    cessation.set(stems, c);
  }
  return c;
}

/** A claim about what is still to come: a plan, a promise, a date ahead. Without the claim's text, assume so. */
const PROSPECTIVE = new RegExp(
  String.raw`(?<![\p{L}])(will|would|shall|plans?|planned|planning|intends?|to be held|going to|expected|` +
    String.raw`set to|next|upcoming|werden|wird|soll|sollen|geplant|va|vont|prévu|prévue|planea|prevista?|` +
    String.raw`previsto|будет|будут|планиру\p{L}*|намерен\p{L}*|буде|будуть|planuje|zamierza|edecek|` +
    String.raw`olacak)(?![\p{L}])|予定|计划|計畫|将|예정`,
  'iu',
);
function prospective(claimText: string | undefined): boolean {
  return claimText === undefined || PROSPECTIVE.test(claimText);
}

/**
 * The words a claim affirms: those before its own negation and, when the negation sits in a later conjunct
 * ("Kyiv was informed in advance … and did not object"), the words of its affirmative terms in every
 * language (`+stem` marks), which a negation in a text can deny ("не знала о разговоре").
 */
/** A negation in a later conjunct of the claim ("… and did not object", "…, but has not paid"). */
const LATER_NEGATION = /(?:,|\band|\bbut)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:not|no|never|\p{L}+n't)\b/iu;
const affirmedCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function affirmed(before: ReadonlySet<string> | null | undefined, stems: ReadonlySet<string>, text?: string) {
  if (!before || !text || !LATER_NEGATION.test(text)) return before;
  let out = affirmedCache.get(stems);
  if (!out) {
    const s = new Set(before);
    for (const x of stems) if (x.charCodeAt(0) === 43) s.add(x.slice(1));
    affirmedCache.set(stems, (out = s));
  }
  return out;
}

// The words each claim negates itself, by its text (a claim is judged against many clauses).
const claimNegations = new Map<string, ClaimNegation>();
function negationOf(claimText: string): ClaimNegation {
  let n = claimNegations.get(claimText);
  if (!n) {
    if (claimNegations.size > 5_000) claimNegations.clear();
    claimNegations.set(claimText, (n = claimNegation(claimText)));
  }
  return n;
}

export { clauses } from './clauses.js';
export { ClauseCues } from './clause-cues.js';

/** Judge the stance of `text` towards a claim. */
export function judgeStance(q: StanceQuestion): StanceVerdict {
  const cues = q.cues ?? cuesOf(q.text, q.language);
  const ownNegation = q.claimText === undefined ? undefined : negationOf(q.claimText);
  const own = ownWords(q.claimStems, q.claimNegative, ownNegation?.before);
  const negatedDenials = cues.of(NEGATED_DENIAL);
  const cessation = claimOfCessation(q.claimStems);
  let halted = false;
  let halting = false;
  const denials = cues.of(DENY).filter((m) => {
    if (own(m) || negatedDenials.some((n) => m.index >= n.index && m.index < n.index + n[0].length)) return false;
    // "Rejects a full ceasefire" rejects something else than the claim named beside it.
    if (!deniesClaim(m[0], m.index, cues.lower, cues.tokens, q.termOffsets)) return false;
    // Calling something off is a change: "called off the talks" agrees with "the talks ended", and denies only what
    // was still to come ("will hold talks next week"); "the two are in talks" is its premise, not what it denies.
    if (HALT.test(m[0])) {
      if (cessation) halted = true;
      else if (!prospective(q.claimText)) halting = true;
      else return true;
      return false;
    }
    return true;
  });
  const noComment = cues.of(NO_COMMENT).length > 0;
  if (denials.length && !noComment) return { stance: 'denies', confidence: 0.8, rule: 'denial-cue' };
  if (noComment) return { stance: 'reports', confidence: 0.55, rule: 'no-comment' };
  if (negatedDenials.length) return { stance: 'reports', confidence: 0.55, rule: 'negated-denial' };
  const claimNegated = ownNegation?.negated;
  const contentNegated = negationNearTerms(cues.negation(q.language), q.termOffsets, q.claimStems, q.language, {
    claimCessation: cessation,
    claimNegated,
    claimAffirmed: affirmed(ownNegation?.before, q.claimStems, q.claimText),
  });
  // The text negates what the claim asserts: a word the claim does not negate itself. (Without the claim's text,
  // a negative claim restated without a negation is usually a positive paraphrase — "binding" for "cannot be
  // undone" — so that case decides nothing here.)
  if (contentNegated && (claimNegated || !q.claimNegative))
    return { stance: 'denies', confidence: 0.65, rule: 'negation' };
  const confirmed = halted || cues.of(SUPPORT).some((m) => !own(m));
  // "Confirmed …, ending weeks of speculation": talk of rumours next to a confirmation does not hedge it.
  const hedged =
    cues.of(HEDGE).some((m) => !own(m) && !(confirmed && TALK.test(m[0]))) || /\?\s*["'’]?\s*$/.test(q.text);
  const relayed = cues.of(RELAY).some((m) => !own(m));
  if (hedged || relayed || halting)
    return {
      stance: 'reports',
      confidence: hedged ? 0.65 : 0.6,
      rule: hedged ? 'hedge' : relayed ? 'relay' : 'halt',
    };
  return { stance: 'supports', confidence: confirmed ? 0.75 : 0.6, rule: confirmed ? 'support-cue' : 'assertion' };
}
