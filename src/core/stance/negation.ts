import { NEGATOR, TURKISH_VERB_NEGATION } from './cues.js';
import { execAll } from '../text/regex.js';
import { isStopword, NEGATIONS, tokenize, type Token } from '../text/tokens.js';
import { AGAINST, AUXILIARIES, CESSATION, EXISTENTIAL, LIGHT_WORDS, POST_NEGATION, SUBJECT_NEGATOR } from './scope-words.js';

/**
 * Negation and its scope. A negation denies a claim only when it reaches the claim's own predicate: the first
 * content words after "not" / "no" / "не" (past light verbs like "was", "было", "hubo"), or the words just
 * before a negation that follows its verb or noun (Turkish "görüşmedi", Korean "없었다", Russian "разговора не
 * было"). So "relations will not suffer from the deal" does not deny the deal. Negative concord ("nie było
 * żadnej rozmowy", "hiçbir zaman kullanılmadı") counts once. The claim and the text are read with the same rule,
 * so "cannot resell … without consent" agrees with itself and "has not changed" agrees with "no change".
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

/** The negation words of a lower-cased clause, and the negations that follow their word (if a rule applies). */
export interface ClauseNegation {
  negators: Negator[];
  /** [start, end) of the first negative verb form, or null. */
  suffixed: [number, number] | null;
  /** [start, end) of every negation that follows the word it negates (Turkish, Korean, Japanese endings). */
  post: Array<[number, number]>;
  /** The clause's tokens (for the scope of each negation). */
  tokens: Token[];
  /** The lower-cased clause itself. */
  text: string;
}

const TURKISH_VERBS = new RegExp(TURKISH_VERB_NEGATION.source, 'gu');

export function clauseNegation(lower: string, language?: string): ClauseNegation {
  const tokens = tokenize(lower);
  const negators = execAll(NEGATOR, lower).map((m): Negator => {
    const end = m.index + m[0].length;
    const [self, next] = tokenize(lower.slice(m.index, end + 30));
    return { index: m.index, end, self: self?.stem, next: next?.stem };
  });
  const post: Array<[number, number]> = [];
  if (suffixNegationApplies(lower, language)) for (const m of execAll(TURKISH_VERBS, lower)) post.push([m.index, m.index + m[0].length]);
  const suffixed = post[0] ?? null;
  for (const m of execAll(POST_NEGATION, lower)) post.push([m.index, m.index + m[0].length]);
  post.sort((a, b) => a[0] - b[0]);
  return { negators, suffixed, post, tokens, text: lower };
}

/** One negation, or several in concord ("nie było żadnej", "no hubo ninguna"): pre-negators and post-negations. */
interface Group {
  start: number;
  end: number;
  /** End of the last negator word that looks forward, or -1 when the group only looks back. */
  forwardFrom: number;
  lookBack: boolean;
}

