/** Backoff policy for a failing feed: the first retry after `baseMs`, doubling, never more than `maxMs`. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** Extra delay as a fraction of the delay, drawn from `random` (spreads retries of feeds that failed together). */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5 * 60_000, maxMs: 6 * 60 * 60_000, jitter: 0.1 };

/**
 * Delay before polling a feed again after its `failureCount`-th consecutive failure (1 = first failure):
 * base × 2^(failures − 1) plus up to `jitter` of itself, never more than `maxMs`. `random` returns [0, 1)
 * and is injected so tests can pin it.
 */
export function backoffDelayMs(
  failureCount: number,
  random: () => number = Math.random,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const exponent = Math.max(0, failureCount - 1);
  const delay = policy.baseMs * 2 ** Math.min(exponent, 30);
  return Math.round(Math.min(policy.maxMs, delay * (1 + policy.jitter * random())));
}

/** The longest wait a feed's Retry-After is honoured for; past it we poll again anyway. */
export const MAX_RETRY_AFTER_MS = 6 * 60 * 60_000;

/**
 * How long a `Retry-After` header (on a 429 or 503) asks us to wait: delay-seconds or an HTTP date, capped at
 * {@link MAX_RETRY_AFTER_MS}. Null when absent or unreadable (the ordinary backoff applies).
 * https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 */
export function retryAfterMs(header: string | null | undefined, now: Date): number | null {
  const value = header?.trim();
  if (!value) return null;
  const ms = /^\d+$/.test(value)
    ? Number(value) * 1000
    : /^[A-Za-z]{3}, /.test(value)
      ? Date.parse(value) - now.getTime()
      : NaN;
  if (!Number.isFinite(ms)) return null;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}
