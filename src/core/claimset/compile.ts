import type { ClaimDef, ClaimSetFile, PositionDef, SourceDef, ValueReportDef } from './schema.js';
import type { NormalisedValue } from '../types.js';
import { PhraseIndex } from '../text/phrases.js';
import { contentStems, NEGATIONS } from '../text/tokens.js';
import { negationParity } from '../stance/negation.js';
import { parseValue } from '../values/index.js';
import { quoteFingerprint, extractQuotes } from '../statements/quotes.js';
import { sentenceFingerprint } from './fingerprint.js';
import { splitSentences } from '../text/sentences.js';
import { normaliseText } from '../text/normalise.js';

/**
 * A claim set turned into indexes the engine can use per sentence without scanning every claim:
 * a phrase index for entities and actors, an inverted index from stems to claims, known values parsed,
 * known quotes fingerprinted.
 */

/** Owner of a name: `entity:<id>` or `actor:<id>`. */
export type NameOwner = `entity:${string}` | `actor:${string}`;

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
  /** Every stem of the claim's own wording (terms, text, paraphrases): cue words among them are content, not stance. */
  ownStems: Set<string>;
  /** For count values: the units this claim counts in (from known values and cue words). */
  units: Set<string>;
  /** Entities a sentence (or its context) must touch. */
  entities: string[];
  /** The canonical statement is itself negative ("… have never been used"). */
  negative: boolean;
  attribute: string | null;
  cueStems: Set<string>;
  knownValues: KnownValue[];
  conflicts: string[];
  /** Sum of the heaviest vocabulary weights: the score a perfect match reaches. */
  norm: number;
  /** Stem → weight over the claim's whole vocabulary (terms weigh most, rarer stems more). */
  vocab: Map<string, number>;
  /** The same vocabulary as key ids ({@link MatchIndex.keys}) and weights, for scoring without string look-ups. */
  vocabIds: Int32Array;
  vocabWeights: Float64Array;
  /** `termPhrases` as key ids. */
  phraseIds: Int32Array[];
  /** Terms (indexes into `phraseIds`) too common in the claim set to open the claim on their own. */
  commonPhrases: number[];
  /** The claim's entities as bits of {@link MatchIndex.entityBits}; null when the set has too many entities for one mask. */
  entityMask: number | null;
}

/**
 * The matcher's indexes. Every stem of every claim's vocabulary gets a small integer id; each evoking term
 * is filed under one *anchor*, its stem that the fewest terms share, so a sentence opens a term only when it
 * carries that term's rarest stem. The work per sentence follows the terms it could contain, not the size
 * of the claim set.
 */
export interface MatchIndex {
  /** Stem → key id. */
  keys: Map<string, number>;
  /** Anchor key id → the terms filed under it, as pairs (claim index, term index) flattened. */
  anchors: Map<number, Int32Array>;
  /**
   * Key id → claims with a common term that this (rarer) stem of their vocabulary opens: a common term
   * counts only in a sentence that also carries one of the claim's more specific words.
   */
  openers: Map<number, Int32Array>;
  /** A term whose rarest stem more claims' terms share than this is common (see {@link commonTermLimit}). */
  commonLimit: number;
  /** Entity id → bit, when the set names at most 31 entities. */
  entityBits: Map<string, number> | null;
  /** Key id → claims whose vocabulary has it, and the weight there (for "near a claim"). */
  postings: Map<number, { claims: Int32Array; weights: Float64Array }>;
  /** Stem of a value claim's cue or term → indexes into `valueClaims` (ascending). */
  valueCues: Map<string, number[]>;
}

