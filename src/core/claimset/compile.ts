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
  /** stem → postings (claim index, weight). */
  index: Map<string, Array<{ claim: number; weight: number; term: boolean }>>;
  /** stem → claims that have it in an evoking term: only these open a candidate. */
  termIndex: Map<string, number[]>;
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
    });
  });

  // Inverse document frequency: a stem shared by many claims says little about which one is meant.
  const df = new Map<string, number>();
  for (const v of vocab) for (const s of v.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const index = new Map<string, Array<{ claim: number; weight: number; term: boolean }>>();
  const termIndex = new Map<string, number[]>();
  vocab.forEach((v, i) => {
    const weights: number[] = [];
    for (const [s, { weight, term }] of v) {
      const w = weight * Math.log(1 + claims.length / (df.get(s) ?? 1));
      weights.push(w);
      const list = index.get(s) ?? [];
      list.push({ claim: i, weight: w, term });
      index.set(s, list);
      claims[i]!.vocab.set(s, w);
      if (term) {
        const t = termIndex.get(s) ?? [];
        t.push(i);
        termIndex.set(s, t);
      }
    }
    weights.sort((a, b) => b - a);
    claims[i]!.norm = weights.slice(0, 4).reduce((a, b) => a + b, 0) || 1;
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
    claims, valueClaims: claims.filter((c) => c.attribute !== null), byId: new Map(claims.map((c) => [c.id, c])), index, termIndex, positions, quotes, knownSentences,
  };
}

function sentenceFingerprintsOf(text: string): string[] {
  return splitSentences(normaliseText(text)).map((s) => sentenceFingerprint(s.text)).filter(Boolean);
}

