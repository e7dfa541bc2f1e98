import type { ClaimDef, ClaimSetFile, PositionDef, SourceDef, ValueReportDef } from './schema.js';
import type { NormalisedValue } from '../types.js';
import { PhraseIndex } from '../text/phrases.js';
import { regionNames } from '../text/locale-names.js';
import { contentStems, NEGATIONS, tokenize } from '../text/tokens.js';
import { negationParity } from '../stance/negation.js';
import { parseValue, readKnownValue, valueTypeOf, type NameBook, type ValueType } from '../values/index.js';
import { quoteFingerprint, extractQuotes } from '../statements/quotes.js';
import { sentenceFingerprint } from './fingerprint.js';
import { shortCueKeys } from '../values/cue-phrases.js';
import { splitSentences } from '../text/sentences.js';
import { normaliseText } from '../text/normalise.js';

/**
 * A claim set turned into indexes the engine can use per sentence without scanning every claim:
 * a phrase index for entities and actors, an inverted index from stems to claims, known values parsed,
 * known quotes fingerprinted.
 */

/** Owner of a name: `entity:<id>` or `actor:<id>`. */
export type NameOwner = `entity:${string}` | `actor:${string}` | `near:${string}`;

export interface KnownValue {
  value: string;
  normalised: NormalisedValue;
  sources: SourceDef[];
  actor: string | null;
}

export interface CompiledClaim {
  id: string;
  text: string;
  def: ClaimDef;
  /** Stems of the claim's evoking terms (for the index and value cues). */
  termStems: Set<string>;
  /** Each term as a set of stems: a term counts as present when all of its stems are. */
  termPhrases: Array<Set<string>>;
  /**
   * Every stem of the claim's own wording (terms, text, paraphrases): cue words among them are content, not
   * stance.
   */
  ownStems: Set<string>;
  /** For count values: the units this claim counts in (from known values and cue words). */
  units: Set<string>;
  /** Entities a sentence (or its context) must touch. */
  entities: string[];
  /** The canonical statement is itself negative ("… have never been used"). */
  negative: boolean;
  attribute: string | null;
  /**
   * For value claims: the type of value it holds (declared, or from its values on record and its attribute's
   * name).
   */
  valueType: ValueType | null;
  cueStems: Set<string>;
  knownValues: KnownValue[];
  conflicts: string[];
  /** Claims this one takes for granted (see the schema). */
  implies: string[];
  /** Sum of the heaviest vocabulary weights: the score a perfect match reaches. */
  norm: number;
  /** Stem → weight over the claim's whole vocabulary (terms weigh most, rarer stems more). */
  vocab: Map<string, number>;
}

/**
 * The matcher's indexes, in flat typed arrays (claim data read per sentence sits together in memory: at
 * 10,000 claims, chasing one small array per claim costs more than the arithmetic).
 *
 * Every stem of every claim's vocabulary gets a small integer id. Each evoking term is filed under one
 * *anchor*, its stem that the fewest terms share, so a sentence opens a term only when it carries that
 * term's rarest stem. A term whose anchor more terms share than {@link commonTermLimit} allows cannot tell
 * its claims apart: it is *common*, and counts only in a sentence that also carries one of the claim's more
 * specific words (its *openers*). The work per sentence follows the terms it could contain, not the size of
 * the claim set.
 */
