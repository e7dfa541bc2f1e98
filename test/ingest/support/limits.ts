import { fetchLimits, type FetchLimits, type FetchLimitsInput } from '../../../src/ingest/index.js';

/** Limits for tests against the 127.0.0.1 server: 127.0.0.1 allowed, short timeout. */
export function testLimits(overrides: FetchLimitsInput = {}): FetchLimits {
  return fetchLimits({ allowHosts: ['127.0.0.1'], timeoutMs: 5_000, userAgent: 'claimwatch-test', ...overrides });
}
