import { tokenize } from '../../text/tokens.js';
import { CUE_CLASSES, CUE_WORDS, type CueClass } from './cue-words.js';
import type { DenseVector } from './dense.js';
import type { PreparedClaim, PreparedSentence, PreparedText } from './prepare.js';

/**
 * Counts of the judge's own cue classes (cue-words.ts) on each side of a pair: in the sentences that carry the
 * claim, over a whole body, and in the claim itself, leaving out cue words that are the claim's own words
 * ("rejected" in a claim about a rejected appeal is content, not a refutation). Plus whether one side negates
 * and the other does not, and questions.
 */

interface Hit {
  cls: CueClass;
  /** Stem of the hit's first word, when the cue is one word (checked against the claim's words). */
  stem: string | null;
}

const NEAR_LETTER = '(?<![\\p{L}\\p{N}])';
const compiled = new Map<string, Array<[CueClass, RegExp]>>();

function pattern(entry: string): string {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  if (entry.startsWith('*')) return `\\p{L}+${esc(entry.slice(1))}(?![\\p{L}\\p{N}])`;
  if (entry.endsWith('$')) return `${NEAR_LETTER}${esc(entry.slice(0, -1))}(?![\\p{L}\\p{N}])`;
  return `${NEAR_LETTER}${esc(entry)}\\p{L}*`;
}

function regexes(language: string): Array<[CueClass, RegExp]> {
  let out = compiled.get(language);
  if (out) return out;
  const words = CUE_WORDS[language];
  out = words ? CUE_CLASSES.map((c) => [c, new RegExp(words[c].map(pattern).join('|'), 'gu')]) : [];
  compiled.set(language, out);
  return out;
}

const lower = (s: string) => s.toLowerCase().replace(/\u0307/g, '');

function hitsIn(text: string, language: string): Hit[] {
  const out: Hit[] = [];
  const t = lower(text);
  for (const [cls, re] of regexes(language))
    for (const m of t.matchAll(re)) {
      const one = !/\s/.test(m[0]);
      out.push({ cls, stem: one ? (tokenize(m[0])[0]?.stem ?? null) : null });
    }
  return out;
}

const sentenceHits = new WeakMap<PreparedSentence, Hit[]>();

function ofSentence(s: PreparedSentence, language: string): Hit[] {
  let h = sentenceHits.get(s);
  if (!h) sentenceHits.set(s, (h = hitsIn(s.text, language)));
  return h;
}

const claimHits = new WeakMap<PreparedClaim, Hit[]>();

function counts(hits: Hit[], claim: PreparedClaim | null): Record<CueClass, number> {
  const out = { refute: 0, hedge: 0, attribute: 0, confirm: 0, negate: 0 };
  for (const h of hits) if (!claim || h.cls === 'negate' || !h.stem || !claim.stems.has(h.stem)) out[h.cls]++;
  return out;
}

const QUESTION = /\?/;

/** The cue-class features of a pair; `focus` are the sentences that carry the claim (all of a short text). */
/**
 * `related` is the pair's weighted overlap (through concepts too): across languages the share of new words says
 * nothing (every word is spelled differently), and what the overlap leaves uncovered stands in for it.
 */
export function cueFeatures(
  v: DenseVector,
  claim: PreparedClaim,
  text: PreparedText,
  focus: number[],
  related = 0,
): void {
  let ch = claimHits.get(claim);
  if (!ch) claimHits.set(claim, (ch = hitsIn(claim.text, claim.language)));
  const inClaim = counts(ch, null);
  const perSentence = text.sentences.map((s) => counts(ofSentence(s, text.language), claim));
  const near = { refute: 0, hedge: 0, attribute: 0, confirm: 0, negate: 0 };
  for (const i of focus) for (const c of CUE_CLASSES) near[c] += perSentence[i]?.[c] ?? 0;
  const n = perSentence.length || 1;
  v.set('cw.known', CUE_WORDS[text.language] ? 1 : 0);
  for (const c of CUE_CLASSES) {
    v.set(`cw.near.${c}`, Math.min(near[c], 3) / 3);
    v.set(`cw.near.${c}.any`, near[c] > 0 ? 1 : 0);
    v.set(`cw.lead.${c}`, (perSentence[0]?.[c] ?? 0) > 0 ? 1 : 0);
    v.set(`cw.body.${c}`, perSentence.filter((p) => p[c] > 0).length / n);
    v.set(`cw.claim.${c}`, inClaim[c] > 0 ? 1 : 0);
  }
  v.set('cw.negation.differs', near.negate > 0 !== inClaim.negate > 0 ? 1 : 0);
  v.set('cw.refute.only', near.refute > 0 && inClaim.refute === 0 ? 1 : 0);
  v.set('cw.hedge.only', near.hedge > 0 && inClaim.hedge === 0 ? 1 : 0);
  v.set('cw.question.text', focus.some((i) => QUESTION.test(text.sentences[i]?.text ?? '')) ? 1 : 0);
  v.set('cw.question.claim', QUESTION.test(claim.text) ? 1 : 0);
  {
    const shown = focus.map((i) => text.sentences[i]?.text ?? '').join(' ');
    v.set('cw.quote', /"[^"]+"|(?<![\p{L}])'[^']+'(?![\p{L}])/u.test(shown) ? 1 : 0);
    v.set('cw.colon', /\p{L}\s*:\s/u.test(shown) ? 1 : 0);
    v.set('cw.tail', /\s[-:|]\s*[\p{L}.]+(\s[\p{L}.]+)?\s*$/u.test(text.sentences[0]?.text ?? '') ? 1 : 0);
    v.set('cw.exclaim', /!/.test(shown) ? 1 : 0);
    v.set('cw.caps', /\b\p{Lu}{3,}\b/u.test(shown) ? 1 : 0);
  }
  let novel = 0;
  let total = 0;
  for (const i of focus)
    for (const t of text.sentences[i]?.tokens ?? []) {
      if (t.norm.length < 3) continue;
      total++;
      if (!claim.stems.has(t.stem)) novel++;
    }
  const across = claim.language !== text.language;
  v.set('cw.novel', across ? 1 - related : total ? novel / total : 0);
}
