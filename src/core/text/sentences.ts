/**
 * Sentence splitting with the runtime's ICU segmenter (Intl.Segmenter), plus a repair pass for
 * abbreviations ICU splits on ("U.S. State Department", "Mr. Smith", "г. Москва").
 */

export interface Sentence {
  text: string;
  /** Index of the paragraph (line) it came from. */
  paragraph: number;
  /** Index among all sentences of the text. */
  index: number;
}

/** An abbreviation ending a piece ICU cut off: initials, titles, months, Russian "г.", "т.е." … (any script). */
const ABBREVIATION_END = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?:\p{Lu}\.){1,3}|(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|` +
    String.raw`Rep|Gov|Pres|St|Prof|Jr|Sr|vs|Inc|Ltd|Co|Corp|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|` +
    String.raw`Dec|approx|est|etc|[гГ]|им|ул|т\.е|т\.к|т\.д|т\.п|Dz|Prof|bkz|vb|Hz|Sn|Av|Mme|M|Dr|Sra|Sr|` +
    // Greek "κ." (Mr, Mrs), "κκ.", "κα."
    String.raw`κ|κκ|κα)\.)\s*$`,
  'u',
);

/** A day written as an ordinal ("zwischen dem 8. und 13. Oktober"): a split after it is no sentence end when the
 * next piece goes on in lower case or with a number. */
const ORDINAL_END = /(?<![\p{L}\p{N}.,])\d{1,2}\.\s*$/u;
/** What follows such a day inside a sentence: lower case, a number, or a month ("13. Oktober", "3. listopadu"). */
const ORDINAL_GOES_ON = new RegExp(
  String.raw`^(?:[\p{Ll}\p{N}]|(?:jan|feb|mär|mar|apr|mai|maj|jun|jul|aug|sep|okt|oct|nov|dez|dec|` +
    String.raw`led|úno|bře|dub|kvě|čer|srp|zář|říj|lis|pro|sty|lut|kwi|lip|sie|wrz|paź|gru)\p{L}*\b)`,
  'iu',
);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang === 'und' ? 'en' : lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Split a normalised text into sentences; every line (paragraph) is split on its own. */
export function splitSentences(text: string, lang = 'en'): Sentence[] {
  const out: Sentence[] = [];
  const lines = text.split('\n');
  for (let p = 0; p < lines.length; p++) {
    const line = lines[p]!.trim();
    if (!line) continue;
    const parts: string[] = [];
    for (const { segment } of segmenter(lang).segment(line)) {
      const prev = parts.length ? parts[parts.length - 1]! : null;
      // Merge back a split after an abbreviation when the next piece does not look like a new sentence.
      // (Only the end of the piece can hold the abbreviation: the longest, with one character before it, fits in 12.)
      if (
        prev !== null &&
        (ABBREVIATION_END.test(prev.trimEnd().slice(-12)) ||
          (ORDINAL_END.test(prev) && ORDINAL_GOES_ON.test(segment)))
      )
        parts[parts.length - 1] = prev + segment;
      else parts.push(segment);
    }
    for (const s of parts) {
      const t = s.trim();
      if (t) out.push({ text: t, paragraph: p, index: out.length });
    }
  }
  return out;
}
