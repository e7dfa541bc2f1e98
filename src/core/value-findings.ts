import type { CompiledClaim, CompiledClaimSet } from './claimset/compile.js';
import type { Statement } from './statements/build.js';
import type { NormalisedValue, ValueFinding } from './types.js';
import { extractValues, isNameType, isUnitClass, kindOf, mayMentionValue, valuesAgree } from './values/index.js';
import { entitySpans, nameFindings } from './values/name-findings.js';
import { endOf, spelledAsKnown } from './values/names.js';
import { stem } from './text/tokens.js';
import { arabicCores, phrasesOf, wholeCueTokens } from './values/cue-phrases.js';
import { isPartOf, isReportDate, isTeaser } from './values/context.js';
import { ESTIMATED, dayOfTelling, saidOn, sinceToken, yearOf } from './values/date-context.js';

/**
 * Typed values in a statement, each assigned to the value claim (attribute) it speaks to: the value's kind
 * must fit the attribute, the claim's entities must be in reach, and one of its cue words must stand close by.
 * Names (office-holders, parties, places) are read in values/name-findings.ts.
 */

const DEFAULT_KIND: Record<string, NormalisedValue['kind']> = {
  quantity: 'count',
  contract_value: 'money',
  deadline: 'duration',
  contract_date: 'date',
  first_delivery: 'date',
  delivery_completed: 'date',
  test_firing: 'date',
  meeting_date: 'date',
};

function expectedKind(c: CompiledClaim): NormalisedValue['kind'] | null {
  if (c.valueType) return kindOf(c.valueType);
  return c.knownValues[0]?.normalised.kind ?? DEFAULT_KIND[c.attribute ?? ''] ?? null;
}

const placeIndex = new WeakMap<CompiledClaimSet, number[]>();

/** Value claims of places (indexes into `valueClaims`), worked out once per set. */
function placeClaims(cs: CompiledClaimSet): number[] {
  let list = placeIndex.get(cs);
  if (!list)
    placeIndex.set(
      cs,
      (list = cs.valueClaims.flatMap((c, i) => (c.valueType === 'place' && c.entities.length ? [i] : []))),
    );
  return list;
}

/**
 * Kinds of entity that make a sentence someone else's: a person or a company. Countries are too often the
 * setting ("the war in Ukraine") to count.
 */
const PARTY_KINDS = new Set(['person', 'company']);

const HANGUL = /[\uac00-\ud7af]/;
const ARABIC = /[\u0600-\u06ff]/;