export interface MatchIndex {
  /** Stem → key id. */
  keys: Map<string, number>;
  /** Terms, each as [length, key id …], one after another; a term is named by its offset here. */
  terms: Int32Array;
  /**
   * Per key id, the terms filed under it as pairs (claim index, term offset): `anchorStart[id]` …
   * `anchorStart[id + 1]`. A one-word term is filed as offset -1: its anchor is the whole term, so finding the
   * anchor finds the term.
   */
  anchorStart: Int32Array;
  anchors: Int32Array;
  /** Per key id, the claims with common terms it opens: `openerStart[id]` … `openerStart[id + 1]`. */
  openerStart: Int32Array;
  openers: Int32Array;
  /**
   * Per claim, the offsets of its common terms (a one-word term as -(key id) - 1): `commonStart[c]` …
   * `commonStart[c + 1]`.
   */
  commonStart: Int32Array;
  common: Int32Array;
  /** Per claim, its vocabulary as key ids and weights: `vocabStart[c]` … `vocabStart[c + 1]`. */
  vocabStart: Int32Array;
  vocabKeys: Int32Array;
  vocabWeights: Float64Array;
  /** Per claim, the sum of its heaviest weights (a copy of `CompiledClaim.norm`). */
  norms: Float64Array;
  /**
   * Per key id, the claims that a sentence can only come near by carrying it (see {@link NEAR_SHARE}):
   * `nearStart[id]` ….
   */
  nearStart: Int32Array;
  near: Int32Array;
  /** Per claim, its entities as bits of `entityBits` (when the set names at most 31 entities). */
  entityMasks: Int32Array;
  entityBits: Map<string, number> | null;
  /** A term whose anchor more terms share than this is common. */
  commonLimit: number;
  /** Stem of a value claim's cue or term → indexes into `valueClaims` (ascending). */
  valueCues: Map<string, number[]>;
  /** Index in `claims` of each of `valueClaims` (for their entity masks). */
  valueClaimIds: Int32Array;
}

/** A sentence is near a claim when it carries this share of the claim's norm (its heaviest words), terms or not. */
export const NEAR_SHARE = 0.33;

/** Lists keyed by a dense id, packed as one array plus start offsets (compressed sparse rows). */
function packRows(rows: number[][]): { start: Int32Array; data: Int32Array } {
  const start = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (start[i + 1] = start[i]! + r.length));
  const data = new Int32Array(start[rows.length]!);
  rows.forEach((r, i) => data.set(r, start[i]!));
  return { start, data };
}

export interface CompiledActor {
  id: string;
  name: string;
  role: string | undefined;
  kind: string;
  /** Actor id of the body this actor speaks for, if any. */
  affiliation: string | undefined;
}

export interface KnownQuote {
  stems: Set<string>;
  actor: string;
  claim: string | null;
  source: SourceDef;
  text: string;
}

export interface CompiledClaimSet {
  story: ClaimSetFile['story'];
  relevance: ClaimSetFile['relevance'];
  /** Actors and entities: the speaker of a sentence is found here, and (`findTwo`) the entities it mentions. */
  names: PhraseIndex<NameOwner>;
  entityIds: string[];
  /**
   * Entities some words stand for beside others (entity id → the entities those words need in the sentence); the
   * same for actors' titles, keyed `@actor-id`.
   */
  entityNear: Map<string, string[]>;
  actors: Map<string, CompiledActor>;
  claims: CompiledClaim[];
  /** The claims that carry values (quantity, dates, money…), looked at for every sentence. */
  valueClaims: CompiledClaim[];
  byId: Map<string, CompiledClaim>;
  match: MatchIndex;
  positions: Map<string, PositionDef[]>;
  quotes: KnownQuote[];
  /** Stem → indexes into `quotes` (ascending) whose fingerprint has it. */
  quoteIndex: Map<string, number[]>;
  /** Fingerprints of sentences in the documents the set was curated from: not "new" material. */
  knownSentences: Set<string>;
  /** Names the set knows, with what each names: values of office-holders, parties and places are read from it. */
  nameBook: NameBook;
}

function termStemsOf(claim: ClaimDef): { stems: Set<string>; phrases: Array<Set<string>>; entities: string[] } {
  const stems = new Set<string>();
  const phrases: Array<Set<string>> = [];
  const entities = new Set(claim.entities);
  for (const term of claim.terms) {
    if (term.startsWith('@')) {
      entities.add(term.slice(1));
      continue;
    }
    const phrase = contentStems(term);
    if (!phrase.size) continue;
    phrases.push(phrase);
    for (const s of phrase) stems.add(s);
  }
  return { stems, phrases, entities: [...entities] };
}

/** Units a value claim counts in: those of its known values, and any unit named among its cues. */
function unitsOf(claim: ClaimDef, known: KnownValue[]): Set<string> {
  const units = new Set<string>();
  for (const k of known) if (k.normalised.kind === 'count' && k.normalised.unit) units.add(k.normalised.unit);
  for (const cue of claim.cues) {
    const v = parseValue(`2 ${cue}`);
    if (v?.kind === 'count' && v.unit) units.add(v.unit);
  }
  return units;
}

