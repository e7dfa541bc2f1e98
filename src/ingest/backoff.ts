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
export function backoffDelayMs(failureCount: number, random: () => number = Math.random, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const exponent = Math.max(0, failureCount - 1);
  const delay = policy.baseMs * 2 ** Math.min(exponent, 30);
  return Math.round(Math.min(policy.maxMs, delay * (1 + policy.jitter * random())));
}
