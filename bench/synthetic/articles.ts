import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimDef } from '../../src/core/claimset/schema.js';
import type { ArticleInput } from '../../src/core/types.js';
import { articleFromText } from '../../src/app/cli/input.js';
import { seededRandom, type Random } from './random.js';
import type { Vocabulary } from './vocabulary.js';
import { capitalise, clause, valueText } from './writer.js';

/**
 * Articles for the engine benchmark: the five seed articles as given, plus synthetic ones of 400–800 words
 * built like wire copy — attributed statements ("X said", "according to X", quotes, "he added"), denials,
 * unnamed sources, values next to their cue words, and publisher boilerplate at the foot. Each leans on a few
 * topic claims so findings actually happen; about one in seven is a near miss (S-400 and India, no Turkey)
 * that the relevance gate must turn away. One in ten is written in Russian.
 */

/** The seed articles (seeds/0*.txt), read the way `claimwatch analyze FILE` reads them. */
export function seedArticles(seedDir: string): ArticleInput[] {
  return readdirSync(seedDir)
    .filter((f) => /^0.*\.txt$/.test(f))
    .sort()
    .map((f) => articleFromText(readFileSync(join(seedDir, f), 'utf8'), `seeds/${f}`, f));
}

interface Writer {
  rng: Random;
  vocab: Vocabulary;
  lang: 'en' | 'ru';
  topic: string[];
  /** Entity aliases this article may use (a near miss never names Turkey). */
  names: string[];
  speakers: string[];
  valueClaims: ClaimDef[];
}

const INVENTED_SPEAKERS = ['Marta Kovalenko', 'Daniel Okafor', 'Selin Aydemir', 'Pierre Laval', 'Ingrid Holm'];

function body(w: Writer, words: number): string {
  const names = w.rng.chance(0.5) ? [w.rng.pick(w.names)] : [];
  return clause(w.rng, w.vocab, { words, lang: w.lang, topic: w.topic, topicShare: 0.3, names });
}

function sentenceEn(w: Writer): string {
  const who = w.rng.pick(w.speakers);
  const b = body(w, w.rng.int(10, 22));
  const roll = w.rng.next();
  if (roll < 0.35) return `${capitalise(b)}.`;
  if (roll < 0.5) return `${who} said ${b}.`;
  if (roll < 0.58) return `According to ${who}, ${b}.`;
  if (roll < 0.68) return `“${capitalise(b)},” ${who} told reporters.`;
  if (roll < 0.72) return `“${capitalise(b)},” he added.`;
  if (roll < 0.78)
    return w.rng.pick([
      `${who} denied that ${b}.`,
      `${who} dismissed reports that ${b}.`,
      `${who} said the question of ${b} was not on the agenda.`,
    ]);
  if (roll < 0.83) return `Sources familiar with the matter said ${b}.`;
  if (roll < 0.86) return `${who} did not deny that ${b}.`;
  if (!w.valueClaims.length) return `${capitalise(b)}.`;
  const vc = w.rng.pick(w.valueClaims);
  const cue = w.rng.pick(vc.cues.length ? vc.cues : vc.terms);
  // Drawn in this order (before, value, after): the generator is seeded, so the order fixes the text.
  const before = body(w, w.rng.int(5, 10));
  const value = valueText(w.rng, vc.attribute ?? 'quantity');
  const after = body(w, w.rng.int(3, 8));
  return `${capitalise(before)} the ${cue} of ${value} ${after}.`;
}

function sentenceRu(w: Writer): string {
  const who = w.rng.pick(w.speakers);
  const b = body(w, w.rng.int(10, 20));
  const roll = w.rng.next();
  if (roll < 0.45) return `${capitalise(b)}.`;
  if (roll < 0.65) return `${who} заявил, что ${b}.`;
  if (roll < 0.75) return `По словам ${who}, ${b}.`;
  if (roll < 0.85) return `${who} опроверг сообщения о том, что ${b}.`;
  return `${capitalise(body(w, 6))} ${valueText(w.rng, 'quantity', 'ru')} ${body(w, 5)}.`;
}

const BOILERPLATE = [
  'Share this article',
  'Subscribe to our newsletter for daily updates',
  'Follow us on Twitter and Facebook',
  'About us: an independent newsroom covering defence and diplomacy.',
];

/** One synthetic article over the given topic claims. */
export function syntheticArticle(vocab: Vocabulary, topicClaims: ClaimDef[], n: number): ArticleInput {
  const rng = seededRandom(0xa271c1e + n * 104729);
  const lang = rng.chance(0.1) ? 'ru' : 'en';
  const relevant = !rng.chance(1 / 7);
  const picks = Array.from({ length: rng.int(3, 5) }, () => rng.pick(topicClaims));
  const entityIds = relevant ? ['s400', 'turkey', 'russia', 'usa', 'nato'] : ['s400', 'india', 'russia'];
  const aliases = lang === 'ru' ? vocab.entityRu : vocab.entityEn;
  const w: Writer = {
    rng,
    vocab,
    lang,
    topic: picks.flatMap((c) => c.terms),
    names: entityIds.flatMap((e) => aliases.get(e) ?? []),
    speakers: relevant
      ? vocab.actors.map((a) => (lang === 'ru' ? a.ru : a.name)).concat(INVENTED_SPEAKERS)
      : INVENTED_SPEAKERS,
    valueClaims: picks.filter((c) => c.attribute),
  };
  const lead = relevant
    ? [rng.pick(aliases.get('turkey') ?? ['Turkey']), rng.pick(aliases.get('s400') ?? ['S-400'])]
    : ['India', 'S-400'];
  const title = capitalise(clause(rng, vocab, { words: rng.int(5, 9), lang, topic: w.topic, names: lead }));
  const target = rng.int(400, 800);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < target) {
    const para = Array.from({ length: rng.int(2, 5) }, () => (lang === 'ru' ? sentenceRu(w) : sentenceEn(w))).join(
      ' ',
    );
    words += para.split(/\s+/).length;
    paragraphs.push(para);
  }
  paragraphs.push(...BOILERPLATE.filter(() => rng.chance(0.5)));
  return {
    url: `https://news.example.invalid/article/${n}`,
    title,
    text: paragraphs.join('\n\n'),
    published: null,
    source: `Synthetic Wire ${n % 40}`,
  };
}

/** `count` synthetic articles (same every run). */
export function syntheticArticles(vocab: Vocabulary, topicClaims: ClaimDef[], count: number): ArticleInput[] {
  return Array.from({ length: count }, (_, n) => syntheticArticle(vocab, topicClaims, n));
}
