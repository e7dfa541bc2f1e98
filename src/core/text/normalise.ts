import { foldLookalikeCodes, foldMixedScripts } from './fold.js';

/**
 * Text as the engine reads it: Unicode NFKC, one kind of quote and dash, no invisible characters,
 * mixed-script words folded. Paragraph breaks (blank lines) are kept; they matter for boilerplate and sentences.
 */
export function normaliseText(raw: string): string {
  let t = raw.normalize('NFKC');
  t = t.replace(/[\u200B-\u200F\u2060\uFEFF\u00AD]/g, '');
  // Apostrophes inside words become ASCII; opening/closing single quotes (‘…’) stay, as quote marks.
  // (The mark is matched first and its neighbours checked after: the engine then only stops at quote marks.)
  t = t.replace(/[\u2019\u2032'](?<=[\p{L}\d].)(?=\p{L})/gu, "'").replace(/[\u201A\u201B]/g, '\u2018');
  t = t.replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"');
  t = t.replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, (d) =>
    d === '\u2014' || d === '\u2015' ? ' - ' : '-',
  );
  // Runs of blanks become one space (a lone space is left alone: most of a text).
  t = t.replace(/\r\n?/g, '\n').replace(/ {2,}|[ \t\u00A0]*[\t\u00A0][ \t\u00A0]*/g, ' ');
  t = foldLookalikeCodes(foldMixedScripts(t));
  return t
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
