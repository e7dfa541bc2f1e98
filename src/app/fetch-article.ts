import type { Config } from './config.js';
import type { ArticleInput } from '../core/types.js';
import { UsageError } from '../errors.js';
import { fetchArticlePage, fetchLimits } from '../ingest/index.js';

/** Fetch a web page and extract its article (for `analyze URL`), under the same limits as feeds. */
export async function fetchArticleInput(url: string, cfg: Config): Promise<ArticleInput> {
  const limits = fetchLimits({ timeoutMs: cfg.FEED_TIMEOUT_MS, maxBytes: cfg.FEED_MAX_BYTES, allowPrivate: cfg.FEEDS_ALLOW_PRIVATE });
  const page = await fetchArticlePage(url, limits);
  if (!page) throw new UsageError('no-article', `${url}: no readable article on that page`);
  return { url, title: page.title ?? url, text: page.text, published: null, source: page.siteName ?? new URL(url).hostname };
}
