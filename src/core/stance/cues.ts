import { LEXICONS } from './lexicon/index.js';

/**
 * Stance cue words in several languages, matched on lower-cased normalised text. General newsroom
 * language only: nothing about any one story lives here. The words themselves are kept per language in
 * `lexicon/`; this module compiles them into one pattern per cue class.
 */

/** JavaScript's \\b only knows ASCII letters; this boundary knows every script (Cyrillic, Turkish ı, ğ …). */
export const WORD_BOUNDARY = String.raw`(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))`;
/**
 * Rewrite \\b for every script, cheaply. A boundary is one-sided wherever the pattern shows which side the
 * word is on: before a letter or a group ("no letter behind"), after a letter, a group or a repeated letter
 * class ("no letter ahead"). Only a \\b with nothing to tell needs the two-sided form, which costs a
 * look-around at every position of every text (4–8× slower on long alternations).
 */
export function unicodeBoundaries(source: string): string {
  return source
    .replace(/\\b(?=[\p{L}(])/gu, '(?<![\\p{L}\\p{N}])')
    .replace(/(?<=[\p{L})]|\\p\{L\}[*+]|\\w[*+])\\b/gu, '(?![\\p{L}\\p{N}])')
    .replaceAll('\\b', WORD_BOUNDARY);
}
/** A pattern's literal parts in lower case; escapes (\\p{L}, \\b, \\S …) stay as written. */
const lowerLiterals = (source: string) =>
  source.replace(/\\p\{[^}]*\}|\\.|[^\\]+/gu, (part) => (part.startsWith('\\') ? part : part.toLowerCase()));

/** Top-level alternatives of a pattern (a `|` outside any group or character class). */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

type CueKind = 'deny' | 'support' | 'relay' | 'hedge' | 'noComment' | 'negatedDenial';

const AT_WORD_START = '(?<![\\p{L}\\p{N}])';

/**
 * One cue class over every language: the spaced languages' cues in one alternation behind a single word-start
 * check, then the unspaced languages' (Chinese, Japanese) as plain alternatives, matched anywhere. The patterns
 * run on lower-cased text (see `judgeStance`), so they are compiled lower-cased and without the `i` flag: V8
 * then compares characters as they are, about twice as fast on these alternations.
 */
function cueSource(kind: CueKind, mask = ALL_SCRIPTS, language?: string): { spaced: string; unspaced: string } {
  const spaced: string[] = [];
  const unspaced: string[] = [];
  for (const [code, lex] of Object.entries(LEXICONS))
    if (wanted(code, language)) (lex.unspaced ? unspaced : spaced).push(...lex[kind]);
  const inMask = (alt: string) => (scriptOfPattern(alt) & mask) !== 0;
  const alts = alternatives(lowerLiterals(spaced.join('|')))
    .map((a) => a.replace(/^\\b/, ''))
    .filter(inMask);
  return {
    spaced: alts.length ? unicodeBoundaries(alts.join('|')) : '',
    unspaced: unspaced
      .flatMap((u) => alternatives(u))
      .filter(inMask)
      .join('|'),
  };
}

function cueClass(...kinds: CueKind[]): string {
  return cueClassIn(ALL_SCRIPTS, ...kinds);
}

/**
 * Languages written in the Latin script share it with English quotes and names: a clause of a known language is
 * read with its own cues and the English ones only, besides those of other scripts it holds.
 */
const LATIN_LANGUAGES = new Set(['en', 'tr', 'fr', 'de', 'es', 'pl', 'it']);
function wanted(code: string, language: string | undefined): boolean {
  if (!language || !LATIN_LANGUAGES.has(code)) return true;
  return code === language || code === 'en';
}

/** The languages a clause's cues are chosen by: any known language (a Russian clause reads English quotes only). */
const knownLanguage = (language: string | undefined) =>
  language && language !== 'und' && LEXICONS[language] ? language : '';

function cueClassIn(mask: number, ...kinds: CueKind[]): string {
  return cueClassFor(mask, undefined, ...kinds);
}

function cueClassFor(mask: number, language: string | undefined, ...kinds: CueKind[]): string {
  const parts = kinds.map((k) => cueSource(k, mask, language));
  const spaced = parts
    .map((p) => p.spaced)
    .filter(Boolean)
    .join('|');
  const unspaced = parts
    .map((p) => p.unspaced)
    .filter(Boolean)
    .join('|');
  if (!spaced && !unspaced) return '(?!)';
  return [spaced && `${AT_WORD_START}(?:${spaced})`, unspaced && `(?:${unspaced})`].filter(Boolean).join('|');
}

/*
 * Scripts. Every cue starts with a letter of one script, so a clause written in Cyrillic and Latin (names) needs
 * only the Cyrillic and Latin cues: per script, the alternations are a fraction of all fourteen languages'.
 */
const ALL_SCRIPTS = 63;

/** The scripts a (lower-cased) text is written in, as a bit mask. */
export function scriptMask(text: string): number {
  // One pass over the characters (a test per script would scan a Latin clause five more times to find nothing).
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x61) continue;
    if (c <= 0x7a || (c >= 0xc0 && c <= 0x24f)) mask |= 1;
    else if (c >= 0x400 && c <= 0x4ff) mask |= 2;
    else if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff)) mask |= 4;
    else if (c >= 0x600 && c <= 0x6ff) mask |= 8;
    else if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xac00 && c <= 0xd7af)) mask |= 16;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) mask |= 32;
  }
  return mask;
}