/** Value claims cued by a part of a Korean word (its romanised form's beginnings and endings, three letters up). */
function hangulCues(cues: ReadonlyMap<string, number[]>, norm: string): number[] {
  const out: number[] = [];
  for (let n = 3; n < norm.length; n++) {
    for (const part of [norm.slice(0, n), norm.slice(norm.length - n)])
      for (const i of cues.get(stem(part)) ?? []) if (!out.includes(i)) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/** Score (cue and parties) above which two figures of one claim in a sentence both stand. */
const SECOND_VALUE_SCORE = 1.2;

/** Share of the weight of every cue but the nearest. */
const EXTRA_CUE_WEIGHT = 0.5;

/** Weight of the claim's parties standing next to a value (against 1 for a cue word next to it). */
const SUBJECT_WEIGHT = 0.8;

/** Weight of each of the claim's parties, when the sentence names them all. */
const PARTIES_WEIGHT = 0.05;

/** Weight of a count that restates a value the claim set records for the claim. */
const RECORD_WEIGHT = 1;

/** Weight of a count whose unit is the claim's, with no cue word at all. */
const UNIT_ONLY_WEIGHT = 0.2;

const countIndex = new WeakMap<CompiledClaimSet, CompiledClaim[]>();

/** Count claims with units and parties (in claim-set order) whose parties the sentence names, every one. */
function countClaimsNamed(cs: CompiledClaimSet, named: ReadonlySet<string>): CompiledClaim[] {
  let list = countIndex.get(cs);
  if (!list)
    countIndex.set(
      cs,
      (list = cs.valueClaims.filter((c) => expectedKind(c) === 'count' && c.units.size > 0 && c.entities.length > 0)),
    );
  return list.length ? list.filter((c) => c.entities.every((e) => named.has(e))) : list;
}

/**
 * Where the weekday written before a full date begins ("on Thursday, December 9", "в четверг, 19 декабря"), with
 * the word before it, or -1. It is part of the date, and cues no claim whose day once fell on that weekday.
 */
function weekdayBefore(
  st: Statement,
  v: { start: number; text: string; normalised: NormalisedValue },
  lang: string,
  published: string | null,
): number {
  if (v.normalised.kind !== 'date' || !/\d/.test(v.text)) return -1;
  const text = st.sentence.text;
  const m = /(\S+)\s*,\s*$/u.exec(text.slice(Math.max(0, v.start - 24), v.start));
  if (!m) return -1;
  const read = extractValues(m[1]!, lang, { published });
  if (read.length !== 1 || read[0]!.normalised.kind !== 'date' || read[0]!.normalised.precision !== 'day') return -1;
  const at = v.start - m[0].length;
  return Math.max(0, at - 4);
}

const insideValue = (at: number, v: { start: number; end: number }): boolean => at >= v.start && at < v.end;

/** Weight of a cue word inside the value itself (its unit noun). */
const OWN_NOUN_WEIGHT = 0.35;

const VERB_FINAL = new Set(['tr', 'az', 'ja', 'ko', 'hi', 'fa', 'ur']);
const VERB_LATE = new Set(['de', 'nl']);
/** What follows the last word of a clause: its verb, in German and Dutch. */
const CLAUSE_END = /^\s*(?:[,.;:!?)]|(?:und|oder|aber|en|of|maar)(?![\p{L}])|$)/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/** A comma between clauses, not one inside a figure ("3,000"). */
const CLAUSE_COMMA = /,(?!\d)/;
const CLAUSE_COMMAS = /,(?!\d)/g;
const RANGE_AND = /(?:between|entre|zwischen|между|між)\s+\S+\s+(?:and|et|und|y|и|і|та)\s*\S*$/iu;
const CONJUNCTION = /(?<![\p{L}])(and|but|while|и|а|но|ve|ama|et|mais|und|aber|y|pero)(?![\p{L}])/iu;

/**
 * How far a cue word is from a value, in characters; null when it cannot govern it. The word that governs
 * a value usually comes before it ("signed in 2017", "test … in October 2020"); a cue after it counts only
 * within the same clause, at a triple distance.
 */
function cueDistance(
  sentence: string,
  tok: Statement['tokens'][number],
  v: { start: number; end: number },
  verbFinal: boolean,
  relative = false,
  lateVerb = false,
  timeFirst = false,
): number | null {
  // The cue's own length in the text (its folded form may be longer: Korean is romanised, "ß" becomes "ss").
  const tokEnd = endOf(sentence, tok);
  if (tok.start >= v.start && tok.start < v.end) return 0;
  // A weekday or "last year" is governed by the words before it ("phoned on Thursday"); one before the event's
  // words is the day of something else ("shares rose on Tuesday after the listing plan …").
  if (relative && !verbFinal && tok.start >= v.end) return null;
  if (verbFinal) {
    // Turkish and other verb-final languages put the governing word after the value: mirror the rule.
    // Past a closing quote the cue is another clause's ("…3천 명으로 파악된다\"며 \"…계획한").
    if (tok.start >= v.end) return /[,;"”」』]/u.test(sentence.slice(v.end, tok.start)) ? null : tok.start - v.end;
    if (/[,;]/.test(sentence.slice(tok.start, v.start))) return null;
    // A modifier right before the figure ("총 1만2천 명", "total") governs it as closely as a verb after it.
    const before = Math.max(0, v.start - tokEnd);
    return before <= 3 ? before : before * 3;
  }
  if (tok.start < v.start) {
    // The cue governs a value in its own clause: past a semicolon, or a comma or "and" farther off, the figure
    // belongs to the next matter ("signed the memorandum, and will decide by the end of January").
    const d = Math.max(0, v.start - tokEnd);
    // "between early and mid-October": the "and" of a range is no clause of its own.
    const gap = sentence.slice(tokEnd, v.start).replace(RANGE_AND, '');
    if (/;/.test(gap) || (d > 25 && CONJUNCTION.test(gap)) || (d > 45 && CLAUSE_COMMA.test(gap))) return null;
    return d;
  }
  const between = sentence.slice(v.end, tok.start);
  // Chinese puts a time before its verb, past any phrase of means or place ("于8日至13日借助…舰艇，将…运抵").
  if (timeFirst && !/[;。；]/u.test(between)) return tok.start - v.end;
  // German and Dutch put the participle last ("hatte … am Donnerstagabend … in Sotschi gratuliert"): the verb
  // that ends the value's clause is as close as its distance.
  const late = lateVerb && CLAUSE_END.test(sentence.slice(tokEnd)) ? 1 : 3;
  // A date or figure that opens the sentence may be set off by a comma ("Earlier, on 8 November, Putin …").
  const opening =
    v.start <= 12 && !/[,;]/.test(sentence.slice(0, v.start)) && (between.match(CLAUSE_COMMAS) ?? []).length === 1;
  if (/;/.test(between) || (CLAUSE_COMMA.test(between) && !opening) || CONJUNCTION.test(between)) return null;
  return (tok.start - v.end) * late;
}

/** Is value claim `i` (an index into `valueClaims`) about entities the statement reaches? Bit masks when the set has
 * them. */
function entitiesInReach(st: Statement, context: ReadonlySet<string>, cs: CompiledClaimSet): (i: number) => boolean {
  const bits = cs.match.entityBits;
  if (!bits) return (i) => cs.valueClaims[i]!.entities.every((e) => st.entities.has(e) || context.has(e));
  let reach = 0;
  for (const e of st.entities) reach |= bits.get(e) ?? 0;
  for (const e of context) reach |= bits.get(e) ?? 0;
  const { entityMasks, valueClaimIds } = cs.match;
  return (i) => (entityMasks[valueClaimIds[i]!]! & ~reach) === 0;
}

/** Values in one statement, with the value claim each belongs to (unassigned values are dropped). */
export function valueFindings(
  st: Statement,
  contextEntities: ReadonlySet<string>,
  cs: CompiledClaimSet,
  lang: string,
  actor: string | null,
  published: string | null = null,
): ValueFinding[] {
  // A value is only kept next to one of its claim's cue words: without any, there is nothing to extract.
  // A teaser for another story carries that story's figures.
  if (isTeaser(st.sentence.text)) return [];
  const cues = cs.match.valueCues;
  // Without a cue word, only a count of what a claim counts, about the claim's own parties all named in the
  // sentence, can be its value (or a known place, for a claim of places).
  const byParties = /\d/.test(st.sentence.text) ? countClaimsNamed(cs, st.entities) : [];
  const unitsOnly = !st.tokens.some((t) => cues.has(t.stem));
  if (unitsOnly && !byParties.length && !placeClaims(cs).length) return [];
  // The value claims whose cue words the sentence carries (in claim-set order), with the tokens that are their cues.
  const cueTokens = new Map<number, number[]>();
  const file = (i: number, k: number): void => {
    const list = cueTokens.get(i);
    if (!list) cueTokens.set(i, [k]);
    else if (list[list.length - 1] !== k) list.push(k);
  };
  st.tokens.forEach((t, k) => {
    for (const i of cues.get(t.stem) ?? []) file(i, k);
    // Korean glues particles to the word ("8월부터", "사상자가"): a cue may end or start a longer word.
    if (HANGUL.test(st.sentence.text.slice(t.start, t.start + 6)))
      for (const i of hangulCues(cues, t.norm)) file(i, k);
    // Arabic glues prepositions and the article to the word ("بمبيعات" is "with sales").
    else if (ARABIC.test(st.sentence.text[t.start] ?? ''))
      for (const core of arabicCores(t.norm)) for (const i of cues.get(stem(core)) ?? []) file(i, k);
  });
  const inReach = entitiesInReach(st, contextEntities, cs);
  // Only whole cue phrases count: one word of "presidential election" does not cue the election's date.
  for (const [i, ks] of cueTokens) {
    if (!inReach(i)) {
      cueTokens.delete(i);
      continue;
    }
    // Office titles are matched whole (either way round) where they are read, in name-findings.
    if (cs.valueClaims[i]!.valueType === 'person') continue;
    const whole = wholeCueTokens(st.tokens, ks, phrasesOf(cs.valueClaims[i]!, true));
    if (whole.length) cueTokens.set(i, whole);
    else cueTokens.delete(i);
  }
  const cued = [...cueTokens.keys()].sort((a, b) => a - b).filter(inReach);
  if (!cued.length && !byParties.length && !placeClaims(cs).length) return [];
  const named = cued.filter((i) => isNameType(cs.valueClaims[i]!.valueType));
  // A place is its own cue: a known place in a sentence about the claim's parties ("phoned Putin from Mar-a-Lago").
  for (const i of placeClaims(cs)) {
    if (named.includes(i) || !cs.valueClaims[i]!.entities.every((e) => st.entities.has(e))) continue;
    named.push(i);
    cueTokens.set(i, []);
  }
  const counted = named.length ? cued.filter((i) => !named.includes(i)) : cued;
  const out = named.length ? nameFindings(st, cs, named, cueTokens, actor) : [];
  if ((!counted.length && !byParties.length) || !mayMentionValue(st.sentence.text, st.tokens, published !== null))
    return out;
  const extracted = extractValues(st.sentence.text, lang, { published });
  const verbFinal = VERB_FINAL.has(lang);
  const bestOf = new Map<string, { score: number; finding: ValueFinding; start: number }>();
  const extra: ValueFinding[] = [];
  let spans: ReturnType<typeof entitySpans> | null = null;
  let hits: Array<{ owner: string; start: number; end: number }> | null = null;
  const others = new Map<string, boolean>();
  /**
   * Is the sentence about someone else? It names a party outside the claim (a person or a company other than
   * the one telling it) and not all of the claim's own: "Zelensky spoke to Trump on Wednesday" dates another call,
   * "Peskov said on Monday" dates a statement.
   */
  const aboutOthers = (c: CompiledClaim, figure: boolean, valueEnd: number): boolean => {
    if (!c.entities.length) return false;
    // A party named after the value, past a comma, is in another clause ("the memorandum signed on Dec. 23,
    // according to a statement that also cancelled one with Mitsubishi"): only the value's clause counts.
    const clauseEnd = valueEnd + (st.sentence.text.slice(valueEnd).search(/;|,(?!\d)/) + 1 || Infinity);
    const memo = `${c.id}:${figure}:${clauseEnd}`;
    let r = others.get(memo);
    if (r === undefined) {
      hits ??= cs.nameBook.index
        .find(st.tokens)
        .filter((h) => spelledAsKnown(st.tokens, h, cs.nameBook.about(h.owner)));
      const own = hits.filter((h) => h.owner.startsWith('entity:') && c.entities.includes(h.owner.slice(7)));
      const allOwn = c.entities.every((e) => own.some((h) => h.owner === `entity:${e}`));
      const foreign = hits.filter(
        (h) => !own.some((o) => o.start === h.start && o.end === h.end) && st.tokens[h.start]!.start < clauseEnd,
      );
      // For a figure, a country counts as the owner of the matter when none of the claim's own is named at all:
      // "Ukraine's losses came to 76,000" is Ukraine's figure in an article about North Korea's. (A date is not
      // owned that way: "the call took place on Thursday; the war in Ukraine was its theme".)
      const noneOwn = figure && !own.length && !c.entities.some((e) => st.entities.has(e));
      r = !allOwn && foreign.some((h) => (isParty(h.owner) && !tells(h)) || (noneOwn && isCountry(h.owner)));
      others.set(memo, r);
    }
    return r;
  };
  const isCountry = (owner: string): boolean =>
    owner.startsWith('entity:') && cs.nameBook.about(owner)?.kind === 'country';
  /**
   * Is the person at hit `h` the one telling the figure, whoever attribution settled on: a name next to a
   * reporting verb ("…, sagte Geheimdienstchef Kyrylo Budanow"), or a Korean or Japanese topic opening a sentence
   * that ends in saying or estimating ("부다노프는 … 추산했다").
   */
  const tells = (h: { start: number; end: number }): boolean => {
    const from = st.tokens[h.start]!.start;
    const to = endOf(st.sentence.text, st.tokens[h.end - 1]!);
    if (st.cues.some((q) => Math.abs(q.at - to) <= 35 || Math.abs(q.at - from) <= 35)) return true;
    const topic =
      /(?:은|는|は)$/u.test(st.sentence.text.slice(from, to)) || /^(?:은|는|は)/u.test(st.sentence.text.slice(to));
    return from <= 12 && topic && ESTIMATED.test(st.sentence.text);
  };
  const isParty = (owner: string): boolean => {
    // The one who tells the figure is not another party to it; nor is an agency or an outlet.
    if (owner.startsWith('actor:'))
      return owner.slice(6) !== st.speaker && cs.actors.get(owner.slice(6))?.kind === 'person';
    if (!owner.startsWith('entity:')) return false;
    return PARTY_KINDS.has(cs.nameBook.about(owner)?.kind ?? '');
  };
  /** How near the claim's farthest party stands to the value (1 next to it, towards 0 far off); null when one is
   * missing. */
  const subjectNearness = (c: CompiledClaim, v: { start: number; end: number }): number | null => {
    if (!c.entities.length) return 0;
    spans ??= entitySpans(st, cs);
    let worst = 0;
    for (const e of c.entities) {
      let d = Infinity;
      for (const sp of spans)
        if (sp.id === e)
          d = Math.min(d, sp.end <= v.start ? v.start - sp.end : sp.start >= v.end ? sp.start - v.end : 0);
      if (d === Infinity) return null;
      worst = Math.max(worst, d);
    }
    return 1 / (1 + worst / 10);
  };
  for (const v of extracted) {
    if (
      v.normalised.kind === 'date' &&
      (isReportDate(st.sentence.text, v.start, v.end) || dayOfTelling(v, published, st.sentence.text))
    )
      continue;
    if (v.normalised.kind === 'count' && isPartOf(st.sentence.text, v.start)) continue;
    // How much each cue token weighs for this value (nearer weighs more); the same whatever the claim.
    const weights = new Map<number, number>();
    // A noun of the claim's own that is no common unit ("1,200 casualties", "600 Tote") names what is counted: it
    // governs the figure as a cue word beside it would, and such a figure stands beside another of its claim.
    const specific = v.normalised.kind === 'count' && !!v.normalised.unit && !isUnitClass(v.normalised.unit);
    const ownNounWeight = specific ? 1 : OWN_NOUN_WEIGHT;
    // German puts the participle last ("hatte … am Donnerstag … gratuliert"): its cue may follow a weekday too.
    const relative = v.normalised.kind === 'date' && !/\d/.test(v.text) && !VERB_LATE.has(lang);
    const dayLead = weekdayBefore(st, v, lang, published);
    const weightOf = (k: number): number => {
      let w = weights.get(k);
      if (w === undefined) {
        const tok = st.tokens[k]!;
        // A cue that is the value's own noun ("3,000 troops") tells little: every count of people has one. It
        // counts, but a cue of its own nearby ("casualties", "planned") outweighs it.
        // In Chinese and Japanese the noun follows the counter ("约1万名士兵"): it is the value's own noun too.
        const nounEnd = v.normalised.kind === 'count' && CJK.test(v.text) ? v.end + 2 : v.end;
        // Korean names what a figure counts after a genitive ("4700여 명의 사상자"): that noun is the figure's own.
        const genitive = tok.start >= v.end && /^\s?의\s?$/u.test(st.sentence.text.slice(v.end, tok.start));
        if (genitive || (dayLead >= 0 && tok.start >= dayLead && tok.start < v.start)) {
          weights.set(k, (w = genitive ? 1 : 0));
          return w;
        }
        const inside = tok.start >= v.start && tok.start < nounEnd;
        const timeFirst = v.normalised.kind === 'date' && (lang === 'zh' || lang === 'zh-tw');
        const d = cueDistance(st.sentence.text, tok, v, verbFinal, relative, VERB_LATE.has(lang), timeFirst);
        weights.set(k, (w = inside ? ownNounWeight : d !== null && d <= 120 ? 1 / (1 + d / 10) : 0));
      }
      return w;
    };
    // A figure whose own noun is one claim's word ("76 тисяч убитими", "3,000 casualties") counts for no claim
    // that lacks that word.
    const ownNoun =
      specific && counted.filter((i) => cueTokens.get(i)!.some((k) => insideValue(st.tokens[k]!.start, v)));
    // "Since 2021" starts a period: it dates a claim only where "since" is one of the claim's own cues.
    const since = v.normalised.kind === 'date' ? sinceToken(st, v.start) : -1;
    // A year that names another thing ("his 2024 book", "a 2017 forecast", "закон 2017 года") dates that thing: it
    // counts only for a claim whose cue is that very word.
    const named = v.normalised.kind === 'date' && v.normalised.precision === 'year' ? yearOf(st, v) : -1;
    // The day something was said dates only a claim about the saying (its cue is the verb: "reported on Nov. 10").
    const told = v.normalised.kind === 'date' ? saidOn(st, v.start) : null;
    // Each claim collects evidence from every cue near the value.
    let best: { claim: CompiledClaim; score: number; named: boolean } | null = null;
    for (const i of counted) {
      const c = cs.valueClaims[i]!;
      if (ownNoun && ownNoun.length && !ownNoun.includes(i)) continue;
      if (since >= 0 && !cueTokens.get(i)!.includes(since)) continue;
      if (named >= 0 && !cueTokens.get(i)!.includes(named)) continue;
      if (
        told &&
        !cueTokens
          .get(i)!
          .some((k) => st.tokens[k]!.start < told.end && endOf(st.sentence.text, st.tokens[k]!) > told.at)
      )
        continue;
      const figure = v.normalised.kind === 'count' || v.normalised.kind === 'money';
      if (expectedKind(c) !== v.normalised.kind || aboutOthers(c, figure, v.end)) continue;
      // Counts must be in a unit the claim counts in ("two leaders" is not a quantity of systems).
      // A claim that counts in nouns of its own ("casualties", "killed", no unit class) takes any count near them.
      if (
        v.normalised.kind === 'count' &&
        c.units.size &&
        !c.units.has(v.normalised.unit ?? '') &&
        [...c.units].some(isUnitClass)
      )
        continue;
      // The nearest cue decides; more cue words add a little (a claim with a long list of cues must not win on
      // the count of its words).
      // Chinese and Japanese cues are runs of one-character tokens ("报道" is two): a run weighs as its nearest.
      let sum = 0;
      let top = 0;
      let outside = false;
      let outsideTop = false;
      let run = 0;
      let prevK = -2;
      for (const k of cueTokens.get(i)!) {
        const w = weightOf(k);
        const cjk = CJK.test(st.sentence.text[st.tokens[k]!.start] ?? '');
        if (cjk && k === prevK + 1) run = Math.max(run, w);
        else {
          sum += run;
          run = w;
        }
        prevK = cjk ? k : -2;
        top = Math.max(top, w);
        if (w > 0 && !(st.tokens[k]!.start >= v.start && st.tokens[k]!.start < v.end)) {
          outside = true;
          if (w > ownNounWeight) outsideTop = true;
        }
      }
      sum += run;
      if (top <= 0) continue;
      let score = top + EXTRA_CUE_WEIGHT * (sum - top);
      // The claim's parties near the figure: "Honda sold 3.98m" is Honda's figure before it is the pair's. A
      // figure (money, a count) whose only cue is its own word ("billion", "troops") needs every one of them in
      // the sentence.
      const near = subjectNearness(c, v);
      if (!outside && near === null && (v.normalised.kind === 'money' || v.normalised.kind === 'count')) continue;
      score += (near ?? 0) * SUBJECT_WEIGHT;
      // Between claims cued alike, the one whose parties the sentence names, all of them and the most, is meant:
      // "Honda, Nissan and Mitsubishi together sold 8 million" is the three's figure, not the two's.
      if (c.entities.every((e) => st.entities.has(e))) score += PARTIES_WEIGHT * c.entities.length;
      // A figure the claim set already records for this claim, beside one of its cue words, restates that record:
      // "six officers" of a strike on record is the strike's six, not a new running total of the dead.
      if (v.normalised.kind === 'count' && c.knownValues.some((k) => valuesAgree(k.normalised, v.normalised)))
        score += RECORD_WEIGHT;
      if (!best || score > best.score) best = { claim: c, score, named: specific && !outsideTop };
    }
    if (!best && v.normalised.kind === 'count' && v.normalised.unit) {
      // The claim's own unit, with every one of its parties named in this very sentence, is a weak cue of its own:
      // "rund 1.500 Angehörige … nach Russland gebracht" counts the troops even without a cue word.
      const unit = v.normalised.unit;
      const c = byParties.find((x) => x.units.has(unit));
      if (c) best = { claim: c, score: UNIT_ONLY_WEIGHT, named: false };
    }
    if (best) {
      const finding: ValueFinding = {
        attribute: best.claim.attribute!,
        claim: best.claim.id,
        value: v.text,
        normalised: v.normalised,
        evidence: st.sentence.text,
        actor,
      };
      const prev = bestOf.get(best.claim.id);
      // A second figure for the same claim stands only when its own cue governs it as strongly ("about 4,000
      // killed or wounded, while officials gave 1,200 casualties"); otherwise the better-governed one wins.
      // The two ends of one range ("10,000 to 12,000 troops") are read from the same words: both stand.
      const sameWords = prev?.start === v.start && prev.finding.value === v.text;
      const strong = (x: number) => x >= SECOND_VALUE_SCORE;
      if (prev && (sameWords || best.named || (strong(best.score) && strong(prev.score)))) extra.push(finding);
      else if (!prev || best.score > prev.score)
        bestOf.set(best.claim.id, { score: best.score, finding, start: v.start });
    }
  }
  // One value per claim and sentence, the one its cues govern most: a sentence listing several figures of a kind
  // ("Honda sold 3.98m, Nissan 3.37m, 7.35m together") gives each claim the figure nearest its words.
  for (const { finding } of bestOf.values()) out.push(finding);
  out.push(...extra);
  return out;
}
