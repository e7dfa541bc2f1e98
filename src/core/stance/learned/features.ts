import type { Stance, StanceLabel } from '../../types.js';
import { opposes } from '../../text/lexicon.js';
import { RELATEDNESS_THRESHOLD, REST_THRESHOLD } from '../classify.js';
import { relatedTo } from './relatedness.js';
import { valuesAgree, type ExtractedValue } from '../../values/index.js';
import { CUE_KINDS, RULES, sentenceSignals, type SentenceSignals } from './signals.js';
import { prepareClaim, prepareText, sentenceValues, type PreparedClaim, type PreparedText } from './prepare.js';
import { lexicalFeatures } from './lexical.js';
import { DenseVector, type TextKind } from './dense.js';
import { cueFeatures } from './cue-features.js';

/**
 * One (claim, text) pair as numbers: the rule engine's signals per sentence (best sentence, any related
 * sentence, the lead sentence), similarity, values and length — all language-independent — plus hashed
 * English words and word pairs. Dense features are written twice: once shared, once in the block of the
 * text's kind (a headline or sentence, or a long body), so a cue can weigh differently in each.
 */

export interface PairFeatures {
  dense: Float64Array;
  /** The kind of text (headline, statement, body): the model may shift its scores per kind. */
  kind: TextKind;
  /** Where "lexical.off" sits in `dense` (set when the words are left out). */
  lexicalOff: number[];
  /** Indices into the hashed block (may repeat), each worth `hashedValue`. */
  hashed: Int32Array;
  hashedValue: number;
}

const STANCES: Stance[] = ['supports', 'denies', 'reports'];
/** Texts of at most this many sentences are read as a headline or a statement, longer ones as a body. */
export const SHORT_TEXT = 3;
const BINS = 10;
/** A sentence counts as "related" from this weighted overlap with the claim (or 70% of the best sentence's). */
const RELATED_FLOOR = 0.3;

function signalsBlock(v: DenseVector, prefix: string, sig: SentenceSignals | null): void {
  for (const s of STANCES) v.set(`${prefix}.stance.${s}`, sig?.stance === s ? 1 : 0);
  for (const r of RULES) v.set(`${prefix}.rule.${r}`, sig?.rule === r ? 1 : 0);
  for (const k of CUE_KINDS) v.set(`${prefix}.cue.${k}`, sig?.cues[k] ? 1 : 0);
}

function bins(v: DenseVector, name: string, x: number, n = BINS): void {
  const at = Math.min(n - 1, Math.floor(x * n));
  for (let i = 0; i < n; i++) v.set(`${name}.bin${i}`, i === at ? 1 : 0);
}

function conflict(
  claimValues: ExtractedValue[],
  textValues: ExtractedValue[],
): { comparable: boolean; agrees: boolean } {
  let comparable = false;
  let agrees = false;
  for (const a of claimValues)
    for (const b of textValues) {
      if (a.normalised.kind !== b.normalised.kind) continue;
      comparable = true;
      if (valuesAgree(a.normalised, b.normalised)) agrees = true;
    }
  return { comparable, agrees };
}

const gramCache = new WeakMap<object, Set<string>>();

/** Character trigrams inside the words of a text, kept with the claim or sentence they belong to. */
function trigrams(owner: object, text: string): Set<string> {
  let out = gramCache.get(owner);
  if (out) return out;
  out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3));
  gramCache.set(owner, out);
  return out;
}

/** Share of the claim's character trigrams found in the text. */
function trigramContainment(claim: PreparedClaim, owner: object, text: string): number {
  const c = trigrams(claim, claim.text);
  if (!c.size) return 0;
  const t = trigrams(owner, text);
  let n = 0;
  for (const g of c) if (t.has(g)) n++;
  return n / c.size;
}

