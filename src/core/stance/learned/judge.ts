import type { StanceJudge } from '../stance-judge.js';
import { judgeStance } from '../judge.js';
import { normaliseText } from '../../text/normalise.js';
import { tokenize } from '../../text/tokens.js';
import { textKeys } from '../classify.js';
import type { Stance } from '../../types.js';
import { pairFeatures } from './features.js';
import { decide } from './predict.js';
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
/** How sure the model must be to overrule the rule judge on a statement of an article. */
export const OVERRULE_AT = 0.6;

export function learnedJudge(model: StanceModel): StanceJudge {
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
  const features = (claim: PreparedClaim, text: PreparedText) =>
    pairFeatures(claim, text, { lexical: LEXICAL_LANGUAGES.has(text.language), hashBits: model.hashBits, ...model.features });

  return {
    name: 'learned',
    classify(claim, text, language) {
      const d = decide(model, features(claimOf(claim), prepareText(text, language)));
      return { label: d.label, confidence: d.probability, rule: 'learned' };
    },
    judge(q) {
      // The statement is one sentence already, in the article's language: no splitting, no detection.
      const text = normaliseText(q.sentence);
      const tokens = tokenize(text);
      const keys = textKeys(tokens);
      const prepared: PreparedText = { text, language: q.language ?? 'und', tokens, keys, sentences: [{ text, tokens, keys }] };
      const rules = judgeStance(q);
      const d = decide(model, features(claimOf(q.claimText), prepared), STANCES);
      // The model was trained on headlines and bodies, not on one article sentence matched to a claim: there it
      // overrules the rule judge only when it is sure (measured on the labelled article corpus, see ADR 0005).
      if (d.label === rules.stance || d.probability < OVERRULE_AT) return rules;
      return { stance: d.label as Stance, confidence: d.probability, rule: 'learned' };
    },
  };
}
