import type { Config } from './config.js';
import { fetchLimits, type FetchLimits } from '../ingest/limits.js';
import { hostPolicy, LOOPBACK_AND_PRIVATE, type HostPolicy } from '../ingest/host-policy.js';

/**
 * The hosts feeds and article pages may be fetched from besides public ones: FEEDS_ALLOW_HOSTS, plus loopback
 * and the private ranges while the deprecated FEEDS_ALLOW_PRIVATE=true is still honoured (never link-local).
 */
export function feedAllowHosts(cfg: Pick<Config, 'FEEDS_ALLOW_HOSTS' | 'FEEDS_ALLOW_PRIVATE'>): HostPolicy {
  return hostPolicy([...cfg.FEEDS_ALLOW_HOSTS, ...(cfg.FEEDS_ALLOW_PRIVATE ? LOOPBACK_AND_PRIVATE : [])]);
}

/** The limits every feed, article page and `/feeds add` check obeys, from config. */
export function feedFetchLimits(cfg: Config): FetchLimits {
  return fetchLimits({
    timeoutMs: cfg.FEED_TIMEOUT_MS,
    maxBytes: cfg.FEED_MAX_BYTES,
    allowHosts: feedAllowHosts(cfg),
  });
}

/** Settings that still work but will not for long: one line each, for the start-up log. */
export function deprecationWarnings(cfg: Config): string[] {
  return cfg.FEEDS_ALLOW_PRIVATE
    ? [
        'FEEDS_ALLOW_PRIVATE=true is deprecated and goes in the next release: ' +
          'it now allows loopback and private ranges only (never link-local or metadata addresses); ' +
          'list what you need in FEEDS_ALLOW_HOSTS instead, e.g. FEEDS_ALLOW_HOSTS=127.0.0.1',
      ]
    : [];
}
