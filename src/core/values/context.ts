/**
 * Context that makes a figure no value of the story, whatever the cue words near it: a teaser line for another
 * article ("Read also: …", "Читайте також: …", "관련기사"), and the dateline or byline date before the report
 * ("SEOUL, Dec. 23 (Wire) --", "By … | … | December 23, 2024"), which is when it was written, not when the
 * event happened.
 */

const TEASER = new RegExp(
  '^\\s*(?:read (?:also|more)|see also|also read|related|more on this|читайте (?:також|также|тоже|ещё|еще)|' +
    'дивіться також|див\\. також|смотрите также|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|voir aussi|' +
    'lee también|ver también|leggi anche|czytaj (?:też|także|również)|ilginizi çekebilir|bunlar da ilginizi|' +
    'اقرأ أيضا|اقرأ أيضاً|관련\\s?기사|함께 보면|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|関連記事|あわせて読みたい)',
  'iu',
);

/** Is the sentence a teaser line for another story? Its figures belong to that story. */
export const isTeaser = (sentence: string): boolean => TEASER.test(sentence);

// Before a dateline date: a place in capitals, commas, dots ("SEOUL,", "NEW YORK,"); after it, the agency in
// brackets and a dash, or a clock time.
const DATELINE_BEFORE = /^[\p{Lu}\s,.'’-]*$/u;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-|:|\|)|^\s*\d{1,2}:\d{2}/u;

/** Is the value at [start, end) the date of the report itself (a dateline or a byline), not a value in it? */
export function isReportDate(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end, end + 60);
  if (before.includes('|') || /^\s*\|/.test(after)) return true;
  return DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after);
}

// Words that make the next figure a part of the one before: "12,000 troops, including 500 officers".
const PART_OF = new RegExp(
  '(?:including|among them|of whom|of which|darunter|davon|включая|в том числе|из них|у тому числі|' +
    'з них|dont|parmi lesquels|incluidos|incluyendo|de los cuales|tra cui|di cui|w tym|aralarında|' +
    'bunların|其中|うち|그중|이 중)\\s*$',
  'iu',
);

/** Is the value at `start` a part of a figure just before it ("including 500 officers")? */
export const isPartOf = (sentence: string, start: number): boolean =>
  PART_OF.test(sentence.slice(Math.max(0, start - 24), start).replace(/[,:]\s*$/u, ''));
