import { tokenize, type Token } from '../text/tokens.js';
import { execAll } from '../text/regex.js';
import {
  cuesForScripts,
  DENY,
  HEDGE,
  NEGATED_DENIAL,
  NO_COMMENT,
  RELAY,
  scriptMask,
  SUPPORT,
  type CueKind,
} from './cues.js';
import { clauseNegation, lowerCase, type ClauseNegation } from './negation.js';

const NONE: RegExpExecArray[] = [];

/** The cue classes, so a clause can run the same class compiled for its own scripts only. */
const KIND_OF = new Map<RegExp, CueKind>([
  [DENY, 'deny'],
  [SUPPORT, 'support'],
  [RELAY, 'relay'],
  [HEDGE, 'hedge'],
  [NO_COMMENT, 'noComment'],
  [NEGATED_DENIAL, 'negatedDenial'],
]);

/** Cue matches of one clause, each worked out on first use only (most clauses never need all of them). */
export class ClauseCues {
  readonly lower: string;
  /** The clause's language when known: a Latin-script clause is then read with its own and English cues. */
  readonly language: string | undefined;
  #memo = new Map<RegExp, RegExpExecArray[]>();
  constructor(text: string, language?: string) {
    this.lower = lowerCase(text);
    this.language = language === 'und' ? undefined : language;
  }
  #negation = new Map<string, ClauseNegation>();
  #tokens: Token[] | undefined;
  /** The scripts the clause is written in (see `scriptMask`). */
  #scripts = -1;
  /** Where the first cue of any kind could start (-1: none). No single kind's first match starts before it. */
  #firstCue: number | undefined;
  /** Matches of one cue class (DENY, HEDGE …) in the clause; the class runs compiled for the clause's scripts. */
  of(re: RegExp): RegExpExecArray[] {
    if (this.#scripts < 0) this.#scripts = scriptMask(this.lower);
    this.#firstCue ??= cuesForScripts('any', this.#scripts, this.language).exec(this.lower)?.index ?? -1;
    if (this.#firstCue < 0) return NONE;
    let m = this.#memo.get(re);
    if (!m) {
      const kind = KIND_OF.get(re);
      m = execAll(kind ? cuesForScripts(kind, this.#scripts, this.language) : re, this.lower, this.#firstCue);
      this.#memo.set(re, m);
    }
    return m;
  }
  /** The clause's tokens. */
  get tokens(): Token[] {
    return (this.#tokens ??= tokenize(this.lower));
  }
  negation(language = 'und'): ClauseNegation {
    let n = this.#negation.get(language);
    if (!n) this.#negation.set(language, (n = clauseNegation(this.lower, language, () => this.tokens)));
    return n;
  }
}

// Cue matches depend only on the clause, not on the claim: one clause is judged against several claims.
const cueCache = new Map<string, ClauseCues>();

/** The cue matches of a clause, kept for the next claim judged in it. */
export function cuesOf(text: string, language?: string): ClauseCues {
  const key = `${language ?? ''}\u0000${text}`;
  let c = cueCache.get(key);
  if (c) return c;
  c = new ClauseCues(text, language);
  if (cueCache.size > 2_000) cueCache.clear();
  cueCache.set(key, c);
  return c;
}
