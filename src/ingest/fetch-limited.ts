import { fetch as undiciFetch, type Agent } from 'undici';
import { AppError, FeedFetchError } from '../errors.js';
import { guardedAgent } from './guarded-lookup.js';
import { DEFAULT_MAX_REDIRECTS, type FetchImpl, type FetchLimits } from './limits.js';
import { readCapped } from './read-capped.js';
import { checkFeedUrl, type Resolver } from './url-safety.js';

export interface LimitedRequest {
  headers: Record<string, string>;
  limits: FetchLimits;
  /**
   * A stand-in for the network (tests). Unset: undici's fetch through an agent whose DNS lookup refuses
   * addresses outside the allow-list, so the address actually connected to is the one checked.
   */
  fetchImpl?: FetchImpl | undefined;
  resolve?: Resolver | undefined;
  /** Aborts the request from outside (a feed's time budget for its article pages). */
  signal?: AbortSignal | undefined;
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
 * An outside `signal` (a feed's time budget for its pages) aborts the request too.
 */
export async function fetchLimited(url: string, req: LimitedRequest): Promise<LimitedResponse> {
  const { limits, signal } = req;
  const agent = req.fetchImpl ? null : guardedAgent(limits.allowHosts, req.resolve);
  const fetchImpl = req.fetchImpl ?? withAgent(agent!);
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(new FeedFetchError('timeout', `no complete answer from ${url} within ${limits.timeoutMs} ms`)),
    limits.timeoutMs,
  );
  const onOutsideAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onOutsideAbort();
  signal?.addEventListener('abort', onOutsideAbort, { once: true });
  try {
    return await followRedirects(url, { ...req, fetchImpl }, controller);
  } catch (err) {
    throw explain(err, controller, url);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onOutsideAbort);
    // The body has been read whole (or dropped): the agent's sockets have nothing left to do.
    void agent?.destroy().catch(() => undefined);
  }
}

function withAgent(agent: Agent): FetchImpl {
  return (input, init) =>
    undiciFetch(input, { ...(init as object), dispatcher: agent }) as unknown as Promise<Response>;
}

async function followRedirects(
  url: string,
  req: LimitedRequest & { fetchImpl: FetchImpl },
  controller: AbortController,
): Promise<LimitedResponse> {
  const maxRedirects = req.limits.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const seen = new Set<string>();
  let current = url;
  for (let hop = 0; ; hop++) {
    await checkFeedUrl(current, {
      allowHosts: req.limits.allowHosts,
      ...(req.resolve ? { resolve: req.resolve } : {}),
    });
    seen.add(current);
    const headers = { 'user-agent': req.limits.userAgent, ...req.headers };
    const res = await req.fetchImpl(current, { headers, redirect: 'manual', signal: controller.signal });

    if (REDIRECTS.has(res.status)) {
      await discard(res);
      const location = res.headers.get('location');
      if (!location) throw new FeedFetchError(`http-${res.status}`, `${current} redirects without a Location header`);
      const next = new URL(location, current).toString();
      if (seen.has(next)) throw new FeedFetchError('redirect-loop', `redirect loop: ${current} → ${next}`);
      if (hop >= maxRedirects)
        throw new FeedFetchError('too-many-redirects', `more than ${maxRedirects} redirects from ${url}`);
      current = next;
      continue;
    }
    if (res.status === 304) {
      await discard(res);
      return { status: 'not-modified', headers: res.headers, finalUrl: current };
    }
    if (!res.ok) {
      await discard(res);
      const err = new FeedFetchError(`http-${res.status}`, `${current} answered HTTP ${res.status}`);
      const retryAfter = res.status === 429 || res.status === 503 ? res.headers.get('retry-after') : null;
      throw retryAfter ? Object.assign(err, { [RETRY_AFTER]: retryAfter }) : err;
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

const RETRY_AFTER = Symbol('retry-after');

/** The Retry-After header a feed sent with its 429 or 503, if any. */
export function retryAfterOf(err: unknown): string | null {
  return err instanceof FeedFetchError
    ? ((err as unknown as Record<symbol, string | undefined>)[RETRY_AFTER] ?? null)
    : null;
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
  // The connect-time address check speaks through undici's "fetch failed".
  if (cause instanceof AppError) return cause;
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new FeedFetchError('network', `cannot fetch ${url}: ${detail}`, { cause: err });
}
