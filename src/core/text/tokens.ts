import { foldForMatch } from './fold.js';
import { astralClass, charClasses } from './chars.js';
import { Converter } from 'opencc-js/t2cn';

/**
 * Tokens for matching: folded Latin words, model names kept whole and de-hyphenated ("S-400", "С-400" and
 * "S400" are all "s400"), and a crude but language-agnostic stem (suffix strip + truncation) that lets
 * inflected forms meet ("returning"/"returned", "возврат"/"возврата", "iade"/"iadesi").
 */

export interface Token {
  /** Folded form, e.g. "zhuravlev", "s400". */
  norm: string;
  stem: string;
  /**
   * Stem of the first four letters of a long word: reaches short roots under agglutinated endings
   * ("iadesi" → "iade").
   */
  short: string;
  /** Offset of the word in the text given to tokenize. */
  start: number;
}

const STOPWORDS = new Set(
  // en
  (
    'a an the and or but if of to in on at by for with from as into onto over under about than then that this ' +
    'these those it its is are was were be been being has have had do does did will would shall should can could ' +
    'may might must he she they we i you his her their our your him them us me my who whom which what when where ' +
    'why how there here also just only very so such too more most some any all each both other same own while ' +
    'after before up down out off again further once s t '.concat(
      // ru (folded)
      'i v vo na s so k ko o ob ot do za iz u po pri pro dlia bez nad pod cherez a no ' +
        'da ili chto chtoby kak eto etot eta eti tot ta te on ona oni ono ego ee ikh emu ' +
        'im byl byla bylo byli budet est uzhe eshche tak zhe zhe li by ' +
        // tr
        've ile bir bu su o da de ki icin gibi daha cok en ama fakat veya ya ise olan olarak olan kadar sonra once ' +
        // fr / de / es
        'le la les un une des du de et ou est sont au aux ce cette ces qui que dans pour par sur avec ' +
        'der die das ein eine einen und oder ist sind im am zu von mit auf fur dem den des ' +
        'el los las una unos y o es son en por para con del al lo que',
    )
  ).split(/\s+/),
);

/** Negation words are never stopwords: they carry stance. */
export const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'nor',
  'none',
  'nothing',
  'neither',
  "n't",
  'without',
  'ne',
  'net',
  'ni',
  'nikogda',
  'nikakikh',
  'nikakogo',
  'bez',
  'degil',
  'yok',
  'hic',
  'asla',
  'pas',
  'jamais',
  'aucun',
  'aucune',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'nie',
  'nunca',
  'ningun',
  'ninguna',
]);

/** Stem: strip a few common inflectional endings, then keep at most 5 characters. Digits stay whole. */
const stemCache = new Map<string, string>();

export function stem(norm: string): string {
  let s = stemCache.get(norm);
  if (s === undefined) {
    if (stemCache.size > 100_000) stemCache.clear();
    s = computeStem(norm);
    stemCache.set(norm, s);
  }
  return s;
}

function computeStem(norm: string): string {
  // "Information" (any language's folded form) is a word for a report, not the verb "inform(ed)" the five-letter
  // stem would make it: "denied the information" says nothing of "was informed in advance".
  if (norm.startsWith('informat')) return 'informat';
  // Digits stay whole; letters glued after a code's last digit are a particle or a suffix ("s400eul" → "s400").
  if (/\d/.test(norm)) return /^[a-z]+\d+[a-z]{1,4}$/.test(norm) ? norm.replace(/[a-z]+$/, '') : norm;
  let w = norm;
  if (w.length > 5) w = w.replace(/(ings?|edly|ed|es|s)$/, '');
  // English silent e: give/giving/gives, take/taking, sale/sales all meet.
  if (w.length >= 4) w = w.replace(/e$/, '');
  return w.length > 5 ? w.slice(0, 5) : w;
}

