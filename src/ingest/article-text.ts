import pLimit from 'p-limit';
import { FeedFetchError } from '../errors.js';
import { fetchArticlePage, type ExtractedArticle } from './extract.js';
import type { FeedItem } from './feed-item.js';
import { htmlToText } from './html-text.js';
import type { FetchImpl, FetchLimits } from './limits.js';
import type { Resolver } from './url-safety.js';

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
  /** DNS for the address checks (tests). */
  resolve?: Resolver;
  /** Stops the page fetch (the feed's time budget for its pages ran out); the feed's text is kept. */
  signal?: AbortSignal;
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
export async function articleText(
  item: FeedItem,
  link: string | null,
  opts: ArticleTextOptions,
): Promise<ArticleText> {
  const carried = opts.carried ?? feedText(item);
  if (carried.length >= FULL_TEXT_MIN_CHARS || !link || !opts.fetchPages || opts.signal?.aborted) {
    return { text: carried, from: carried && item.contentHtml ? 'feed' : 'summary', pageTitle: null };
  }
  let page: ExtractedArticle | null = null;
  try {
    page = await fetchArticlePage(link, opts.limits, opts.fetchImpl, opts.resolve, opts.signal);
  } catch (err) {
    opts.onPageError?.(err);
  }
  if (page && page.text.length > carried.length) return { text: page.text, from: 'page', pageTitle: page.title };
  return { text: carried, from: 'summary', pageTitle: page?.title ?? null };
}

/** One item whose text is wanted, with what its feed carried. */
export interface PageWanted {
  item: FeedItem;
  link: string | null;
  carried: string;
}

export interface PagesOptions extends Omit<ArticleTextOptions, 'carried' | 'signal' | 'onPageError'> {
  /** Pages fetched at once for one feed. */
  concurrency: number;
  /**
   * Time for all of one feed's pages; what is not read by then keeps the feed's text. Ends well inside the feed's
   * lease.
   */
  budgetMs: number;
  onPageError?: (err: unknown, link: string) => void;
  /** Told once when the budget ran out before every page was read. */
  onBudgetSpent?: () => void;
}

/**
 * {@link articleText} for each of a feed's items, in order, fetching pages side by side (`concurrency` at a time)
 * within one time budget: ten stalling pages one after another took 34 s, and a feed of 500 items at the default
 * 15-second timeout could take two hours, outliving the feed's lease. When the budget runs out, fetches in flight
 * are aborted and the remaining items keep what their feed carried.
 */
export async function articleTexts(wanted: readonly PageWanted[], opts: PagesOptions): Promise<ArticleText[]> {
  const budget = new AbortController();
  const timer = setTimeout(
    () => budget.abort(new FeedFetchError('page-budget', `the feed's ${opts.budgetMs} ms for article pages ran out`)),
    opts.budgetMs,
  );
  const limit = pLimit(Math.max(1, opts.concurrency));
  try {
    return await Promise.all(
      wanted.map((w) =>
        limit(() =>
          articleText(w.item, w.link, {
            ...opts,
            carried: w.carried,
            signal: budget.signal,
            onPageError: (err) => opts.onPageError?.(err, w.link ?? ''),
          }),
        ),
      ),
    );
  } finally {
    clearTimeout(timer);
    if (budget.signal.aborted) opts.onBudgetSpent?.();
  }
}
