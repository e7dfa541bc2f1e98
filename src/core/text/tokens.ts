import { foldForMatch } from './fold.js';

/**
 * Tokens for matching: folded Latin words, model names kept whole and de-hyphenated ("S-400", "С-400" and
 * "S400" are all "s400"), and a crude but language-agnostic stem (suffix strip + truncation) that lets
 * inflected forms meet ("returning"/"returned", "возврат"/"возврата", "iade"/"iadesi").
 */

export interface Token {
  /** Folded form, e.g. "zhuravlev", "s400". */
  norm: string;
  stem: string;
  /** Stem of the first four letters of a long word: reaches short roots under agglutinated endings ("iadesi" → "iade"). */
  short: string;
  /** Offset of the word in the text given to tokenize. */
  start: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'][\p{L}\p{N}\p{M}]+)*/gu;

const STOPWORDS = new Set(
  (
    // en
    'a an the and or but if of to in on at by for with from as into onto over under about than then that this these those ' +
    'it its is are was were be been being has have had do does did will would shall should can could may might must ' +
    'he she they we i you his her their our your him them us me my who whom which what when where why how ' +
    'there here also just only very so such too more most some any all each both other same own while after before ' +
    'up down out off again further once s t '.concat(
      // ru (folded)
      'i v vo na s so k ko o ob ot do za iz u po pri pro dlia bez nad pod cherez a no da ili chto chtoby kak eto etot eta eti ' +
        'tot ta te on ona oni ono ego ee ikh emu im byl byla bylo byli budet est uzhe eshche tak zhe zhe li by ' +
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
  'not', 'no', 'never', 'nor', 'none', 'nothing', 'neither', "n't", 'without',
  'ne', 'net', 'ni', 'nikogda', 'nikakikh', 'nikakogo', 'bez',
  'degil', 'yok', 'hic', 'asla',
  'pas', 'jamais', 'aucun', 'aucune', 'nicht', 'kein', 'keine', 'keinen', 'nie', 'nunca', 'ningun', 'ninguna',
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
  if (/\d/.test(norm)) return norm;
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

const foldCache = new Map<string, string>();

/** One word folded for matching; plain ASCII words take a fast path, others are cached. */
function foldWord(word: string): string {
  if (/^[A-Za-z0-9'-]+$/.test(word)) return word.toLowerCase();
  let f = foldCache.get(word);
  if (f === undefined) {
    if (foldCache.size > 100_000) foldCache.clear();
    f = foldForMatch(word).replace(/[^a-z0-9'-]/g, '');
    foldCache.set(word, f);
  }
  return f;
}

/**
 * Tokenise text in any script. Each word is folded on its own, so `start` is an offset in the text given
 * (cue positions found by regular expressions on that text line up with token positions).
 */
const shortCache = new Map<string, Token[]>();

export function tokenize(text: string): Token[] {
  // Cue words and names are tokenised over and over: remember short strings.
  if (text.length <= 48) {
    let hit = shortCache.get(text);
    if (!hit) {
      if (shortCache.size > 20_000) shortCache.clear();
      hit = tokenizeText(text);
      shortCache.set(text, hit);
    }
    return hit;
  }
  return tokenizeText(text);
}

/** What one written word becomes: its token (null when nothing is left of it) and whether it ends in "n't". */
interface WordForm {
  norm: string;
  stem: string;
  short: string;
  negated: boolean;
}

// Newsroom text repeats its words: each written form is worked out once (fold, canonical form, stems).
const formCache = new Map<string, WordForm | null>();

function formOf(word: string): WordForm | null {
  let f = formCache.get(word);
  if (f !== undefined) return f;
  const raw = foldWord(word);
  // "didn't" → "didn" + "not"; "Ankara'nin" (Turkish case suffix) → "ankara".
  const negated = raw.endsWith("n't");
  const norm = canon(negated ? raw.slice(0, -3) : raw.replace(/'.*$/, '')).replace(/^-+|-+$/g, '');
  if (norm) {
    const st = stem(norm);
    f = { norm, stem: st, short: norm.length > 4 ? stem(norm.slice(0, 4)) : st, negated };
  } else f = negated ? { norm: '', stem: '', short: '', negated } : null;
  if (formCache.size > 200_000) formCache.clear();
  formCache.set(word, f);
  return f;
}

function tokenizeText(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const f = formOf(m[0]);
    if (!f) continue;
    if (f.norm) out.push({ norm: f.norm, stem: f.stem, short: f.short, start: m.index });
    if (f.negated) out.push({ norm: 'not', stem: 'not', short: 'not', start: m.index + m[0].length - 3 });
  }
  return out;
}

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm) && !NEGATIONS.has(norm);
}

/** Content stems of a text (no stopwords), as a set. */
export function contentStems(text: string): Set<string> {
  const s = new Set<string>();
  for (const t of tokenize(text)) if (!isStopword(t.norm) && t.norm.length > 1) s.add(t.stem);
  return s;
}