/** Canonical token form: model names lose inner hyphens ("s-400" → "s400"). */
function canon(raw: string): string {
  return /\d/.test(raw) && /[a-z]/.test(raw) ? raw.replace(/-/g, '').replace(/(\d)s$/, '$1') : raw;
}

/** One word folded for matching (ASCII words take a fast path); the caller remembers the result. */
function foldWord(word: string): string {
  if (/^[A-Za-z0-9'-]+$/.test(word)) return word.toLowerCase();
  return foldForMatch(word).replace(/[^a-z0-9'-]/g, '');
}

/** What one written word becomes: its token (null when nothing is left of it) and whether it ends in "n't". */
const ARABIC_LETTER = /[\u0621-\u064a]/u;

interface WordForm {
  norm: string;
  stem: string;
  short: string;
  negated: boolean;
}

// Fold, canonical form and stems of one written form. Newsroom text repeats its words: `formAt` remembers them.
function formOf(word: string): WordForm | null {
  // A leading apostrophe is a letter folded to one (Arabic "إ" → "'"), not a Turkish case suffix to cut; in an Arabic
  // word every apostrophe is a hamza ("رئيس", "وأنقرة", "مسؤول"), never the start of a suffix.
  const folded = foldWord(word);
  const raw = ARABIC_LETTER.test(word) ? folded.replace(/'/g, '') : folded.replace(/^'+/, '');
  // "didn't" → "did" + "not"; "Ankara'nin" (Turkish case suffix) → "ankara".
  const negated = raw.endsWith("n't");
  const norm = canon(negated ? raw.slice(0, -3) : raw.replace(/'.*$/, '')).replace(/^-+|-+$/g, '');
  if (norm) {
    const st = stem(norm);
    return { norm, stem: st, short: norm.length > 4 ? stem(norm.slice(0, 4)) : st, negated };
  }
  return negated ? { norm: '', stem: '', short: '', negated } : null;
}

// Traditional and simplified Chinese characters meet (日產 and 日产, 股權 and 股权): Taiwan and Hong Kong outlets
// write the one, the mainland the other. OpenCC's character table, asked once per character.
const toSimplified = Converter({ from: 'tw', to: 'cn' });
const simplifiedOf = new Map<string, string>();

function simplified(ch: string): string {
  const known = simplifiedOf.get(ch);
  if (known !== undefined) return known;
  const out: string = toSimplified(ch) ?? ch;
  const s = out.length === 1 ? out : ch;
  simplifiedOf.set(ch, s);
  return s;
}

/** Han ideographs and Japanese kana (CJK letters written without spaces between words). */
export function isIdeographic(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x31f0 && c <= 0x31ff)
  );
}

/** Length in code units of the word character (\p{L}, \p{N}, \p{M}) at `i`: 1, 2 for a surrogate pair, or 0. */
function wordCharAt(text: string, i: number, table: Uint8Array): number {
  const c = text.charCodeAt(i);
  if (table[c] !== 0) return 1;
  return c >= 0xd800 && c <= 0xdbff && astralClass(text, i) !== 0 ? 2 : 0;
}

/**
 * The written forms met so far, keyed by the characters of the text itself: a word already seen costs a
 * hash over its characters and one comparison, without cutting it out of the text. Open addressing,
 * doubling up to {@link MAX_FORMS} entries, then starting afresh.
 */
const MAX_FORMS = 1 << 18;
let formWords: Array<string | undefined> = new Array(1 << 12);
let formValues: Array<WordForm | null> = new Array(1 << 12);
let formHashes = new Int32Array(1 << 12);
let formCount = 0;

function sameWord(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

function formAt(text: string, start: number, end: number, hash: number): WordForm | null {
  const mask = formWords.length - 1;
  const len = end - start;
  let slot = hash & mask;
  for (let w = formWords[slot]; w !== undefined; w = formWords[slot]) {
    if (formHashes[slot] === hash && w.length === len && sameWord(w, text, start)) return formValues[slot]!;
    slot = (slot + 1) & mask;
  }
  const word = text.slice(start, end);
  const form = formOf(word);
  if (formCount >= MAX_FORMS / 2) {
    resetForms(formWords.length);
    return storeForm(word, hash, form);
  }
  if (2 * (formCount + 1) > formWords.length) growForms();
  return storeForm(word, hash, form);
}

function storeForm(word: string, hash: number, form: WordForm | null): WordForm | null {
  const mask = formWords.length - 1;
  let slot = hash & mask;
  while (formWords[slot] !== undefined) slot = (slot + 1) & mask;
  formWords[slot] = word;
  formValues[slot] = form;
  formHashes[slot] = hash;
  formCount++;
  return form;
}

function resetForms(size: number): void {
  formWords = new Array(size);
  formValues = new Array(size);
  formHashes = new Int32Array(size);
  formCount = 0;
}

function growForms(): void {
  const [words, values, hashes] = [formWords, formValues, formHashes];
  resetForms(words.length * 2);
  for (let k = 0; k < words.length; k++) if (words[k] !== undefined) storeForm(words[k]!, hashes[k]!, values[k]!);
}

/**
 * Tokenise text in any script. Each word is folded on its own, so `start` is an offset in the text given
 * (cue positions found by regular expressions on that text line up with token positions). Words are runs
 * of letters, digits and marks, joined by single inner hyphens or apostrophes ("S-400", "Ankara'nin",
 * "didn't") — the same as /[\p{L}\p{N}\p{M}]+(?:[-'][\p{L}\p{N}\p{M}]+)*\/u — scanned by hand: no match
 * object and no substring per word.
 */
export function tokenize(text: string): Token[] {
  const table = charClasses();
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i, table);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    if (w === 1 && isIdeographic(text.charCodeAt(i))) {
      // Chinese and Japanese write no spaces: each character is a token, so names match as runs of characters.
      const ch = simplified(text[i]!);
      out.push({ norm: ch, stem: ch, short: ch, start });
      i++;
      continue;
    }
    let hash = 0x811c9dc5;
    for (;;) {
      do {
        for (let k = 0; k < w; k++) hash = Math.imul(hash ^ text.charCodeAt(i + k), 0x01000193);
        i += w;
      } while (i < n && (w = wordCharAt(text, i, table)) !== 0 && !(w === 1 && isIdeographic(text.charCodeAt(i))));
      const c = text.charCodeAt(i);
      if (
        (c === 45 || c === 39) &&
        i + 1 < n &&
        (w = wordCharAt(text, i + 1, table)) !== 0 &&
        !(w === 1 && isIdeographic(text.charCodeAt(i + 1)))
      ) {
        hash = Math.imul(hash ^ c, 0x01000193);
        i++;
        continue;
      }
      break;
    }
    const f = formAt(text, start, i, hash);
    if (!f) continue;
    if (f.norm) out.push({ norm: f.norm, stem: f.stem, short: f.short, start });
    if (f.negated) out.push({ norm: 'not', stem: 'not', short: 'not', start: i - 3 });
  }
  return out;
}

const CJK_FUNCTION = new Set([
  ...'的了是在和与及对为也就都而将被把从于以之其这那个等中上下日月年人们已并或但所到让给着过来去还又',
]);

function cjkContent(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return isIdeographic(c) && !(c >= 0x3040 && c <= 0x309f) && !CJK_FUNCTION.has(ch);
}

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm) && !NEGATIONS.has(norm);
}

/** Content stems of a text (no stopwords), as a set. */
export function contentStems(text: string): Set<string> {
  const s = new Set<string>();
  // A lone Latin letter carries nothing; a lone Chinese character or katakana is a word, but not hiragana (Japanese
  // particles and endings) nor the commonest function characters.
  for (const t of tokenize(text)) if (!isStopword(t.norm) && (t.norm.length > 1 || cjkContent(t.norm))) s.add(t.stem);
  return s;
}
