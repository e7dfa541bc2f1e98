import { fetchLimits, type FetchLimits } from '../../../src/ingest/index.js';

/** Limits for tests against the 127.0.0.1 server: private addresses allowed, short timeout. */
export function testLimits(overrides: Partial<FetchLimits> = {}): FetchLimits {
  return fetchLimits({ allowPrivate: true, timeoutMs: 5_000, userAgent: 'claimwatch-test', ...overrides });
}
