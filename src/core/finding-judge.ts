import type { CompiledClaim, CompiledClaimSet } from './claimset/compile.js';
import { contentStems } from './text/tokens.js';
import type { Statement } from './statements/build.js';
import { quotedRebuttal, rebuts } from './topic.js';
import type { ClaimMatch } from './match.js';
import { ClauseCues, clauses } from './stance/judge.js';
import type { StanceJudge } from './stance/stance-judge.js';
import { entitySpans } from './values/name-findings.js';
import { CESSATION_STEMS } from './stance/scope-words.js';

/**
 * One matched claim in one statement, judged: the clause that carries the claim's words is asked of the stance
 * judge, and the answer is checked against what the sentence around it says (names that are only who the claim is
 * about, an undoing that is denied, a quoted rebuttal of what the speaker was asked about).
 */

/** One clause of a sentence: its span, the stems it carries, and its cue matches once a claim was judged in it. */
export interface Clause {
  span: [number, number];
  stems: Set<string>;
  cues: ClauseCues | null;
}

/** A sentence's clauses with the stems each carries (worked out once per sentence, for all its claims). */
export function clausesOf(st: Statement): Clause[] {
  const spans = clauses(st.sentence.text);
  // One clause is the clause of every claim: its stems are never asked for.
  if (spans.length === 1) return [{ span: spans[0]!, stems: new Set(), cues: null }];
  return spans.map((span) => ({
    span,
    stems: new Set(st.tokens.filter((t) => t.start >= span[0] && t.start < span[1]).map((t) => t.stem)),
    cues: null,
  }));
}

/** The clause carrying the claim: whole terms count most, then distinct words of the claim's wording. */
function pickClause(parts: Clause[], claim: CompiledClaim): Clause {
  if (parts.length === 1) return parts[0]!;
  let best = parts[0]!;
  let bestN = -1;
  for (const part of parts) {
    let terms = 0;
    for (const ph of claim.termPhrases) {
      let all = true;
      for (const x of ph) if (!part.stems.has(x)) all = false;
      if (all) terms++;
    }
    let own = 0;
    for (const x of part.stems) if (claim.ownStems.has(x)) own++;
    const n = 3 * terms + own;
    if (n > bestN) [best, bestN] = [part, n];
  }
  return best;
}

export function judgeFinding(
  st: Statement,
  parts: Clause[],
  m: ClaimMatch,
  language: string,
  judge: StanceJudge,
  cs: CompiledClaimSet,
) {
  // Judge the clause that carries the claim's words, not the whole sentence; a rebuttal carried over from the matter
  // just spoken of has no words of the claim: the clause that rebuts ("called that account pure fiction, and Trump's
  // team never confirmed it").
  const rebutting = m.termOffsets.length ? undefined : parts.find((p) => rebuts(st.sentence.text.slice(...p.span)));
  const clause = rebutting ?? pickClause(parts, m.claim);
  const [s, e] = clause.span;
  const text = st.sentence.text.slice(s, e);
  const cues = (clause.cues ??= new ClauseCues(text, language));
  // The claim's own words (its terms and its text), not words its paraphrases merely share with the sentence: a
  // negation of "company" ("not about one company dominating") says nothing of "merger talks".
  const own = ownWordsOf(m.claim);
  const termOffsets: number[] = [];
  // Both lists are in text order: one walk pairs each offset with its token.
  let k = 0;
  for (const o of m.termOffsets) {
    while (k < st.tokens.length && st.tokens[k]!.start < o) k++;
    const t = st.tokens[k]?.start === o ? st.tokens[k] : undefined;
    if (o >= s && o < e && (!t || own.has(t.stem) || own.has(t.short))) termOffsets.push(o - s);
  }
  const ask = (offsets: number[]) =>
    judge.judge({
      text,
      language,
      claimStems: m.claim.ownStems,
      claimNegative: m.claim.negative,
      claimText: m.claim.text,
      termOffsets: offsets,
      cues,
      sentence: st.sentence.text,
    });
  let verdict = ask(termOffsets);
  // A negation that reaches only the names of who the claim is about ("has not spoken to Trump" against "Putin is
  // open to dialogue with Trump") denies nothing of it: asked again without those names, when other words remain.
  if (verdict.stance === 'denies' && verdict.rule === 'negation' && m.claim.entities.length) {
    const names = entitySpans(st, cs).filter((e) => m.claim.entities.includes(e.id));
    const kept = termOffsets.filter((o) => !names.some((e) => o + s >= e.start && o + s < e.end));
    if (kept.length && kept.length < termOffsets.length) verdict = ask(kept);
  }
  // "Denied reports that it would scrap the memorandum": what is denied is the undoing, not the memorandum.
  if (verdict.stance === 'denies' && undoneInText(text, termOffsets, m.claim))
    verdict = { stance: 'reports', confidence: 0.5, rule: 'undoing-denied' };
  // The speaker's quoted words rebut the report the sentence names around the claim's words.
  const rebutted =
    verdict.stance !== 'denies' && st.speaker !== null && quotedRebuttal(st.sentence.text, m.termOffsets)
      ? { stance: 'denies' as const, confidence: 0.55, rule: 'quoted-rebuttal' }
      : verdict;
  return { ...rebutted, otherVoice: otherVoice(st, m.termOffsets) };
}