function groups(neg: ClauseNegation, lower: string, ownStems: ReadonlySet<string>): Group[] {
  type Event = { start: number; end: number; pre: boolean };
  const events: Event[] = [];
  for (const m of neg.negators) {
    // A negator that is part of the claim's own phrase ("without exaggeration", "no return") is wording, not negation.
    if (m.self && m.next && ownStems.has(m.self) && ownStems.has(m.next)) continue;
    events.push({ start: m.index, end: m.end, pre: true });
  }
  for (const [start, end] of neg.post) events.push({ start, end, pre: false });
  events.sort((a, b) => a.start - b.start);
  const out: Group[] = [];
  for (const e of events) {
    const last = out.at(-1);
    const between = last ? neg.tokens.filter((t) => t.start >= last.end && t.start < e.start).length : Infinity;
    const g = last && between <= 2 ? last : undefined;
    const existential = e.pre && EXISTENTIAL.test(lower.slice(e.end, e.end + 16));
    if (g) {
      g.end = Math.max(g.end, e.end);
      if (e.pre) g.forwardFrom = e.end;
      g.lookBack ||= !e.pre || existential;
    } else out.push({ start: e.start, end: e.end, forwardFrom: e.pre ? e.end : -1, lookBack: !e.pre || existential });
  }
  return out;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * The claim's words one negation reaches (their offsets): the first content words after it, or the words just
 * before a negation that follows its word. Empty when it reaches none.
 */
function reached(g: Group, neg: ClauseNegation, terms: ReadonlySet<number>, termOffsets: number[]): number[] {
  const lower = neg.text;
  const out: number[] = [];
  if (g.forwardFrom >= 0) {
    // Chinese and Japanese text has no spaces: the claim's words a few characters on.
    if (CJK.test(lower.charAt(g.forwardFrom))) {
      for (const t of termOffsets) if (t >= g.forwardFrom && t - g.forwardFrom <= 6 && !/[，。、,;；]/u.test(lower.slice(g.forwardFrom, t))) out.push(t);
    } else {
      // "not", "no", "не" negate the next word or two ("did not phone", "no conversation"); a negated subject
      // ("no leader would give up", "kein Politiker würde") negates the predicate after its verb.
      const subject = SUBJECT_NEGATOR.test(lower.slice(g.start, g.forwardFrom));
      let content = 0;
      let aux = false;
      for (const t of neg.tokens) {
        if (t.start < g.forwardFrom) continue;
        if (t.start - g.forwardFrom > (subject ? 80 : 60) || /[,;:]/.test(lower.slice(g.forwardFrom, t.start))) break;
        if (subject && !aux && content > 0 && AUXILIARIES.has(t.norm)) {
          aux = true;
          content = 0;
          continue;
        }
        if (terms.has(t.start) && (aux || content < 2) && !againstNext(neg.tokens, t)) out.push(t.start);
        if (isStopword(t.norm) || NEGATIONS.has(t.norm) || LIGHT_WORDS.has(t.norm)) continue;
        if (++content >= (subject && !aux ? 6 : 2)) break;
      }
    }
  }
  if (g.lookBack) {
    // The negative verb itself may be the claim's word ("görüşmedi", "통화하지").
    for (const t of termOffsets) if (t >= g.start && t < g.end) out.push(t);
    if (CJK.test(lower.charAt(g.start - 1))) {
      for (const t of termOffsets) if (t < g.start && g.start - t <= 10 && !/[，。、,;；]/u.test(lower.slice(t, g.start))) out.push(t);
      return out;
    }
    let content = 0;
    for (let i = neg.tokens.length - 1; i >= 0; i--) {
      const t = neg.tokens[i]!;
      if (t.start >= g.start) continue;
      if (g.start - t.start > 50 || /[,;:]/.test(lower.slice(t.start, g.start))) break;
      if (terms.has(t.start)) out.push(t.start);
      if (isStopword(t.norm) || NEGATIONS.has(t.norm) || LIGHT_WORDS.has(t.norm)) continue;
      if (++content >= 2) break;
    }
  }
  return out;
}

/**
 * "Not directed against third countries", "не направлено против": the negation is about whom the act is against,
 * not about the act.
 */
function againstNext(tokens: Token[], t: Token): boolean {
  const next = tokens[tokens.indexOf(t) + 1];
  return next !== undefined && AGAINST.has(next.norm);
}

/** Odd number of negations in the whole text (used for a claim's own wording); concord counts once. */
export function negationParity(text: string, language?: string): boolean {
  const lower = text.toLowerCase();
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
  const neg = typeof clause === 'string' ? clauseNegation(clause.toLowerCase(), language) : clause;
  if (!neg.negators.length && !neg.post.length) return false;
  const lower = neg.text;
  const terms = new Set(termOffsets);
  const stemAt = options.claimNegated ? new Map(neg.tokens.map((t) => [t.start, t])) : null;
  let n = 0;
  const hits: number[][] = [];
  const all = groups(neg, lower, ownStems);
  for (const g of all) {
    // "No longer part of the programme" restates a claim of removal; it does not deny it.
    const hit = options.claimCessation && CESSATION.test(lower.slice(Math.max(0, g.start - 12), g.end + 16)) ? [] : reached(g, neg, terms, termOffsets);
    hits.push(hit);
    if (hit.length) n++;
  }
  if (!stemAt) return n % 2 === 1;
  const isNegatedWord = (o: number) => { const t = stemAt.get(o); return !!t && (options.claimNegated!.has(t.stem) || options.claimNegated!.has(t.short)); };
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
  const before = new Set(content.filter((t) => t.start < first && !negated.has(t.stem)).flatMap((t) => [t.stem, t.short]));
  return { negated, before };
}

/** The stems a claim's own wording negates ("not to escalate" → escalate; "did not object" → object). */
export function negatedStems(text: string, language?: string): Set<string> {
  return claimNegation(text, language).negated;
}
