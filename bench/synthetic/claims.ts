import type { ClaimDef, PositionDef, SourceDef } from '../../src/core/claimset/schema.js';
import { seededRandom, type Random } from './random.js';
import type { Vocabulary } from './vocabulary.js';
import { ATTRIBUTES, capitalise, clause, cuesFor, valueText } from './writer.js';

/**
 * Synthetic claims shaped like the curated ones: a canonical sentence, a handful of evoking terms (some of
 * two words, some Cyrillic), paraphrases, the story's entities, positions with evidence (often a quote, so
 * the quote index grows too), and about one in twelve a value claim with reported values and cues.
 * Generation is a pure function of (vocabulary, seed, index): claim i is the same in every set size, so the
 * 1,000-claim set contains the 100-claim set.
 */

const STORY_ENTITIES = ['s400', 'turkey', 'russia', 'usa', 'nato', 'f35', 'india', 'patriot', 'ukraine'];

function source(rng: Random, i: number): SourceDef {
  return { outlet: `Synthetic Wire ${rng.int(1, 40)}`, where: `https://news.example.invalid/syn/${i}`, date: null };
}

function positions(rng: Random, vocab: Vocabulary, i: number, terms: string[]): PositionDef[] {
  const out: PositionDef[] = [];
  for (let k = rng.int(0, 3); k > 0; k--) {
    const actor = rng.pick(vocab.actors);
    const body = clause(rng, vocab, { words: rng.int(10, 18), topic: terms, topicShare: 0.35 });
    const evidence = rng.chance(0.4) ? `“${capitalise(body)},” ${actor.name} said.` : `${actor.name} said ${body}.`;
    out.push({
      actor: actor.id,
      stance: rng.pick(['asserts', 'denies', 'reports'] as const),
      source: source(rng, i),
      evidence,
    });
  }
  return out;
}

function terms(rng: Random, vocab: Vocabulary): string[] {
  const out = new Set<string>();
  for (let k = rng.int(3, 7); k > 0; k--) {
    const w = rng.chance(0.15) ? vocab.cyrillicWord(rng) : vocab.word(rng);
    out.add(rng.chance(0.25) ? `${w} ${vocab.word(rng)}` : w);
  }
  return [...out];
}

/** One synthetic claim; `i` makes the id and seeds its randomness. */
export function syntheticClaim(vocab: Vocabulary, i: number): ClaimDef {
  const rng = seededRandom(0x5eed + i * 7919);
  const t = terms(rng, vocab);
  const entities = STORY_ENTITIES.filter(() => rng.chance(0.25)).slice(0, 3);
  const names = entities.slice(0, 2).map((e) => rng.pick(vocab.entityEn.get(e) ?? [e]));
  const text = `${capitalise(clause(rng, vocab, { words: rng.int(8, 16), topic: t, topicShare: 0.4, names }))}.`;
  const paraphrases: string[] = [];
  for (let k = rng.int(0, 3); k > 0; k--) {
    const ru = rng.chance(0.25);
    const ruNames = entities.slice(0, 1).map((e) => rng.pick(vocab.entityRu.get(e) ?? [e]));
    const paraphrase = clause(rng, vocab, {
      words: rng.int(8, 14),
      lang: ru ? 'ru' : 'en',
      topic: t,
      topicShare: 0.4,
      names: ru ? ruNames : names,
    });
    paraphrases.push(`${capitalise(paraphrase)}.`);
  }
  const claim: ClaimDef = {
    id: `syn-${i}`,
    text,
    terms: t,
    entities,
    paraphrases,
    cues: [],
    positions: positions(rng, vocab, i, t),
    values: [],
    implies: [],
    // Only earlier claims, so claim i is identical whatever the set size.
    conflicts: rng.chance(0.05) && i > 0 ? [`syn-${rng.int(0, i - 1)}`] : [],
  };
  if (rng.chance(1 / 12)) {
    const attribute = rng.pick(ATTRIBUTES);
    claim.attribute = attribute;
    claim.cues = cuesFor(rng, vocab, attribute);
    for (let k = rng.int(1, 3); k > 0; k--) {
      const value = valueText(rng, attribute);
      claim.values.push({
        value,
        sources: [source(rng, i)],
        evidence: `${capitalise(clause(rng, vocab, { words: 8, names }))} ${value}.`,
      });
    }
  }
  return claim;
}

/** `count` synthetic claims, ids syn-0 … syn-(count-1). */
export function syntheticClaims(vocab: Vocabulary, count: number): ClaimDef[] {
  return Array.from({ length: count }, (_, i) => syntheticClaim(vocab, i));
}
