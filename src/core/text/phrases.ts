import { stem, tokenize, type Token } from './tokens.js';

/**
 * Finds known names (entity aliases, actor name variants) in tokenised text, tolerant of inflection:
 * "Турция"/"Турции", "Putin"/"Putin'in", "Erdoğan"/"Erdogan". Indexed by the stem of each phrase's first
 * token, so a text is scanned once whatever the number of phrases.
 */

export interface PhraseHit<T> {
  owner: T;
  /** Token index range [start, end). */
  start: number;
  end: number;
}

interface Phrase<T> {
  tokens: string[];
  /** Each alias token's stem, and whether a longer word may start with it (a case ending), worked out once. */
  stems: string[];
  prefixes: boolean[];
  owner: T;
}

/**
 * Does a text token stand for an alias token, allowing case endings? The same word; the alias followed by
 * up to four letters (not for model numbers: "s400" is not "s4000"); or, for long words, the same stem.
 */
function tokenMatches(alias: string, aliasStem: string, prefix: boolean, token: Token): boolean {
  const text = token.norm;
  if (alias === text) return true;
  if (text.length - alias.length <= 4 && text.startsWith(alias)) {
    // A model code takes a particle but not another digit: "S-400을" is S-400, "S-4000" is not.
    if (prefix || (/\d$/.test(alias) && /^[a-z]/.test(text.slice(alias.length)))) return true;
  }
  // Same stem, and no more than the last three letters of the alias differ ("Кремле" is not "Kremlchef").
  return (
    alias.length >= 6 && aliasStem === token.stem && text.startsWith(alias.slice(0, Math.max(5, alias.length - 3)))
  );
}

/** Do the phrase's tokens stand at `i` in the text? */
function phraseAt<T>(p: Phrase<T>, tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < p.tokens.length; k++)
    if (!tokenMatches(p.tokens[k]!, p.stems[k]!, p.prefixes[k]!, tokens[i + k]!)) return false;
  return true;
}

const ARABIC_WORD_START = /^\s*[\u0621-\u064a]/u;

/** An Arabic phrase with "and", "so", "by/with", "as", "to/for" written onto its first word ("لل" before "ال"). */
function withProclitics(phrase: string): string[] {
  const p = phrase.trim();
  const out = ['و', 'ف', 'ب', 'ك', 'وب', 'فب', 'وك'].map((c) => c + p);
  const toIt = p.startsWith('ال') ? `لل${p.slice(2)}` : `ل${p}`;
  out.push(toIt, `و${toIt}`, `ف${toIt}`);
  return out;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  /**
   * Register a phrase (any script) for an owner; empty phrases are ignored. An Arabic name also stands with the
   * conjunctions and prepositions Arabic writes onto it ("وأنقرة", "بموسكو", "للرئيس").
   */
  add(phrase: string, owner: T): void {
    if (ARABIC_WORD_START.test(phrase)) for (const p of withProclitics(phrase)) this.addOne(p, owner);
    this.addOne(phrase, owner);
  }

  private addOne(phrase: string, owner: T): void {
    const tokens = tokenize(phrase).map((t) => t.norm);
    if (!tokens.length) return;
    const key = stem(tokens[0]!);
    const list = this.byFirst.get(key) ?? [];
    if (!list.some((p) => p.owner === owner && p.tokens.join(' ') === tokens.join(' '))) {
      list.push({
        tokens,
        stems: tokens.map(stem),
        prefixes: tokens.map((a) => a.length >= 4 && !/\d/.test(a)),
        owner,
      });
    }
    this.byFirst.set(key, list);
  }

  /** Longest, left-most, non-overlapping spans; every owner of the winning span is reported. */
  find(tokens: readonly Token[]): PhraseHit<T>[] {
    return this.findTwo(tokens, () => false)[0];
  }

  /**
   * {@link find} twice in one pass: over the phrases whose owner `inFirst` accepts (all of them by default), and
   * over those `inSecond` accepts (each with its own longest, left-most, non-overlapping spans). One look-up per
   * token serves both. Two groups apart keep one from swallowing the other: an entity alias "Russian President
   * Vladimir Putin" does not hide the actor "Vladimir Putin" inside it.
   */
  findTwo(
    tokens: readonly Token[],
    inSecond: (owner: T) => boolean,
    inFirst: (owner: T) => boolean = () => true,
  ): [PhraseHit<T>[], PhraseHit<T>[]] {
    const all: PhraseHit<T>[] = [];
    const second: PhraseHit<T>[] = [];
    let freeAll = 0;
    let freeSecond = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (i < freeAll && i < freeSecond) continue;
      const list = this.byFirst.get(tokens[i]!.stem);
      if (!list) continue;
      let lenAll = 0;
      let lenSecond = 0;
      let ownersAll: T[] | null = null;
      let ownersSecond: T[] | null = null;
      for (const p of list) {
        const n = p.tokens.length;
        if (i + n > tokens.length || (n < lenAll && (n < lenSecond || !inSecond(p.owner)))) continue;
        if (!phraseAt(p, tokens, i)) continue;
        if (n >= lenAll && inFirst(p.owner)) {
          if (n > lenAll || !ownersAll) {
            lenAll = n;
            ownersAll = [p.owner];
          } else if (!ownersAll.includes(p.owner)) ownersAll.push(p.owner);
        }
        if (n >= lenSecond && inSecond(p.owner)) {
          if (n > lenSecond || !ownersSecond) {
            lenSecond = n;
            ownersSecond = [p.owner];
          } else if (!ownersSecond.includes(p.owner)) ownersSecond.push(p.owner);
        }
      }
      if (i >= freeAll && ownersAll) {
        for (const owner of ownersAll) all.push({ owner, start: i, end: i + lenAll });
        freeAll = i + lenAll;
      }
      if (i >= freeSecond && ownersSecond) {
        for (const owner of ownersSecond) second.push({ owner, start: i, end: i + lenSecond });
        freeSecond = i + lenSecond;
      }
    }
    return [all, second];
  }
}
