import type { Config } from './config.js';
import type { ArticleInput } from '../core/types.js';
import { UsageError } from '../errors.js';
import { fetchArticlePage } from '../ingest/index.js';
import { feedFetchLimits } from './feed-limits.js';

/** Fetch a web page and extract its article (for `analyze URL`), under the same limits as feeds. */
export async function fetchArticleInput(url: string, cfg: Config): Promise<ArticleInput> {
  const limits = feedFetchLimits(cfg);
  const page = await fetchArticlePage(url, limits);
  if (!page) throw new UsageError('no-article', `${url}: no readable article on that page`);
  return {
    url,
    title: page.title ?? url,
    text: page.text,
    published: null,
    source: page.siteName ?? new URL(url).hostname,
  };
}
