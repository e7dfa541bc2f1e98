/**
 * Feed ingest: fetch with limits, parse, canonicalise and fingerprint, extract article text, OPML, and the poller.
 * The explicit export list is the folder's public surface; everything else is internal.
 */
export { fetchFeed, type ConditionalHeaders, type FeedFetchResult } from './fetch-feed.js';
export { checkFeedUrl, isPublicAddress, type Resolver, type UrlSafetyOptions } from './url-safety.js';
export { addressRefusal, hostPolicy, LOOPBACK_AND_PRIVATE, PUBLIC_ONLY, type HostPolicy } from './host-policy.js';
export { guardedLookup } from './guarded-lookup.js';
export { decodeBody, detectCharset } from './charset.js';
export { parseFeed, type ParsedFeed } from './parse-feed.js';
export type { FeedItem } from './feed-item.js';
export { canonicalUrl } from './canonical-url.js';
export { contentHash, normaliseForHash } from './content-hash.js';
export { htmlToText } from './html-text.js';
export { extractArticle, fetchArticlePage, type ExtractedArticle } from './extract.js';
export {
  articleText,
  articleTexts,
  feedText,
  FULL_TEXT_MIN_CHARS,
  type ArticleText,
  type ArticleTextOptions,
  type PagesOptions,
  type PageWanted,
} from './article-text.js';
export { parseOpml, toOpml, type OpmlFeed } from './opml.js';
export { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.js';
export { createPoller, type Poller, type PollCycle } from './poller.js';
export type { ArticleContext, PollerDeps, PollSummary } from './poller-deps.js';
export type { IngestLog } from './log.js';
export {
  fetchLimits,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_ITEMS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  type FetchImpl,
  type FetchLimits,
  type FetchLimitsInput,
} from './limits.js';
