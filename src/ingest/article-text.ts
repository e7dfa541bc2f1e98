import { fetchArticlePage, type ExtractedArticle } from './extract.js';
import type { FeedItem } from './feed-item.js';
import { htmlToText } from './html-text.js';
import type { FetchImpl, FetchLimits } from './limits.js';

/** Below this many characters of text, a feed's content is taken for a teaser and the page is fetched. */
export const FULL_TEXT_MIN_CHARS = 400;

export interface ArticleText {
  text: string;
  /** Where the text came from: the feed's content, the page itself, or the feed's summary as a fallback. */
  from: 'feed' | 'page' | 'summary';
  /** Title found on the page, when it was fetched. */
  pageTitle: string | null;
}

export interface ArticleTextOptions {
  limits: FetchLimits;
  fetchImpl?: FetchImpl;
  /** False: never fetch the page (the backlog of a new feed is stored from what the feed carries). */
  fetchPages: boolean;
  /** Told when the page could not be read, so the poller can log it. */
  onPageError?: (err: unknown) => void;
  /** `feedText(item)`, when the caller has worked it out already (it parses the item's HTML). */
  carried?: string;
}

/** The feed's own text for an item: its content when present, else its summary. */
export function feedText(item: FeedItem): string {
  const content = item.contentHtml ? htmlToText(item.contentHtml) : '';
  const summary = item.summary ?? '';
  return content.length >= summary.length ? content : summary;
}

/**
 * The rule for an item's text: the feed's content when it has at least ~400 characters; otherwise the
 * article page, fetched and extracted; when that fails or yields less, whatever the feed carried.
 */
export async function articleText(item: FeedItem, link: string | null, opts: ArticleTextOptions): Promise<ArticleText> {
  const carried = opts.carried ?? feedText(item);
  if (carried.length >= FULL_TEXT_MIN_CHARS || !link || !opts.fetchPages) {
    return { text: carried, from: carried && item.contentHtml ? 'feed' : 'summary', pageTitle: null };
  }
  let page: ExtractedArticle | null = null;
  try {
    page = await fetchArticlePage(link, opts.limits, opts.fetchImpl);
  } catch (err) {
    opts.onPageError?.(err);
  }
  if (page && page.text.length > carried.length) return { text: page.text, from: 'page', pageTitle: page.title };
  return { text: carried, from: 'summary', pageTitle: page?.title ?? null };
}
