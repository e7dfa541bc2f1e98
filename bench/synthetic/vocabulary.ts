import type { ClaimSetFile } from '../../src/core/claimset/schema.js';
import { tokenize } from '../../src/core/text/tokens.js';
import { seededRandom, zipfSampler, type Random } from './random.js';

/**
 * The words synthetic claims and articles are made of: a few thousand invented content words (Latin and
 * Cyrillic, each with its own stem so the vocabulary size is what it says), a sprinkling of real news words
 * shuffled among them, and the real story's entity aliases and actor names, so the engine's name finder,
 * relevance and attribution see what they would see in a real feed.
 */
export interface Vocabulary {
  /** Content words by frequency rank (index 0 is the commonest). */
  words: string[];
  cyrillic: string[];
  /** Draw a content word with news-like (Zipf) frequencies. */
  word(rng: Random): string;
  cyrillicWord(rng: Random): string;
  /** Entity id → aliases a writer would use in English / in Russian. */
  entityEn: Map<string, string[]>;
  entityRu: Map<string, string[]>;
  /** Actor ids, display names and (where the set has one) a Cyrillic name. */
  actors: Array<{ id: string; name: string; ru: string }>;
}

const REAL_WORDS = (
  'return deal contract systems missile defence defense air sanctions talks meeting agreement purchase delivery ' +
  'battery batteries division officials minister ministry president spokesman interview report reports statement ' +
  'position inventory agenda alliance fighter programme program jets army military weapons market price billion ' +
  'million export import deadline months weeks resolution negotiations summit leaders visit diplomacy pressure ' +
  'relations partnership security border radar operation deployment test firing training crisis budget industry ' +
  'manufacturer contractor engineers technicians maintenance spare parts consent resale buyback transfer storage'
).split(' ');

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'dr',
  'gr',
  'kr',
  'pl',
  'st',
  'tr',
  'sh',
  'ch',
  'h',
  'j',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ea'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 't', 'm', 'k'];
const CYR_ONSETS = [
  'б',
  'в',
  'г',
  'д',
  'ж',
  'з',
  'к',
  'л',
  'м',
  'н',
  'п',
  'р',
  'с',
  'т',
  'ф',
  'х',
  'ш',
  'пр',
  'ст',
  'кр',
  'тр',
  'зв',
];
const CYR_VOWELS = ['а', 'е', 'и', 'о', 'у', 'ы', 'я', 'ю'];
const CYR_CODAS = ['', '', 'н', 'р', 'л', 'с', 'т', 'м', 'й'];

function inventWords(
  count: number,
  rng: Random,
  parts: [string[], string[], string[]],
  taken: Set<string>,
): string[] {
  const out: string[] = [];
  while (out.length < count) {
    let w = '';
    const syllables = rng.int(2, 4);
    for (let i = 0; i < syllables; i++)
      w += rng.pick(parts[0]) + rng.pick(parts[1]) + (i === syllables - 1 ? rng.pick(parts[2]) : '');
    const tok = tokenize(w)[0];
    // One stem per word: a vocabulary of N words is N distinct index keys, as stated.
    if (!tok || tok.norm.length < 4 || taken.has(tok.stem)) continue;
    taken.add(tok.stem);
    out.push(w);
  }
  return out;
}

function shuffle<T>(items: T[], rng: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Build the vocabulary for a claim-set file (its entities and actors are the story's real names). */
export function buildVocabulary(file: ClaimSetFile, size = 3000, seed = 400): Vocabulary {
  const rng = seededRandom(seed);
  const taken = new Set(REAL_WORDS.map((w) => tokenize(w)[0]!.stem));
  const invented = inventWords(size - REAL_WORDS.length, rng, [ONSETS, VOWELS, CODAS], taken);
  const words = shuffle([...REAL_WORDS, ...invented], rng);
  const cyrillic = inventWords(Math.round(size / 4), rng, [CYR_ONSETS, CYR_VOWELS, CYR_CODAS], taken);
  const latinRank = zipfSampler(words.length);
  const cyrRank = zipfSampler(cyrillic.length);
  const entityEn = new Map<string, string[]>();
  const entityRu = new Map<string, string[]>();
  for (const e of file.entities) {
    entityEn.set(
      e.id,
      [...(e.aliases.any ?? []), ...(e.aliases.en ?? [])].filter((a) => !/\p{Script=Cyrillic}/u.test(a)),
    );
    entityRu.set(e.id, e.aliases.ru ?? e.aliases.any ?? []);
  }
  const actors = file.actors.map((a) => ({
    id: a.id,
    name: a.name,
    ru: a.aliases.find((x) => /^\p{Script=Cyrillic}/u.test(x)) ?? a.name,
  }));
  return {
    words,
    cyrillic,
    entityEn,
    entityRu,
    actors,
    // Ranks are drawn from the caller's generator so claims and articles each follow their own seed.
    word: (r) => words[latinRank(r)]!,
    cyrillicWord: (r) => cyrillic[cyrRank(r)]!,
  };
}