/**
 * Words for undoing an agreement or a document: scrapping, cancelling, terminating, annulling. Not "abandon",
 * "withdraw" or "give up", which are often a claim's own matter ("give the systems back").
 */
const UNDO = new RegExp(
  String.raw`(?<![\p{L}])(?:scrap\p{L}*|cancel\p{L}*|terminat\p{L}*|tear up|tore up|annul\p{L}*|rescind\p{L}*|` +
    String.raw`расторг\p{L}*|аннулир\p{L}*|розірв\p{L}*|iptal|feshe\p{L}*|résili\p{L}*|aufkündig\p{L}*|` +
    String.raw`kündig\p{L}*|anular\p{L}*|rescindir\p{L}*|annullar\p{L}*|rescinder\p{L}*)(?![\p{L}])|` +
    String.raw`白紙|撤回|破棄|解消|取り消|撤销|撤銷|取消|终止|終止|파기|철회|취소`,
  'iu',
);

/** Is a claim word of the clause the object of an undoing ("scrap the memorandum", "基本合意書を白紙に戻す")? */
function undoneInText(text: string, termOffsets: readonly number[], claim: CompiledClaim): boolean {
  if (!termOffsets.length) return false;
  for (const x of CESSATION_STEMS) if (claim.ownStems.has(x)) return false;
  return termOffsets.some((o) => UNDO.test(text.slice(Math.max(0, o - 20), o)) || UNDO.test(text.slice(o, o + 24)));
}

/**
 * Do the claim's words stand in a part of the sentence with a voice of its own: after a comma, a new subject and its
 * own reporting verb ("The Kremlin denied the report, Kyiv also said it was not informed")?
 */
function otherVoice(st: Statement, termOffsets: number[]): boolean {
  // A relay opening the sentence ("как сообщает агентство X, Y назвал …", "据…报道，") is no voice of its own: the
  // first voice is the one it relays.
  const first = st.cues[0]?.kind === 'report' ? 1 : 0;
  if (st.cues.length < first + 2 || !termOffsets.length) return false;
  const text = st.sentence.text;
  for (const c of st.cues.slice(first + 1)) {
    const comma = text.lastIndexOf(',', c.at);
    if (comma < 0 || comma <= st.cues[first]!.at) continue;
    if (!/^\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{L}+){0,2}\s*$/u.test(text.slice(comma + 1, c.at))) continue;
    // Most of the claim's words there (a name of the story's parties may stand in the first part too).
    if (termOffsets.filter((o) => o > comma).length * 3 >= termOffsets.length * 2) return true;
  }
  return false;
}

const ownWords = new WeakMap<CompiledClaim, ReadonlySet<string>>();
function ownWordsOf(claim: CompiledClaim): ReadonlySet<string> {
  let w = ownWords.get(claim);
  if (!w) ownWords.set(claim, (w = new Set([...claim.termStems, ...contentStems(claim.text)])));
  return w;
}
