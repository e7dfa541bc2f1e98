import { hostPolicy, PUBLIC_ONLY, type HostPolicy } from './host-policy.js';

/**
 * The limits every outbound request obeys, feed or article page alike.
 * One object, so the poller, the CLI and the tests pass the same policy around.
 */
export interface FetchLimits {
  /** Whole request budget: connect, every redirect hop and the full body read. */
  timeoutMs: number;
  /** Cap on the decompressed body, so a gzip bomb is cut as early as a plain huge body. */
  maxBytes: number;
  userAgent: string;
  /** Non-public hosts a fetch may reach (FEEDS_ALLOW_HOSTS: an intranet feed, the bundled demo, tests). */
  allowHosts: HostPolicy;
  /** Redirect hops followed before giving up; 5 when unset. */
  maxRedirects?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_MAX_ITEMS = 500;
export const DEFAULT_USER_AGENT = 'claimwatch/0.1 (+newsroom feed reader)';

/** Limits as callers give them: the allow-list may be the raw entries (`['127.0.0.1']`). */
export type FetchLimitsInput = Partial<Omit<FetchLimits, 'allowHosts'>> & {
  allowHosts?: HostPolicy | readonly string[];
};

/** Fill unset limits with the defaults above. */
export function fetchLimits(partial: FetchLimitsInput = {}): FetchLimits {
  const hosts = partial.allowHosts;
  return {
    timeoutMs: partial.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: partial.maxBytes ?? DEFAULT_MAX_BYTES,
    userAgent: partial.userAgent ?? DEFAULT_USER_AGENT,
    allowHosts: hosts === undefined ? PUBLIC_ONLY : isPolicy(hosts) ? hosts : hostPolicy(hosts),
    maxRedirects: partial.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
  };
}

function isPolicy(h: HostPolicy | readonly string[]): h is HostPolicy {
  return !Array.isArray(h);
}

/** The shape of `globalThis.fetch`, so tests can hand in a local fake. */
export type FetchImpl = (input: string, init?: RequestInit) => Promise<Response>;
