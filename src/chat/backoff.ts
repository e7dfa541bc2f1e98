import type { PlatformApiError } from '../errors.js';

/** When to try a failed message again. A policy object, so tests and operators can swap it whole. */
export interface RetryPolicy {
  /** Milliseconds to wait after the `failures`-th failed attempt (1 after the first). */
  delayMs(failures: number, err: PlatformApiError): number;
}

export interface BackoffOptions {
  /** Wait after the first failure. */
  baseMs?: number;
  factor?: number;
  maxMs?: number;
  /** Spread of ± this fraction, so instances that failed together do not retry together. */
  jitter?: number;
  random?: () => number;
}

/**
 * Exponential backoff for 5xx and network failures; a 429 waits exactly as long as the platform's
 * Retry-After says (the platform knows its buckets better than any formula of ours).
 */
export function exponentialBackoff(opts: BackoffOptions = {}): RetryPolicy {
  const { baseMs = 5_000, factor = 2, maxMs = 30 * 60_000, jitter = 0.2, random = Math.random } = opts;
  return {
    delayMs(failures, err) {
      if (err.retryAfterMs !== undefined && err.retryAfterMs >= 0) return err.retryAfterMs;
      const raw = Math.min(maxMs, baseMs * factor ** Math.max(0, failures - 1));
      return Math.round(raw * (1 + jitter * (2 * random() - 1)));
    },
  };
}