/** A value on record, read as the claim's type; relative dates count from the date of its first source. */
function parseKnownValue(
  v: ValueReportDef,
  type: ValueType | null,
  book: NameBook,
  parties: string[],
): KnownValue | null {
  const normalised = readKnownValue(v.value, type, v.sources[0]?.date ?? null, book, parties);
  return normalised ? { value: v.value, normalised, sources: v.sources, actor: v.actor ?? null } : null;
}

/** The claim's value type, from what it declares, else its values as written, else its attribute's name. */
function typeOf(c: ClaimDef): ValueType | null {
  if (!c.attribute) return null;
  const plain = c.values
    .map((v) => parseValue(v.value, undefined, { published: v.sources[0]?.date ?? null }))
    .filter((x) => x !== null);
  return valueTypeOf(c.type, c.attribute, plain);
}

/**
 * Compile a validated claim set. `sourceTexts` are the texts of the documents it was curated from
 * (the seeds), used only to recognise their sentences as already known.
 */
export function compileClaimSet(file: ClaimSetFile, sourceTexts: string[] = []): CompiledClaimSet {
  const names = new PhraseIndex<NameOwner>();
  for (const e of file.entities)
    for (const list of Object.values(e.aliases)) for (const a of list) names.add(a, `entity:${e.id}`);
  for (const e of file.entities)
    for (const list of Object.values(e.near?.words ?? {})) for (const a of list) names.add(a, `near:${e.id}`);
  for (const e of file.entities) if (e.region) for (const a of regionNames(e.region)) names.add(a, `entity:${e.id}`);
  const actors = new Map<string, CompiledActor>();
  for (const a of file.actors) {
    actors.set(a.id, { id: a.id, name: a.name, role: a.role, kind: a.kind, affiliation: a.affiliation });
    for (const alias of [a.name, ...a.aliases]) names.add(alias, `actor:${a.id}`);
    for (const word of a.near?.words ?? []) names.add(word, `near:@${a.id}`);
  }
  const entityInfo = new Map(
    file.entities.map((e) => [
      e.id,
      {
        name: e.aliases['any']?.[0] ?? e.aliases['en']?.[0] ?? Object.values(e.aliases)[0]?.[0] ?? e.id,
        kind: e.kind,
        spellings: Object.values(e.aliases)
          .flat()
          .map((a) => tokenize(a).map((t) => t.norm)),
      },
    ]),
  );
  const actorInfo = new Map(
    file.actors.map((a) => [
      a.id,
      { name: a.name, kind: a.kind, spellings: [a.name, ...a.aliases].map((x) => tokenize(x).map((t) => t.norm)) },
    ]),
  );
  const nameBook: NameBook = {
    index: names,
    about: (owner) =>
      owner.startsWith('actor:')
        ? (actorInfo.get(owner.slice(6)) ?? null)
        : owner.startsWith('entity:')
          ? (entityInfo.get(owner.slice(7)) ?? null)
          : null,
  };

  const claims: CompiledClaim[] = [];
  const vocab: Array<Map<string, { weight: number; term: boolean }>> = [];
  file.claims.forEach((c) => {
    const { stems, phrases, entities } = termStemsOf(c);
    const v = new Map<string, { weight: number; term: boolean }>();
    for (const s of stems) v.set(s, { weight: 1, term: true });
    for (const text of [c.text, ...c.paraphrases])
      for (const s of contentStems(text)) if (!v.has(s) && !NEGATIONS.has(s)) v.set(s, { weight: 0.4, term: false });
    vocab.push(v);
    const valueType = typeOf(c);
    const knownValues = c.values
      .map((v) => parseKnownValue(v, valueType, nameBook, entities))
      .filter((x): x is KnownValue => x !== null);
    claims.push({
      id: c.id,
      text: c.text,
      def: c,
      termStems: stems,
      termPhrases: phrases,
      entities,
      ownStems: new Set([...v.keys(), ...negationMarks([...c.terms, c.text, ...c.paraphrases])]),
      units: unitsOf(c, knownValues),
      // Claim texts are short: their letters, not a language model, tell whether the Turkish suffix rule applies.
      negative: negationParity(c.text, 'und'),
      attribute: c.attribute ?? null,
      valueType,
      cueStems: new Set(c.cues.flatMap((cue) => [...contentStems(cue)])),
      knownValues,
      conflicts: c.conflicts,
      implies: c.implies,
      norm: 0,
      vocab: new Map(),
    });
  });

  // Inverse document frequency: a stem shared by many claims says little about which one is meant.
  const df = new Map<string, number>();
  for (const v of vocab) for (const s of v.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const keys = new Map<string, number>();
  const keyOf = (stem: string) => {
    let id = keys.get(stem);
    if (id === undefined) keys.set(stem, (id = keys.size));
    return id;
  };
  const vocabKeys: number[] = [];
  const vocabWeights: number[] = [];
  const vocabStart = new Int32Array(claims.length + 1);
  vocab.forEach((v, i) => {
    const claim = claims[i]!;
    const weights: number[] = [];
    for (const [s, { weight }] of v) {
      const w = weight * Math.log(1 + claims.length / (df.get(s) ?? 1));
      vocabKeys.push(keyOf(s));
      vocabWeights.push(w);
      weights.push(w);
      claim.vocab.set(s, w);
    }
    vocabStart[i + 1] = vocabKeys.length;
    claim.norm =
      weights
        .sort((a, b) => b - a)
        .slice(0, 4)
        .reduce((a, b) => a + b, 0) || 1;
  });
  // "Near a claim" needs NEAR_SHARE of the claim's norm. Sorted by weight, a claim's heaviest stems are the
  // rarest; once the stems after them weigh less than the share, a sentence can only reach it by carrying one
  // of them. Filed under those alone, each claim is reached through short lists.
  const nearRows: number[][] = Array.from({ length: keys.size }, () => []);
  for (let c = 0; c < claims.length; c++) {
    const entries: Array<[number, number]> = [];
    for (let j = vocabStart[c]!; j < vocabStart[c + 1]!; j++) entries.push([vocabKeys[j]!, vocabWeights[j]!]);
    entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    let rest = entries.reduce((sum, [, w]) => sum + w, 0);
    const need = NEAR_SHARE * claims[c]!.norm;
    for (const [id, w] of entries) {
      if (rest < need) break;
      nearRows[id]!.push(c);
      rest -= w;
    }
  }
  const near = packRows(nearRows);

  // Terms as key ids, and how many terms each key appears in.
  const termRows: number[] = [];
  const termOffsets = claims.map((c) =>
    c.termPhrases.map((ph) => {
      termRows.push(ph.size, ...[...ph].map(keyOf));
      return termRows.length - ph.size - 1;
    }),
  );
  const terms = Int32Array.from(termRows);
  const termDf = new Int32Array(keys.size);
  for (const offs of termOffsets) for (const o of offs) for (let k = 1; k <= terms[o]!; k++) termDf[terms[o + k]!]!++;

  // Anchor each term under its stem that the fewest terms use (ties: the longer stem, then the first).
  const commonLimit = commonTermLimit(claims.length);
  const stemOf = [...keys.keys()];
  const anchorRows: number[][] = Array.from({ length: keys.size }, () => []);
  const commonRows: number[][] = claims.map(() => []);
  claims.forEach((c, i) => {
    if (c.attribute) return; // value claims are reached through their values, not their terms
    for (const o of termOffsets[i]!) {
      let anchor = terms[o + 1]!;
      for (let k = 2; k <= terms[o]!; k++) {
        const id = terms[o + k]!;
        if (
          termDf[id]! < termDf[anchor]! ||
          (termDf[id] === termDf[anchor] && stemOf[id]!.length > stemOf[anchor]!.length)
        )
          anchor = id;
      }
      const single = terms[o] === 1;
      if (termDf[anchor]! > commonLimit) commonRows[i]!.push(single ? -anchor - 1 : o);
      else anchorRows[anchor]!.push(i, single ? -1 : o);
    }
  });
  const anchors = packRows(anchorRows);
  const common = packRows(commonRows);
  const openerRows: number[][] = Array.from({ length: keys.size }, () => []);
  claims.forEach((c, i) => {
    if (!commonRows[i]!.length) return;
    for (const [s] of c.vocab) if ((df.get(s) ?? 0) <= commonLimit) openerRows[keys.get(s)!]!.push(i);
  });
  const openers = packRows(openerRows);

  const entityIds = [...new Set([...file.entities.map((e) => e.id), ...claims.flatMap((c) => c.entities)])];
  const entityBits = entityIds.length <= 31 ? new Map(entityIds.map((e, i) => [e, 1 << i])) : null;
  const entityMasks = Int32Array.from(claims, (c) =>
    entityBits ? c.entities.reduce((m, e) => m | entityBits.get(e)!, 0) : 0,
  );

  const match: Omit<MatchIndex, 'valueCues' | 'valueClaimIds'> = {
    keys,
    terms,
    anchorStart: anchors.start,
    anchors: anchors.data,
    openerStart: openers.start,
    openers: openers.data,
    commonStart: common.start,
    common: common.data,
    vocabStart,
    vocabKeys: Int32Array.from(vocabKeys),
    vocabWeights: Float64Array.from(vocabWeights),
    norms: Float64Array.from(claims, (c) => c.norm),
    nearStart: near.start,
    near: near.data,
    entityMasks,
    entityBits,
    commonLimit,
  };

  const valueClaims = claims.filter((c) => c.attribute !== null);
  const claimIndex = new Map(claims.map((c, i) => [c, i]));
  const valueCues = new Map<string, number[]>();
  valueClaims.forEach((c, i) => {
    for (const s of new Set([...c.cueStems, ...c.termStems, ...shortCueKeys(c)])) {
      const list = valueCues.get(s) ?? [];
      list.push(i);
      valueCues.set(s, list);
    }
  });

  const positions = new Map<string, PositionDef[]>();
  const quotes: KnownQuote[] = [];
  for (const c of file.claims) {
    positions.set(c.id, c.positions);
    for (const p of c.positions)
      for (const q of extractQuotes(p.evidence))
        quotes.push({ stems: quoteFingerprint(q), actor: p.actor, claim: c.id, source: p.source, text: q });
  }
  const quoteIndex = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    for (const stem of q.stems) {
      const list = quoteIndex.get(stem) ?? [];
      list.push(i);
      quoteIndex.set(stem, list);
    }
  });
  const knownSentences = new Set<string>();
  for (const t of sourceTexts) for (const fp of sentenceFingerprintsOf(t)) knownSentences.add(fp);

  return {
    story: file.story,
    relevance: file.relevance,
    names,
    entityIds: file.entities.map((e) => e.id),
    entityNear: new Map([
      ...file.entities.flatMap((e) => (e.near ? [[e.id, e.near.with] as const] : [])),
      ...file.actors.flatMap((a) => (a.near ? [[`@${a.id}`, a.near.with] as const] : [])),
    ]),
    actors,
    claims,
    valueClaims,
    byId: new Map(claims.map((c) => [c.id, c])),
    match: { ...match, valueCues, valueClaimIds: Int32Array.from(valueClaims, (c) => claimIndex.get(c)!) },
    positions,
    quotes,
    quoteIndex,
    knownSentences,
    nameBook,
  };
}

/**
 * How many claims' terms may share a term's rarest stem before the term is common: never fewer than 64 (so a
 * curated set of a few hundred claims is never affected), else one claim in a hundred.
 */
export function commonTermLimit(claims: number): number {
  return Math.max(64, Math.ceil(claims / 100));
}

function sentenceFingerprintsOf(text: string): string[] {
  return splitSentences(normaliseText(text))
    .map((s) => sentenceFingerprint(s.text))
    .filter(Boolean);
}

/**
 * Marks beside a claim's stems: `¬stem` for a word its wording negates ("не возражал" makes "не возражал" in a text
 * the claim's own phrase, while "не знала" stays a negation although "знала" is a term too), and `+stem` for the
 * words of its affirmative terms (any language), which the stance judge may take as affirmed by the claim.
 */
function negationMarks(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const tokens = tokenize(text.toLowerCase());
    const negated = tokens.some((t) => NEGATIONS.has(t.norm) || NEGATIONS.has(t.stem));
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!negated) out.push(`+${t.stem}`);
      else if (i + 1 < tokens.length && (NEGATIONS.has(t.norm) || NEGATIONS.has(t.stem)))
        out.push(`¬${tokens[i + 1]!.stem}`);
    }
  }
  return out;
}