export interface CompiledActor {
  id: string;
  name: string;
  role: string | undefined;
  kind: string;
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
  /** Actors and entities: the speaker of a sentence is found here. */
  names: PhraseIndex<NameOwner>;
  /** Entities alone, so "Turkish Defence Ministry" (an actor) still counts as a mention of Turkey. */
  entityNames: PhraseIndex<NameOwner>;
  entityIds: string[];
  actors: Map<string, CompiledActor>;
  claims: CompiledClaim[];
  /** The claims that carry values (quantity, dates, money…), looked at for every sentence. */
  valueClaims: CompiledClaim[];
  byId: Map<string, CompiledClaim>;
  match: MatchIndex;
  positions: Map<string, PositionDef[]>;
  quotes: KnownQuote[];
  /** Fingerprints of sentences in the documents the set was curated from: not "new" material. */
  knownSentences: Set<string>;
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

function parseKnownValue(v: ValueReportDef): KnownValue | null {
  const normalised = parseValue(v.value);
  return normalised ? { value: v.value, normalised, sources: v.sources, actor: v.actor ?? null } : null;
}

/**
 * Compile a validated claim set. `sourceTexts` are the texts of the documents it was curated from
 * (the seeds), used only to recognise their sentences as already known.
 */
export function compileClaimSet(file: ClaimSetFile, sourceTexts: string[] = []): CompiledClaimSet {
  const names = new PhraseIndex<NameOwner>();
  const entityNames = new PhraseIndex<NameOwner>();
  for (const e of file.entities)
    for (const list of Object.values(e.aliases))
      for (const a of list) {
        names.add(a, `entity:${e.id}`);
        entityNames.add(a, `entity:${e.id}`);
      }
  const actors = new Map<string, CompiledActor>();
  for (const a of file.actors) {
    actors.set(a.id, { id: a.id, name: a.name, role: a.role, kind: a.kind });
    for (const alias of [a.name, ...a.aliases]) names.add(alias, `actor:${a.id}`);
  }

  const claims: CompiledClaim[] = [];
  const vocab: Array<Map<string, { weight: number; term: boolean }>> = [];
  file.claims.forEach((c) => {
    const { stems, phrases, entities } = termStemsOf(c);
    const v = new Map<string, { weight: number; term: boolean }>();
    for (const s of stems) v.set(s, { weight: 1, term: true });
    for (const text of [c.text, ...c.paraphrases]) for (const s of contentStems(text)) if (!v.has(s) && !NEGATIONS.has(s)) v.set(s, { weight: 0.4, term: false });
    vocab.push(v);
    const knownValues = c.values.map(parseKnownValue).filter((x): x is KnownValue => x !== null);
    claims.push({
      id: c.id, text: c.text, def: c, termStems: stems, termPhrases: phrases, entities,
      ownStems: new Set([...v.keys()]),
      units: unitsOf(c, knownValues),
      negative: negationParity(c.text),
      attribute: c.attribute ?? null,
      cueStems: new Set(c.cues.flatMap((cue) => [...contentStems(cue)])),
      knownValues,
      conflicts: c.conflicts,
      norm: 0,
      vocab: new Map(),
      vocabIds: new Int32Array(0),
      vocabWeights: new Float64Array(0),
      phraseIds: [],
      commonPhrases: [],
      entityMask: null,
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
  const postingLists = new Map<number, { claims: number[]; weights: number[] }>();
  vocab.forEach((v, i) => {
    const claim = claims[i]!;
    const ids: number[] = [];
    const weights: number[] = [];
    for (const [s, { weight }] of v) {
      const w = weight * Math.log(1 + claims.length / (df.get(s) ?? 1));
      const id = keyOf(s);
      ids.push(id);
      weights.push(w);
      claim.vocab.set(s, w);
      const list = postingLists.get(id) ?? { claims: [], weights: [] };
      list.claims.push(i);
      list.weights.push(w);
      postingLists.set(id, list);
    }
    claim.vocabIds = Int32Array.from(ids);
    claim.vocabWeights = Float64Array.from(weights);
    claim.phraseIds = claim.termPhrases.map((ph) => Int32Array.from([...ph].map(keyOf)));
    claim.norm = [...weights].sort((a, b) => b - a).slice(0, 4).reduce((a, b) => a + b, 0) || 1;
  });
  const postings = new Map<number, { claims: Int32Array; weights: Float64Array }>();
  for (const [id, l] of postingLists) postings.set(id, { claims: Int32Array.from(l.claims), weights: Float64Array.from(l.weights) });

  // Anchor each term under its stem that the fewest terms use (ties: the longer stem, then the first).
  // A term whose anchor is shared by more terms than the limit cannot tell its claims apart: it is common,
  // and opens its claim only through one of the claim's words that are not (see `openers`).
  const commonLimit = commonTermLimit(claims.length);
  const termDf = new Map<number, number>();
  for (const c of claims) for (const ph of c.phraseIds) for (const id of ph) termDf.set(id, (termDf.get(id) ?? 0) + 1);
  const stemOf = [...keys.keys()];
  const anchorLists = new Map<number, number[]>();
  claims.forEach((c, i) => {
    if (c.attribute) return; // value claims are reached through their values, not their terms
    c.phraseIds.forEach((ph, t) => {
      let anchor = ph[0]!;
      for (const id of ph) {
        const [a, b] = [termDf.get(id)!, termDf.get(anchor)!];
        if (a < b || (a === b && stemOf[id]!.length > stemOf[anchor]!.length)) anchor = id;
      }
      if (termDf.get(anchor)! > commonLimit) {
        c.commonPhrases.push(t);
        return;
      }
      const list = anchorLists.get(anchor) ?? [];
      list.push(i, t);
      anchorLists.set(anchor, list);
    });
  });
  const anchors = new Map<number, Int32Array>();
  for (const [id, l] of anchorLists) anchors.set(id, Int32Array.from(l));
  const openerLists = new Map<number, number[]>();
  claims.forEach((c, i) => {
    if (!c.commonPhrases.length) return;
    for (const [s] of c.vocab) {
      if ((df.get(s) ?? 0) > commonLimit) continue;
      const id = keys.get(s)!;
      const list = openerLists.get(id) ?? [];
      list.push(i);
      openerLists.set(id, list);
    }
  });
  const openers = new Map<number, Int32Array>();
  for (const [id, l] of openerLists) openers.set(id, Int32Array.from(l));

  const entityIds = [...new Set([...file.entities.map((e) => e.id), ...claims.flatMap((c) => c.entities)])];
  const entityBits = entityIds.length <= 31 ? new Map(entityIds.map((e, i) => [e, 1 << i])) : null;
  for (const c of claims) c.entityMask = entityBits ? c.entities.reduce((m, e) => m | entityBits.get(e)!, 0) : null;

  const valueClaims = claims.filter((c) => c.attribute !== null);
  const valueCues = new Map<string, number[]>();
  valueClaims.forEach((c, i) => {
    for (const s of new Set([...c.cueStems, ...c.termStems])) {
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
      for (const q of extractQuotes(p.evidence)) quotes.push({ stems: quoteFingerprint(q), actor: p.actor, claim: c.id, source: p.source, text: q });
  }
  const knownSentences = new Set<string>();
  for (const t of sourceTexts) for (const fp of sentenceFingerprintsOf(t)) knownSentences.add(fp);

  return {
    story: file.story, relevance: file.relevance, names, entityNames, entityIds: file.entities.map((e) => e.id), actors,
    claims, valueClaims, byId: new Map(claims.map((c) => [c.id, c])), match: { keys, anchors, openers, commonLimit, entityBits, postings, valueCues }, positions, quotes, knownSentences,
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
  return splitSentences(normaliseText(text)).map((s) => sentenceFingerprint(s.text)).filter(Boolean);
}

