import { contentStems } from '../text/tokens.js';
import { execAll } from '../text/regex.js';

/**
 * Quoted speech. Double quotes of any style are normalised to '"' upstream; single curly quotes (‘…’)
 * are kept as quote marks while apostrophes inside words are ASCII, so both can be found here.
 */
const QUOTE_RE = /"([^"]{8,})"|‘([^‘’]{8,})’|(?<![\p{L}\d])'([^']{8,})'(?![\p{L}\d])/gu;

const QUOTE_CHAR = /["‘']/;

/** Quoted spans of a text (without the quote marks). */
export function extractQuotes(text: string): string[] {
  const out: string[] = [];
  if (!QUOTE_CHAR.test(text)) return out;
  for (const m of execAll(QUOTE_RE, text)) {
    const q = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (q.split(/\s+/).length >= 3) out.push(q);
  }
  return out;
}

/** Content stems of a quote, for recognising the same words attributed to someone else. */
export function quoteFingerprint(quote: string): Set<string> {
  return contentStems(quote);
}

/** Overlap of two quote fingerprints (Jaccard over content stems). */
export function quoteSimilarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const s of a) if (b.has(s)) inter++;
  return inter / (a.size + b.size - inter);
}
