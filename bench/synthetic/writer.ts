import type { Random } from './random.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Sentence pieces shared by the synthetic claims and articles: clauses that read like news copy once the
 * stopwords are counted (about half the words are function words), and values written the way reporters
 * write them ("four divisions", "$2.5 billion", "October 2020", "four to six months").
 */

const FUNCTION_EN = (
  'the the the of of to to and and in in that is would for on with its has been was as by from will could ' +
  'after over a an'
).split(' ');
const FUNCTION_RU = 'и и в в что что на не с по для из к о от как это уже'.split(' ');
const NEGATION_EN = ['not', 'never', 'no'];

export interface ClauseOptions {
  words: number;
  lang?: 'en' | 'ru';
  /** Words the clause should lean on (an article's topic, a claim's terms). */
  topic?: readonly string[];
  topicShare?: number;
  /** Entity aliases to work in somewhere. */
  names?: readonly string[];
}

/** A clause of roughly `words` words, lower-case, no final punctuation. */
export function clause(rng: Random, vocab: Vocabulary, o: ClauseOptions): string {
  const ru = o.lang === 'ru';
  const out: string[] = [];
  for (let i = 0; i < o.words; i++) {
    if (rng.chance(0.45)) out.push(rng.pick(ru ? FUNCTION_RU : FUNCTION_EN));
    else if (!ru && rng.chance(0.03)) out.push(rng.pick(NEGATION_EN));
    else if (o.topic?.length && rng.chance(o.topicShare ?? 0.3)) out.push(rng.pick(o.topic));
    else out.push(ru ? vocab.cyrillicWord(rng) : inflect(rng, vocab.word(rng)));
  }
  for (const name of o.names ?? []) out.splice(rng.int(0, out.length), 0, name);
  return out.join(' ');
}

/** Now and then an inflected form, as real copy has ("returned", "returning"): stems must still meet. */
function inflect(rng: Random, w: string): string {
  if (w.length < 6 || !rng.chance(0.15)) return w;
  return w + rng.pick(['s', 'ed', 'ing']);
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'eight', 'ten', 'twelve', '12', '24', '36', '4', '2'];
const UNITS = ['batteries', 'divisions', 'battalions', 'regiments', 'systems', 'units'];
const RU_COUNTS = ['4 дивизиона', 'два дивизиона', 'четыре батареи', '2 батареи'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Attributes the generator spreads value claims over (the standard ones, DESIGN.md). */
export const ATTRIBUTES = [
  'quantity',
  'contract_value',
  'contract_date',
  'first_delivery',
  'delivery_completed',
  'test_firing',
  'deadline',
  'meeting_date',
] as const;

/** A value as a reporter would write it, of the kind the attribute takes. */
export function valueText(rng: Random, attribute: string, lang: 'en' | 'ru' = 'en'): string {
  const year = rng.int(2009, 2027);
  switch (attribute) {
    case 'quantity':
      return lang === 'ru' ? rng.pick(RU_COUNTS) : `${rng.pick(NUMBER_WORDS)} ${rng.pick(UNITS)}`;
    case 'contract_value':
      return rng.pick([
        `$${rng.int(1, 9)}.${rng.int(1, 9)} billion`,
        `€${rng.int(2, 90) * 10} million`,
        `${rng.int(2, 9)} billion dollars`,
      ]);
    case 'deadline':
      return rng.pick([
        `${rng.pick(['two', 'three', 'four'])} to ${rng.pick(['six', 'eight', 'nine'])} months`,
        `${rng.int(2, 12)} weeks`,
        `${rng.int(3, 9) * 10} days`,
      ]);
    default:
      return rng.pick([`${rng.pick(MONTHS)} ${year}`, `${year}`, `${rng.int(1, 28)} ${rng.pick(MONTHS)} ${year}`]);
  }
}

/** A few cue words per attribute, so value claims have something to anchor on, plus invented ones. */
export function cuesFor(rng: Random, vocab: Vocabulary, attribute: string): string[] {
  const base: Record<string, string[]> = {
    quantity: ['batteries', 'divisions', 'systems', 'units'],
    contract_value: ['contract', 'deal', 'worth', 'billion'],
    deadline: ['within', 'months', 'deadline'],
  };
  const cues = base[attribute] ?? ['signed', 'delivered', 'test', 'meeting'].slice(0, rng.int(1, 3));
  return [...cues, vocab.word(rng), vocab.word(rng)];
}
