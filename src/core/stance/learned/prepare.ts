import { normaliseText } from '../../text/normalise.js';
import { detectLanguage } from '../../text/language.js';
import { splitSentences } from '../../text/sentences.js';
import { isStopword, tokenize, NEGATIONS, type Token } from '../../text/tokens.js';
import { negationParity } from '../negation.js';
import { textKeys } from '../classify.js';
import { extractValues, type ExtractedValue } from '../../values/index.js';
import { claimWords, type ClaimWord } from './relatedness.js';

/**
 * A claim or a text read once for the learned judge: normalised, tokenised, split into sentences. A body is
 * judged against many headlines in training, and one sentence against several claims in the bot, so the
 * caller may keep a prepared text and reuse it; nothing here depends on the other side of the pair.
 */

/** Sentences read from a long body: stance is decided early in a news text, and the cost stays bounded. */
export const MAX_SENTENCES = 40;

export interface PreparedSentence {
  text: string;
  tokens: Token[];
  keys: { stems: Set<string>; concepts: Set<number> };
  /** Values (counts, money, dates) the sentence states, read on first use. */
  values?: ExtractedValue[];
}

export interface PreparedText {
  text: string;
  language: string;
  tokens: Token[];
  keys: { stems: Set<string>; concepts: Set<number> };
  sentences: PreparedSentence[];
}

export interface PreparedClaim {
  text: string;
  language: string;
  tokens: Token[];
  /** Content stems (no stopwords, no negation words). */
  stems: Set<string>;
  negative: boolean;
  values: ExtractedValue[];
  /** Its content words and their weights, for relatedness. */
  words: ClaimWord[];
}

function sentenceOf(text: string): PreparedSentence {
  const tokens = tokenize(text);
  return { text, tokens, keys: textKeys(tokens) };
}

/** Read a text (a headline, a sentence or a whole article body). */
export function prepareText(raw: string, language?: string): PreparedText {
  const text = normaliseText(raw);
  const lang = language ?? detectLanguage(text);
  const split = splitSentences(text, lang).slice(0, MAX_SENTENCES);
  const sentences = split.length ? split.map((s) => sentenceOf(s.text)) : [sentenceOf(text)];
  const tokens = sentences.length === 1 ? sentences[0]!.tokens : tokenize(sentences.map((s) => s.text).join('\n'));
  return { text, language: lang, tokens, keys: textKeys(tokens), sentences };
}

/** Read a claim. */
export function prepareClaim(raw: string, language?: string): PreparedClaim {
  const text = normaliseText(raw);
  const lang = language ?? detectLanguage(text);
  const tokens = tokenize(text);
  const stems = new Set(
    tokens.filter((t) => !isStopword(t.norm) && !NEGATIONS.has(t.norm) && t.norm.length > 1).map((t) => t.stem),
  );
  return {
    text,
    language: lang,
    tokens,
    stems,
    negative: negationParity(text, lang),
    values: extractValues(text, lang),
    words: claimWords(tokens, text),
  };
}

/** A sentence's values, read once. */
export function sentenceValues(s: PreparedSentence, language: string): ExtractedValue[] {
  s.values ??= extractValues(s.text, language);
  return s.values;
}