/** The rule judge's label and rule for a short text, from the signals of its best sentence. */
function ruleCall(
  claim: PreparedClaim,
  text: PreparedText,
  best: SentenceSignals | null,
  bestAt: number,
  antonym: boolean,
): { label: StanceLabel; rule: string } {
  // One sentence: its relatedness is the text's.
  const r =
    text.sentences.length === 1 && best ? { all: best.related, rest: best.rest } : relatedTo(claim.words, text.keys);
  if (!best || r.all < RELATEDNESS_THRESHOLD || r.rest < REST_THRESHOLD)
    return { label: 'unrelated', rule: 'overlap' };
  if (best.stance !== 'supports') return { label: best.stance, rule: best.rule };
  const values = claim.values.length
    ? conflict(claim.values, sentenceValues(text.sentences[bestAt]!, text.language))
    : null;
  if (values?.comparable && !values.agrees) return { label: 'denies', rule: 'value-conflict' };
  if (antonym) return { label: 'denies', rule: 'antonym' };
  return { label: best.stance, rule: best.rule };
}

/** The language-independent part of a pair's features, by name (see DENSE_NAMES for the order). */
function baseFeatures(
  v: DenseVector,
  claim: PreparedClaim,
  text: PreparedText,
  lexical: boolean,
): { focus: number[]; related: number } {
  const sigs = text.sentences.map((s) => sentenceSignals(s, claim, text.language));
  const related = sigs.map((s) => s.related);
  const max = Math.max(0, ...related);
  const bestAt = related.indexOf(max);
  const best = sigs[bestAt] ?? null;
  const floor = Math.max(RELATED_FLOOR, 0.7 * max);
  const near = sigs.filter((s) => s.related >= floor);
  const top = [...related].sort((a, b) => b - a).slice(0, 3);

  v.set('lexical.off', lexical ? 0 : 1);
  v.set('related.max', max);
  v.set('related.top3', top.reduce((a, b) => a + b, 0) / (top.length || 1));
  v.set('related.first', related[0] ?? 0);
  v.set('related.rest', best?.rest ?? 0);
  bins(v, 'related.max', max);
  bins(v, 'related.rest', best?.rest ?? 0, 5);
  v.set('related.gate', max < 0.4 || (best?.rest ?? 0) < 0.15 ? 1 : 0);
  v.set('related.share', sigs.length ? near.length / sigs.length : 0);

  // The rule judge's call on a headline or a statement, read off the signals above (as `classifyStance` decides:
  // the relatedness gate, the clause carrying the claim, then a different value or an opposite word denies).
  const antonym = opposes(claim.tokens, text.tokens);
  const rules = text.sentences.length <= SHORT_TEXT ? ruleCall(claim, text, best, bestAt, antonym) : null;
  for (const l of ['supports', 'denies', 'reports', 'unrelated'] as const)
    v.set(`rules.label.${l}`, rules?.label === l ? 1 : 0);
  for (const r of [...RULES, 'overlap', 'value-conflict', 'antonym'])
    v.set(`rules.rule.${r}`, rules?.rule === r ? 1 : 0);

  signalsBlock(v, 'best', best);
  signalsBlock(v, 'first', sigs[0] && sigs[0].related >= RELATED_FLOOR ? sigs[0] : null);
  for (const s of STANCES)
    v.set(`near.stance.${s}`, near.length ? near.filter((x) => x.stance === s).length / near.length : 0);
  for (const k of CUE_KINDS) {
    v.set(`near.cue.${k}`, near.some((x) => x.cues[k]) ? 1 : 0);
    v.set(`all.cue.${k}`, sigs.filter((x) => x.cues[k]).length / (sigs.length || 1));
  }

  let overlap = 0;
  for (const s of claim.stems) if (text.keys.stems.has(s)) overlap++;
  // Spelling is shared within a language only: a claim in English and a text in Russian or Turkish share few
  // stems or letters even when the text is about the claim. Across languages, the words' weighted overlap (which
  // meets through concepts) stands in for them, as it measures the same thing in the one language of training.
  const across = claim.language !== text.language;
  const coverage = claim.stems.size ? overlap / claim.stems.size : 0;
  v.set('overlap.coverage', across ? Math.max(coverage, max) : coverage);
  v.set('overlap.jaccard', overlap / (claim.stems.size + text.keys.stems.size - overlap || 1));
  const inBest = best ? trigramContainment(claim, text.sentences[bestAt]!, text.sentences[bestAt]!.text) : 0;
  v.set('trigram.best', across ? Math.max(inBest, max) : inBest);
  const inText = text.sentences.length === 1 ? inBest : trigramContainment(claim, text, text.text.slice(0, 4000));
  v.set('trigram.text', across ? Math.max(inText, max) : inText);

  const bestValues =
    best && claim.values.length
      ? conflict(claim.values, sentenceValues(text.sentences[bestAt]!, text.language))
      : null;
  v.set('values.claim', claim.values.length ? 1 : 0);
  v.set('values.conflict', bestValues?.comparable && !bestValues.agrees ? 1 : 0);
  v.set('values.agree', bestValues?.agrees ? 1 : 0);
  v.set('antonym', antonym ? 1 : 0);
  v.set('claim.negative', claim.negative ? 1 : 0);
  v.set('length.tokens', Math.log1p(text.tokens.length) / 7);
  v.set('length.sentences', Math.min(1, text.sentences.length / 20));
  // The words worth reading: the whole of a short text; in a body, the lead and the three most related sentences.
  if (text.sentences.length <= SHORT_TEXT) return { focus: text.sentences.map((_, i) => i), related: max };
  const ranked = related.map((r, i) => [r, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  return { focus: [...new Set([0, ...ranked.slice(0, 3).map(([, i]) => i)])], related: max };
}

/** A headline (one line, no closing full stop), a statement of up to three sentences, or a body. */
export function textKind(text: PreparedText): TextKind {
  if (text.sentences.length > SHORT_TEXT) return 'long';
  if (text.sentences.length === 1 && !/[.;]["'\u201d\u00bb)]*\s*$/u.test(text.text) && text.tokens.length <= 40)
    return 'head';
  return 'short';
}

export interface FeatureOptions {
  /** Use the English words at all. */
  lexical: boolean;
  hashBits: number;
  /** Words also counted per kind of text (headline/statement vs body). */
  lexicalByKind?: boolean;
  /** The claim's own words read as one placeholder word. */
  claimMask?: boolean;
  /**
   * Features (dense and words) also in a block shared by headlines and bodies. Without it the two kinds of
   * text have separate weights: what FNC-1's bodies teach does not move how a statement is read.
   */
  shared?: boolean;
}

/** Features of a pair. `lexical: false` leaves out the English words (other languages, and training dropout). */
export function pairFeatures(claim: PreparedClaim, text: PreparedText, opts: FeatureOptions): PairFeatures {
  const base = new DenseVector();
  const { focus, related } = baseFeatures(base, claim, text, opts.lexical);
  cueFeatures(base, claim, text, focus, related);
  const kind = textKind(text);
  const shared = opts.shared ?? true;
  const dense = base.expand(kind, shared);
  const lexicalOff = DenseVector.offsets(kind, shared);
  const hashed = opts.lexical
    ? lexicalFeatures(claim, text, opts.hashBits, {
        focus,
        kind: opts.lexicalByKind || !shared ? kind : '',
        shared,
        claimMask: opts.claimMask,
      })
    : new Int32Array(0);
  return { dense, kind, lexicalOff, hashed, hashedValue: hashed.length ? 1 / Math.sqrt(hashed.length) : 0 };
}

/** Names of the dense features, in order (kept with the weights so a model and the code cannot drift apart). */
export function denseNames(shared = true): string[] {
  try {
    return DenseVector.names(shared);
  } catch {
    pairFeatures(prepareClaim('x', 'en'), prepareText('x', 'en'), { lexical: false, hashBits: 1 });
    return DenseVector.names(shared);
  }
}
