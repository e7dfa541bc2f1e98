/**
 * Tokens for reading values: words, digit runs and single symbols, each with its place in the sentence.
 * Values are read token by token, so every reader does a bounded amount of work per position.
 */

import { execAll } from '../text/regex.js';
import { astralClass, charClasses, isSpace, LETTER } from '../text/chars.js';

export type TokenKind = 'word' | 'num' | 'sym' | 'skip';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Folded form for look-ups: lower case, accents dropped (ё → е, ü → u), dotless ı → i. */
  key: string;
  /** Character offsets in the sentence (end exclusive). */
  start: number;
  end: number;
  /** Whitespace between the previous token and this one ('' when glued, ' ' at the start). */
  gap: string;
}

/** What the readers know about the sentence's language. */
export interface ReadContext {
  /** Base language code ('en', 'ru', 'tr', …). */
  lang: string;
  /** Languages whose word lists are active (the sentence's, English, and Russian, whose script cannot collide). */
  langs: ReadonlySet<string>;
  /** "2,5" is two and a half (most of Europe) rather than a list or thousands. */
  decimalComma: boolean;
  /** "15 000" groups thousands with a space. */
  spaceGroups: boolean;
  /** The article's publication day: relative dates ("Thursday", "last year", "7日") are read against it. */
  ref?: RefDay;
}

/** A calendar day to read relative dates against; `weekday` 0 is Sunday. */
export interface RefDay {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

/** The day of an ISO date or timestamp ("2024-11-10", "2024-11-10T12:00:00Z"), or undefined when it is not one. */
export function refDayOf(iso: string | null | undefined): RefDay | undefined {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(year, month - 1, day);
  if (!Number.isFinite(t) || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { year, month, day, weekday: new Date(t).getUTCDay() };
}

const THREE_LETTER: Record<string, string> = {
  eng: 'en',
  rus: 'ru',
  tur: 'tr',
  fra: 'fr',
  fre: 'fr',
  deu: 'de',
  ger: 'de',
  spa: 'es',
  ukr: 'uk',
  ita: 'it',
  por: 'pt',
};
const DECIMAL_COMMA = new Set([
  'ru',
  'uk',
  'tr',
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'pl',
  'nl',
  'az',
  'ro',
  'cs',
  'sv',
  'el',
  'id',
]);
const SPACE_GROUPS = new Set(['ru', 'uk', 'fr', 'pl', 'cs', 'sv']);

const contexts = new Map<string, ReadContext>();

/** Reading context for a language tag ('en', 'en-GB', 'rus', 'und' …); one shared object per tag. */
export function contextFor(lang: string | undefined): ReadContext {
  const key = lang ?? '';
  let ctx = contexts.get(key);
  if (!ctx) {
    if (contexts.size > 1_000) contexts.clear();
    contexts.set(key, (ctx = readContext(lang)));
  }
  return ctx;
}

function readContext(lang: string | undefined): ReadContext {
  const raw = (lang ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const base = THREE_LETTER[raw] ?? (raw.length === 2 ? raw : 'en');
  return {
    lang: base,
    langs: new Set(['en', 'ru', base]),
    decimalComma: DECIMAL_COMMA.has(base),
    spaceGroups: SPACE_GROUPS.has(base),
  };
}

const folded = new Map<string, string>();

/** Folded look-up form of a word: plain ASCII words directly, others remembered (sentences repeat their words). */
export function fold(word: string): string {
  let upper = false;
  let k = 0;
  for (; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122) continue;
    if (c >= 65 && c <= 90) upper = true;
    else break;
  }
  if (k === word.length) return upper ? word.toLowerCase() : word;
  let f = folded.get(word);
  if (f === undefined) {
    if (folded.size > 100_000) folded.clear();
    f = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i');
    folded.set(word, f);
  }
  return f;
}

// Links and addresses are one opaque token: their digits are never values.
const LINK = /(?:https?:\/\/|www\.)\S+/giu;
// Lengths are bounded so a long run without spaces cannot make the pattern backtrack quadratically.
const LINK_OR_MAIL = /(?:https?:\/\/|www\.)\S+|[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@]{1,63}/giu;

/** Split a sentence into tokens; links and e-mail addresses become single `skip` tokens. */
export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  const push = (kind: TokenKind, text: string, start: number): void => {
    const prevEnd = out.length ? out[out.length - 1]!.end : 0;
    const gap = out.length ? sentence.slice(prevEnd, start) : ' ';
    out.push({ kind, text, key: kind === 'word' ? fold(text) : text, start, end: start + text.length, gap });
  };
  // Pieces are runs of letters and marks, runs of ASCII digits, or one other character (a code point) that is
  // not white space: /[\p{L}\p{M}]+|[0-9]+|\S/u, scanned by hand.
  const classes = charClasses();
  const letterAt = (i: number): number =>
    (classes[sentence.charCodeAt(i)]! & LETTER) !== 0 ? 1 : (astralClass(sentence, i) & LETTER) !== 0 ? 2 : 0;
  const pieces = (from: number, to: number): void => {
    let i = from;
    while (i < to) {
      const c = sentence.charCodeAt(i);
      const start = i;
      if (c >= 48 && c <= 57) {
        do i++;
        while (i < to && sentence.charCodeAt(i) >= 48 && sentence.charCodeAt(i) <= 57);
        push('num', sentence.slice(start, i), start);
        continue;
      }
      let w = letterAt(i);
      if (w !== 0) {
        do i += w;
        while (i < to && (w = letterAt(i)) !== 0);
        push('word', sentence.slice(start, i), start);
        continue;
      }
      if (isSpace(c)) {
        i++;
        continue;
      }
      const pair =
        c >= 0xd800 &&
        c <= 0xdbff &&
        i + 1 < to &&
        sentence.charCodeAt(i + 1) >= 0xdc00 &&
        sentence.charCodeAt(i + 1) <= 0xdfff;
      i += pair ? 2 : 1;
      push('sym', sentence.slice(start, i), start);
    }
  };
  for (const m of execAll(sentence.includes('@') ? LINK_OR_MAIL : LINK, sentence)) {
    pieces(last, m.index);
    push('skip', m[0], m.index);
    last = m.index + m[0].length;
  }
  pieces(last, sentence.length);
  return out;
}

/** True when the token sits right against the one before it. */
export const glued = (t: Token | undefined): boolean => t !== undefined && t.gap === '';

const DASHES = new Set(['-', '–', '—', '‒', '−', '‐', '‑']);
/** Any hyphen, dash or minus sign. */
export const isDash = (t: Token | undefined): boolean => t?.kind === 'sym' && DASHES.has(t.text);

/** True when the token is a word whose folded form is in `set`. */
export const isWord = (t: Token | undefined, set: ReadonlySet<string>): boolean =>
  t?.kind === 'word' && set.has(t.key);

/** Build a set of folded words from space-separated lists. */
export function wordSet(...lists: string[]): Set<string> {
  return new Set(lists.flatMap((l) => l.split(/\s+/).filter(Boolean).map(fold)));
}

/** A stretch of tokens that is a value (or, with `value: null`, words that must not be read as one). */
export interface Match<V> {
  first: number;
  /** Token index just after the match. */
  end: number;
  value: V | null;
  /** The far end of a range read as two values ("10,000 to 12,000 troops"): the same words, a second value. */
  also?: V;
}
