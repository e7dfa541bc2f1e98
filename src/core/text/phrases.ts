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
  owner: T;
}

/** Does a text token stand for an alias token, allowing case endings? */
export function tokenMatches(alias: string, text: string): boolean {
  if (alias === text) return true;
  if (alias.length >= 4 && text.startsWith(alias) && text.length - alias.length <= 4 && !/\d/.test(alias)) return true;
  return alias.length >= 6 && stem(alias) === stem(text);
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  /** Register a phrase (any script) for an owner; empty phrases are ignored. */
  add(phrase: string, owner: T): void {
    const tokens = tokenize(phrase).map((t) => t.norm);
    if (!tokens.length) return;
    const key = stem(tokens[0]!);
    const list = this.byFirst.get(key) ?? [];
    if (!list.some((p) => p.owner === owner && p.tokens.join(' ') === tokens.join(' '))) list.push({ tokens, owner });
    this.byFirst.set(key, list);
  }

  /** Longest, left-most, non-overlapping spans; every owner of the winning span is reported. */
  find(tokens: readonly Token[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      let len = 0;
      let owners: T[] = [];
      for (const p of this.byFirst.get(tokens[i]!.stem) ?? []) {
        if (i + p.tokens.length > tokens.length || p.tokens.length < len) continue;
        if (!p.tokens.every((a, k) => tokenMatches(a, tokens[i + k]!.norm))) continue;
        if (p.tokens.length > len) {
          len = p.tokens.length;
          owners = [];
        }
        if (!owners.includes(p.owner)) owners.push(p.owner);
      }
      if (len) {
        for (const owner of owners) hits.push({ owner, start: i, end: i + len });
        i += len;
      } else i++;
    }
    return hits;
  }
}
