import type { Token } from '../text/tokens.js';
import { contentStems, tokenize } from '../text/tokens.js';

/**
 * A value claim's cue words and terms as whole phrases. The engine's index finds a claim by any one word of a cue;
 * a cue of several words ("presidential election", "Kremlin spokesman") only counts where it stands whole, so
 * "President Putin" does not cue the election's date.
 */

const phrases = new WeakMap<object, string[][]>();

/** Marks a one-word Korean cue: Korean glues particles to words ("8월부터", "사상자가"), so it may stand inside one. */
const HANGUL_MARK = '\u0000';
const HANGUL = /[\uac00-\ud7af]/;
/** Marks an Arabic cue: Arabic glues its prepositions and the article to the word ("بمبيعات", "والمبيعات"). */
const ARABIC_MARK = '\u0001';
const ARABIC = /[\u0600-\u06ff]/;
/** Arabic proclitics as they read folded: wa-, fa-, bi-, li-, ka-, al- and their runs ("wal", "bil", "lil"). */
export const ARABIC_PROCLITICS = ['wbl', 'wll', 'fbl', 'fll', 'wl', 'fl', 'bl', 'll', 'kl', 'w', 'f', 'b', 'l', 'k'];

/** The word without one Arabic proclitic run, each way it can be cut (three letters left at least). */
export function arabicCores(word: string): string[] {
  return ARABIC_PROCLITICS.filter((p) => word.length - p.length >= 3 && word.startsWith(p)).map((p) =>
    word.slice(p.length),
  );
}

/** Does a sentence word stand for a cue word, allowing a case ending ("Кремля" for "Кремль")? */
export function wordFits(word: string, want: string): boolean {
  if (word === want) return true;
  if (want.startsWith(HANGUL_MARK)) {
    const w = want.slice(1);
    return word === w || (w.length >= 3 && (word.startsWith(w) || word.endsWith(w)));
  }
  if (want.startsWith(ARABIC_MARK)) {
    const w = want.slice(1);
    return word === w || arabicCores(word).includes(w);
  }
  if (want.length < 4) return false;
  const root = want.slice(0, Math.max(4, want.length - 2));
  return word.startsWith(root) && word.length - want.length <= 4;
}

/** The claim's cues (and terms, when asked) as folded words in order, worked out once per claim. */
export function phrasesOf(c: { def: { cues: string[]; terms: string[] } }, withTerms: boolean): string[][] {
  let list = phrases.get(c);
  if (!list) {
    const texts = withTerms ? [...c.def.cues, ...c.def.terms.filter((t) => !t.startsWith('@'))] : c.def.cues;
    const mark = (t: string, x: Token): string =>
      HANGUL.test(t[x.start] ?? '')
        ? HANGUL_MARK + x.norm
        : ARABIC.test(t[x.start] ?? '')
          ? ARABIC_MARK + x.norm
          : x.norm;
    list = texts.map((t) => tokenize(t).map((x) => mark(t, x)));
    phrases.set(c, (list = list.filter((p) => p.length > 0)));
  }
  return list;
}

/**
 * Indexes of the tokens that belong to a whole cue phrase of the claim, looked for only around the tokens the
 * index already found (`hits`), so the work follows the cues present, not the claim's vocabulary.
 */
export function wholeCueTokens(
  tokens: readonly Token[],
  hits: readonly number[],
  list: readonly string[][],
): number[] {
  // A single hit of a claim whose cues are all one word is whole already when it fits one of them.
  if (hits.length === 1 && list.every((p) => p.length === 1))
    return list.some((p) => wordFits(tokens[hits[0]!]!.norm, p[0]!)) ? [hits[0]!] : [];
  const out = new Set<number>();
  for (const k of hits) {
    for (const phrase of list) {
      for (let j = 0; j < phrase.length; j++) {
        const start = k - j;
        if (start < 0 || start + phrase.length > tokens.length || !wordFits(tokens[k]!.norm, phrase[j]!)) continue;
        if (phrase.every((w, q) => wordFits(tokens[start + q]!.norm, w)))
          for (let q = 0; q < phrase.length; q++) out.add(start + q);
      }
    }
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * Index keys for cues the content-word filter leaves empty: Chinese and Japanese cues are runs of one-character
 * tokens ("上場", "社長"), each too short to count as a content word. Their first character stands in; the whole
 * phrase is checked where it is found ({@link wholeCueTokens}).
 */
export function shortCueKeys(c: { def: { cues: string[]; terms: string[] } }): string[] {
  const out: string[] = [];
  for (const text of [...c.def.cues, ...c.def.terms]) {
    if (text.startsWith('@') || contentStems(text).size) continue;
    const first = tokenize(text)[0];
    if (first) out.push(first.stem);
  }
  return out;
}
