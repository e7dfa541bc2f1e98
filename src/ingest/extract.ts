import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { decodeBody } from './charset.js';
import { ExtractPool } from './extract-pool.js';
import { fetchLimited } from './fetch-limited.js';
import { htmlNestingDepth, htmlToText } from './html-text.js';
import type { FetchImpl, FetchLimits } from './limits.js';
import type { Resolver } from './url-safety.js';

/** The readable part of an article page. */
export interface ExtractedArticle {
  title: string | null;
  /** Body text, paragraphs separated by blank lines. */
  text: string;
  byline: string | null;
  siteName: string | null;
  /** Address the page was read from (after redirects). */
  url: string;
}

/** Real article pages nest a few dozen levels; past this, building the DOM and running Readability take seconds. */
export const MAX_PAGE_DEPTH = 256;

/**
 * Pull the article out of a full web page with Mozilla Readability (the Firefox reader view) over linkedom's
 * DOM. Returns null when Readability finds no article or fails on the markup, and for a page nested deeper
 * than {@link MAX_PAGE_DEPTH} (the caller keeps the feed's text).
 */
export function extractArticle(html: string, url: string): ExtractedArticle | null {
  try {
    if (htmlNestingDepth(html) > MAX_PAGE_DEPTH) return null;
    const document = new DOMParser().parseFromString(html, 'text/html');
    // Readability declares a browser Document; linkedom's is structurally close enough for what it reads.
    const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      maxElemsToParse: 50_000,
    }).parse();
    if (!parsed?.content) return null;
    const text = htmlToText(parsed.content);
    if (!text) return null;
    return {
      title: parsed.title?.trim() || null,
      text,
      byline: parsed.byline?.trim() || null,
      siteName: parsed.siteName?.trim() || null,
      url,
    };
  } catch {
    // Readability throws on some hostile or enormous pages; the caller keeps the feed's summary instead.
    return null;
  }
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/** The worker that extracts fetched pages; started on first use, it does not keep the process alive. */
let pool: ExtractPool | null = null;

/**
 * Fetch an article page under the same limits as feeds (timeout, byte cap, private-address check on every
 * hop) and extract it on a worker thread. Null when the page is not HTML or has no readable article, or its
 * extraction ran out of time or memory; fetch problems throw.
 */
export async function fetchArticlePage(
  url: string,
  limits: FetchLimits,
  fetchImpl?: FetchImpl,
  resolve?: Resolver,
  signal?: AbortSignal,
): Promise<ExtractedArticle | null> {
  const res = await fetchLimited(url, {
    headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    limits,
    fetchImpl,
    resolve,
    signal,
    acceptContentType: (ct) => ct === null || HTML_TYPES.test(ct),
  });
  if (res.status !== 'ok') return null;
  const html = decodeBody(res.bytes, res.headers.get('content-type'));
  pool ??= new ExtractPool();
  return pool.extract(html, res.finalUrl);
}
