import { foldForMatch } from '../text/fold.js';
import { durationKeys, withinWordKeys } from './durations.js';
import { numberWordKeys } from './number-words.js';
import { isRelativeAnchor, relativeLeadWords } from './relative.js';

/**
 * A look at a sentence's matching tokens (the engine's own, already made) before the value readers tokenise it
 * again. Every value is built on a number: a sentence with no digit and no number word of any language
 * (folded the way the matcher folds; "a pair of", "within a year" count too) holds none. Months and
 * currencies alone ("in May", "dollars") make no value.
 * test/engine/values-gate.test.ts holds this against reading every sentence in full.
 */

interface Hints {
  /** Number words of every language, and "pair" ("a pair of"). */
  numbers: Set<string>;
  /** Units of time: they count only after "a"/"an" ("within a year"). */
  units: Set<string>;
  /** Weekdays and "yesterday", "last year"…: dates when the article's date is known. */
  relative: Set<string>;
  /** "Within" in every language ("в течение", "innerhalb", "içinde"): a unit of time near one is a length. */
  within: Set<string>;
}

let hints: Hints | null = null;

function build(): Hints {
  const fold = (w: string) => foldForMatch(w).replace(/[^a-z0-9'-]/g, '');
  return {
    numbers: new Set([...numberWordKeys(), 'pair'].map(fold).filter(Boolean)),
    units: new Set(durationKeys().map(fold).filter(Boolean)),
    relative: new Set(
      relativeLeadWords()
        .map(fold)
        .filter((w) => w.length > 2),
    ),
    within: new Set(withinWordKeys().map(fold).filter(Boolean)),
  };
}

/** Could the sentence (its text and its matching tokens) hold a value at all? */
export function mayMentionValue(text: string, tokens: ReadonlyArray<{ norm: string }>, relative = false): boolean {
  hints ??= build();
  // Months and currencies only make a value next to a number: without a digit, a number word must be there.
  if (/\d/.test(text)) return true;
  // Weekdays in Chinese, Japanese and Korean are read from the characters.
  if (relative && /(周|星期|週)[一二三四五六日天]|[월화수목금토일]요일|[月火水木金土日]曜/.test(text)) return true;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    if (relative && (hints.relative.has(norm) || isRelativeAnchor(norm))) return true;
    if (
      hints.numbers.has(norm) ||
      (hints.units.has(norm) && ['a', 'an', 'next', 'coming'].includes(tokens[i - 1]?.norm ?? ''))
    )
      return true;
    if (hints.units.has(norm) && nearWithin(tokens, i)) return true;
    // The matcher keeps "четырех-шести", "twenty-five" whole; the readers see each part.
    if (norm.includes('-') && norm.split('-').some((part) => hints!.numbers.has(part))) return true;
  }
  return false;
}

/** Is a "within" word up to three tokens before `i`, or right after it ("yıl içinde")? */
function nearWithin(tokens: ReadonlyArray<{ norm: string }>, i: number): boolean {
  for (let j = Math.max(0, i - 3); j <= i + 1 && j < tokens.length; j++)
    if (j !== i && hints!.within.has(tokens[j]!.norm)) return true;
  return false;
}
