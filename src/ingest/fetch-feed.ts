import { decodeBody } from './charset.js';
import { fetchLimited } from './fetch-limited.js';
import type { FetchImpl, FetchLimits } from './limits.js';
import type { Resolver } from './url-safety.js';

/** What the store remembers from the last good response, sent back as a conditional GET. */
export interface ConditionalHeaders {
  etag: string | null;
  lastModified: string | null;
}

export type FeedFetchResult =
  | { status: 'not-modified' }
  | {
      status: 'ok';
      /** Decoded text (charset from BOM, header, XML declaration checked against the bytes, else guessed). */
      body: string;
      etag: string | null;
      lastModified: string | null;
      /** Address after redirects: relative item links resolve against it. */
      finalUrl: string;
      contentType: string | null;
      /** The Content-Location header as sent (the document's own address; relative links resolve against it). */
      contentLocation: string | null;
    };

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/**
 * Fetch one feed within the limits. A 304 answer comes back as `not-modified` with nothing read or parsed.
 * Throws FeedFetchError with a code: timeout, too-large, http-<status>, redirect-loop, too-many-redirects,
 * private-address, bad-url, dns, network.
 */
export async function fetchFeed(
  url: string,
  conditional: ConditionalHeaders,
  limits: FetchLimits,
  fetchImpl?: FetchImpl,
  resolve?: Resolver,
): Promise<FeedFetchResult> {
  const headers: Record<string, string> = { accept: FEED_ACCEPT };
  if (conditional.etag) headers['if-none-match'] = conditional.etag;
  if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;

  const res = await fetchLimited(url, { headers, limits, fetchImpl, resolve });
  if (res.status === 'not-modified') return { status: 'not-modified' };
  const contentType = res.headers.get('content-type');
  return {
    status: 'ok',
    body: decodeBody(res.bytes, contentType),
    etag: res.headers.get('etag'),
    lastModified: res.headers.get('last-modified'),
    finalUrl: res.finalUrl,
    contentType,
    contentLocation: res.headers.get('content-location'),
  };
}
