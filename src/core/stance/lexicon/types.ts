/**
 * One language's stance cue words, as regular-expression sources matched on lower-cased normalised text.
 * Spaced languages match at the start of a word (`\b` marks an end where one is needed); Chinese and
 * Japanese (`unspaced`) match anywhere, as plain alternatives. General newsroom wording only: no story,
 * person or outlet is ever named here.
 */
export interface Lexicon {
  /** The script has no spaces between words: cues match without word boundaries. */
  unspaced?: boolean;
  /** Someone rejects a claim: denial verbs, "false", "pure fiction", "not on the agenda". */
  deny: string[];
  /** Someone confirms a claim. */
  support: string[];
  /** Attribution that relays without endorsing: "according to sources". */
  relay: string[];
  /** The content is uncertain, alleged, doubted or asked. */
  hedge: string[];
  /** No stance: no comment, could not confirm, neither confirms nor denies, cannot rule out. */
  noComment: string[];
  /** A denial that is not made: "did not deny", "refused to rule out". */
  negatedDenial: string[];
  /** Words that negate what follows them. */
  negators: string[];
}
