import type { StanceLabel } from '../types.js';
import { classifyStance } from './classify.js';
import { judgeStance, type StanceQuestion, type StanceVerdict } from './judge.js';

/**
 * One interface for every stance judge (rules | learned). The same judge serves the bot's pipeline,
 * `analyze`, `stance` and `eval`, so what `eval` scores is what the bot runs.
 */

export const JUDGE_NAMES = ['rules', 'learned'] as const;
export type JudgeName = (typeof JUDGE_NAMES)[number];

/** A free text's stance towards a free-text claim. */
export interface StanceCall {
  label: StanceLabel;
  confidence: number;
  /** Which rule decided, or "learned". */
  rule: string;
}

/** The bot's question: a statement of an article (and the clause carrying the claim) against a matched claim. */
export interface StatementQuestion extends StanceQuestion {
  /** The claim's canonical statement. */
  claimText: string;
  /** The whole sentence the clause comes from. */
  sentence: string;
}

export interface StanceJudge {
  readonly name: JudgeName;
  /** `stance` and `eval`: is the text about the claim at all, and if so how does it stand? */
  classify(claim: string, text: string, language?: string): StanceCall;
  /** The pipeline: the statement was matched to the claim already, so the answer is never "unrelated". */
  judge(q: StatementQuestion): StanceVerdict;
}

/** The rule engine (cue lexicons, negation scope, relatedness gate) behind the interface. */
export const ruleJudge: StanceJudge = {
  name: 'rules',
  classify(claim, text, language) {
    const c = classifyStance(claim, text, language);
    return { label: c.label, confidence: c.confidence, rule: c.rule };
  },
  judge: (q) => judgeStance(q),
};