/** The script of a cue pattern: that of its first letter (escapes such as \\p{L} or \\b skipped). */
function scriptOfPattern(source: string): number {
  const first = source.replace(/\\p\{[^}]*\}|\\./gu, '').match(/\p{L}/u)?.[0];
  return first ? scriptMask(first.toLowerCase()) || ALL_SCRIPTS : ALL_SCRIPTS;
}

const byScript = new Map<string, RegExp>();

/**
 * A cue class compiled for the scripts of one clause: it finds exactly what the class's pattern over every
 * language finds in a text written in those scripts, at a fraction of the cost. With the clause's language
 * (one written in the Latin script), the other Latin-script languages' cues are left out too.
 */
const KIND_INDEX: Record<CueKind | 'any', number> = {
  any: 0,
  deny: 1,
  support: 2,
  relay: 3,
  hedge: 4,
  noComment: 5,
  negatedDenial: 6,
};
const LANG_INDEX = new Map(Object.keys(LEXICONS).map((l, i) => [l, i + 1]));
const compiled = new Map<number, RegExp>();

export function cuesForScripts(kind: CueKind | 'any', mask: number, language?: string): RegExp {
  // A number for a key: this is asked once per cue class of every clause judged.
  const li = LANG_INDEX.get(knownLanguage(language)) ?? 0;
  const n = (mask * 32 + li) * 8 + KIND_INDEX[kind];
  let re = compiled.get(n);
  if (re) return re;
  const lang = li ? language! : '';
  const key = `${kind}:${mask}:${lang}`;
  re = byScript.get(key);
  if (!re) {
    re =
      kind === 'any'
        ? new RegExp(
            cueClassFor(mask, lang || undefined, 'deny', 'noComment', 'negatedDenial', 'hedge', 'relay', 'support'),
            'u',
          )
        : new RegExp(cueClassFor(mask, lang || undefined, kind), 'gu');
    byScript.set(key, re);
  }
  compiled.set(n, re);
  return re;
}

export type { CueKind };

/** Someone rejects a claim. */
export const DENY = new RegExp(cueClass('deny'), 'gu');
/** Someone confirms a claim. */
export const SUPPORT = new RegExp(cueClass('support'), 'gu');
/** Attribution that relays without endorsing: "according to", "reported", "sources". */
export const RELAY = new RegExp(cueClass('relay'), 'gu');
/** Hedges: the content itself is uncertain, alleged, doubted, under discussion or asked. */
export const HEDGE = new RegExp(cueClass('hedge'), 'gu');
/** No stance at all: the speaker would not say, could not confirm, or cannot rule it out. */
export const NO_COMMENT = new RegExp(cueClass('noComment'), 'gu');
/** Negated denial ("did not deny", "refused to deny", "would not rule out"): the denial is not made. */
export const NEGATED_DENIAL = new RegExp(cueClass('negatedDenial'), 'gu');

/** Words that negate what follows them (run on lower-cased text, like every pattern here). */
export const NEGATOR = (() => {
  const spaced: string[] = [];
  const unspaced: string[] = [];
  for (const lex of Object.values(LEXICONS)) (lex.unspaced ? unspaced : spaced).push(...lex.negators);
  const cjk = unspaced.filter(Boolean).join('|');
  return new RegExp(
    `(?<![\\p{L}])(?:${spaced.join('|')})(?![\\p{L}])|n't(?![\\p{L}])${cjk ? `|(?:${cjk})` : ''}`,
    'gu',
  );
})();

/**
 * Words for calling something off (a subset of the denial cues, matched on a denial cue's own text): against a
 * claim that something ended they agree with it ("called off the talks" for "the talks ended").
 */
export const HALT = new RegExp(
  String.raw`^(?:postponed|called off|cancell?ed|scrapped|shelved|ended|ertelen|iptal edil|отложен|` +
    String.raw`отмен[её]н|перенесен|verschoben|abgesagt|reporté|annulé|aplazad|cancelad|rinviat|annullat)`,
  'u',
);

/**
 * Turkish verbal negation (-me/-ma + tense, then person or plural endings): "iade etmeyecek", "kullanılmadı",
 * "görüşülmedi", "istemiyoruz". Run on lower-cased Turkish text only: in other languages the same letters
 * are ordinary words ("Gómez", "immediately").
 */
export const TURKISH_VERB_NEGATION =
  /(?<![\p{L}])\p{L}{2,}(m[ae]d[ıiuü]|m[ae]y[ae]c[ae]k|m[ae]z|m[ae]m[ıi]ş|m[ıiuü]yor)\p{L}{0,5}(?![\p{L}])/u;

/**
 * Any stance cue at all (denial, no comment, negated denial, hedge, relay, support) in one pass: a clause
 * without one needs none of the separate patterns. (Most clauses a claim is matched in carry no cue.)
 */
export const ANY_CUE = new RegExp(cueClass('deny', 'noComment', 'negatedDenial', 'hedge', 'relay', 'support'), 'u');
