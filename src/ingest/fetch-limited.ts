import { AppError, FeedFetchError } from '../errors.js';
import { DEFAULT_MAX_REDIRECTS, type FetchImpl, type FetchLimits } from './limits.js';
import { readCapped } from './read-capped.js';
import { checkFeedUrl, type Resolver } from './url-safety.js';

export interface LimitedRequest {
  headers: Record<string, string>;
  limits: FetchLimits;
  fetchImpl: FetchImpl;
  resolve?: Resolver;
  /** Checked before the body is read; a refusal throws FeedFetchError[unexpected-content-type]. */
  acceptContentType?: (contentType: string | null) => boolean;
}

export type LimitedResponse =
  | { status: 'ok'; bytes: Uint8Array; headers: Headers; finalUrl: string }
  | { status: 'not-modified'; headers: Headers; finalUrl: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GET with the bot's limits: one deadline for every hop and the whole body, a byte cap, redirects followed
 * by hand (each hop re-checked for private addresses, loops refused), 304 returned without touching the body.
 */
export async function fetchLimited(url: string, req: LimitedRequest): Promise<LimitedResponse> {
  const { limits } = req;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new FeedFetchError('timeout', `no complete answer from ${url} within ${limits.timeoutMs} ms`)),
    limits.timeoutMs,
  );
  try {
    return await followRedirects(url, req, controller);
  } catch (err) {
    throw explain(err, controller, url);
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(url: string, req: LimitedRequest, controller: AbortController): Promise<LimitedResponse> {
  const maxRedirects = req.limits.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const seen = new Set<string>();
  let current = url;
  for (let hop = 0; ; hop++) {
    await checkFeedUrl(current, { allowPrivate: req.limits.allowPrivate, resolve: req.resolve });
    seen.add(current);
    const headers = { 'user-agent': req.limits.userAgent, ...req.headers };
    const res = await req.fetchImpl(current, { headers, redirect: 'manual', signal: controller.signal });

    if (REDIRECTS.has(res.status)) {
      await discard(res);
      const location = res.headers.get('location');
      if (!location) throw new FeedFetchError(`http-${res.status}`, `${current} redirects without a Location header`);
      const next = new URL(location, current).toString();
      if (seen.has(next)) throw new FeedFetchError('redirect-loop', `redirect loop: ${current} → ${next}`);
      if (hop >= maxRedirects) throw new FeedFetchError('too-many-redirects', `more than ${maxRedirects} redirects from ${url}`);
      current = next;
      continue;
    }
    if (res.status === 304) {
      await discard(res);
      return { status: 'not-modified', headers: res.headers, finalUrl: current };
    }
    if (!res.ok) {
      await discard(res);
      throw new FeedFetchError(`http-${res.status}`, `${current} answered HTTP ${res.status}`);
    }
    const contentType = res.headers.get('content-type');
    if (req.acceptContentType && !req.acceptContentType(contentType)) {
      await discard(res);
      throw new FeedFetchError('unexpected-content-type', `${current} is ${contentType ?? 'of unknown type'}`);
    }
    const bytes = await readCapped(res, req.limits.maxBytes, controller);
    return { status: 'ok', bytes, headers: res.headers, finalUrl: current };
  }
}

/** Drop a body we will not read, so the connection is not left hanging. */
async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

/** Turn aborts and undici's bare "fetch failed" into coded errors a feed's status line can show. */
function explain(err: unknown, controller: AbortController, url: string): AppError {
  const reason: unknown = controller.signal.reason;
  if (controller.signal.aborted && reason instanceof FeedFetchError) return reason;
  if (err instanceof AppError) return err;
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new FeedFetchError('network', `cannot fetch ${url}: ${detail}`, { cause: err });
}
