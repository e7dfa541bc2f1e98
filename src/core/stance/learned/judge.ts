import type { StanceJudge } from '../stance-judge.js';
import { judgeStance } from '../judge.js';
import { normaliseText } from '../../text/normalise.js';
import { tokenize } from '../../text/tokens.js';
import { textKeys } from '../classify.js';
import type { Stance } from '../../types.js';
import { pairFeatures } from './features.js';
import { decide } from './predict.js';
import { primeCues } from './signals.js';
import { prepareClaim, prepareText, type PreparedClaim, type PreparedText } from './prepare.js';
import type { StanceModel } from './model.js';

/**
 * The learned judge: the features of a pair (rule signals, similarity, English words) through the trained
 * model. Synchronous, offline and deterministic: the weights come in as a value. The English words are
 * used for English texts only; other languages are judged on the language-independent features, which the
 * training taught the model to use on their own.
 */

/** Languages whose words the model was trained on. */
const LEXICAL_LANGUAGES = new Set(['en']);
const STANCES: readonly Stance[] = ['supports', 'denies', 'reports'];
export interface LearnedJudgeOptions {
  /**
   * How sure the model must be to overrule the rule judge on a statement of an article (the pipeline's
   * question); unset: statements are left to the rules. The model was trained on headlines and bodies, not on
   * one article sentence matched to a claim, and on the labelled article corpus no threshold beat the rules
   * while the model halved the engine's speed (ADR 0008), so the bot's default leaves them to the rules.
   */
  overruleAt?: number;
}

export function learnedJudge(model: StanceModel, opts: LearnedJudgeOptions = {}): StanceJudge {
  // Claims recur (a claim set's claims, again and again): each is read once.
  const claims = new Map<string, PreparedClaim>();
  const claimOf = (text: string): PreparedClaim => {
    let c = claims.get(text);
    if (!c) {
      if (claims.size > 20_000) claims.clear();
      claims.set(text, (c = prepareClaim(text)));
    }
    return c;
  };
  // A sentence matched to several claims is read once (and its clauses and cues with it, see signals.ts).
  const sentences = new Map<string, PreparedText>();
  const sentenceOf = (raw: string, language: string): PreparedText => {
    const key = `${language}\u0000${raw}`;
    let p = sentences.get(key);
    if (!p) {
      if (sentences.size > 1_024) sentences.clear();
      // The statement is one sentence already, in the article's language: no splitting, no detection.
      const text = normaliseText(raw);
      const tokens = tokenize(text);
      const keys = textKeys(tokens);
      sentences.set(key, (p = { text, language, tokens, keys, sentences: [{ text, tokens, keys }] }));
    }
    return p;
  };
  const features = (claim: PreparedClaim, text: PreparedText, words = true) =>
    pairFeatures(claim, text, {
      lexical: words && LEXICAL_LANGUAGES.has(text.language),
      hashBits: model.hashBits,
      ...model.features,
    });

  return {
    name: 'learned',
    classify(claim, text, language) {
      const d = decide(model, features(claimOf(claim), prepareText(text, language)));
      return { label: d.label, confidence: d.probability, rule: 'learned' };
    },
    judge(q) {
      const rules = judgeStance(q);
      if (opts.overruleAt === undefined) return rules;
      const prepared = sentenceOf(q.sentence, q.language ?? 'und');
      if (q.cues) primeCues(prepared.sentences[0]!, q.text, q.cues);
      // A statement is judged on the language-independent features alone: the words cost more than the rest.
      const d = decide(model, features(claimOf(q.claimText), prepared, false), STANCES);
      if (d.label === rules.stance || d.probability < opts.overruleAt) return rules;
      return { stance: d.label as Stance, confidence: d.probability, rule: 'learned' };
    },
  };
}
