import { foldForMatch } from '../text/fold.js';
import { normaliseText } from '../text/normalise.js';

/** A sentence's identity regardless of spacing, punctuation, case and script: folded letters and digits only. */
export function sentenceFingerprint(sentence: string): string {
  const f = foldForMatch(normaliseText(sentence)).replace(/[^a-z0-9]+/g, '');
  return f.length >= 20 ? f : '';
}
