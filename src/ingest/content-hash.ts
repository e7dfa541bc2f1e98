import { createHash } from 'node:crypto';

/** How much of the body counts: enough to tell stories apart, little enough that a changed footer does not. */
const TEXT_CHARS = 2000;

/**
 * Fingerprint of an article's words, so syndicated copies under different URLs collapse into one: sha256
 * (hex) of the normalised title and the first 2,000 normalised characters of the text. Normalising means
 * Unicode NFKC, lower case, punctuation and symbols removed, whitespace collapsed.
 */
export function contentHash(title: string, text: string): string {
  const body = normaliseForHash(text).slice(0, TEXT_CHARS);
  return createHash('sha256')
    .update(`${normaliseForHash(title)}\n${body}`)
    .digest('hex');
}

/** The normalised form the hash is taken over (exported for tests and diagnostics). */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
