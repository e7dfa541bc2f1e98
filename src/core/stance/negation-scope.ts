import { isStopword, NEGATIONS, type Token } from '../text/tokens.js';
import { AGAINST, AUXILIARIES, EXISTENTIAL, LIGHT_WORDS, SUBJECT_NEGATOR } from './scope-words.js';
import type { ClauseNegation } from './negation.js';

/**
 * The reach of each negation in a clause (see `negation.ts`): negations in concord grouped, and the claim's words
 * each group reaches.
 */

/** One negation, or several in concord ("nie było żadnej", "no hubo ninguna"): pre-negators and post-negations. */
export interface Group {
  start: number;
  end: number;
  /** End of the last negator word that looks forward, or -1 when the group only looks back. */
  forwardFrom: number;
  lookBack: boolean;
}

/**
 * Is "negator + next" the claim's own negated phrase? Claims compiled from a claim set mark the words their wording
 * negates (`¬stem`); a bare set of stems (a claim given as text alone) has no marks and keeps the old reading.
 */
function ownPhrase(ownStems: ReadonlySet<string>, next: string): boolean {
  let marked = false;
  for (const s of ownStems)
    if (s.charCodeAt(0) === 0xac) {
      marked = true;
      break;
    }
  return !marked || ownStems.has(`¬${next}`);
}

export function groups(neg: ClauseNegation, lower: string, ownStems: ReadonlySet<string>): Group[] {
  type Event = { start: number; end: number; pre: boolean };
  const events: Event[] = [];
  for (const m of neg.negators) {
    // A negator that is part of the claim's own phrase ("without exaggeration", "no return") is wording, not negation.
    if (m.self && m.next && ownStems.has(m.self) && ownStems.has(m.next) && ownPhrase(ownStems, m.next)) continue;
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
export function reached(g: Group, neg: ClauseNegation, terms: ReadonlySet<number>, termOffsets: number[]): number[] {
  const lower = neg.text;
  const out: number[] = [];
  if (g.forwardFrom >= 0) {
    // Chinese and Japanese text has no spaces: the claim's words a few characters on.
    if (CJK.test(lower.charAt(g.forwardFrom))) {
      for (const t of termOffsets)
        if (t >= g.forwardFrom && t - g.forwardFrom <= 6 && !/[，。、,;；]/u.test(lower.slice(g.forwardFrom, t)))
          out.push(t);
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
      for (const t of termOffsets)
        if (t < g.start && g.start - t <= 10 && !/[，。、,;；]/u.test(lower.slice(t, g.start))) out.push(t);
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
