import { AppError } from '../errors.js';

/**
 * `run --once` ends with every alert delivered, or fails saying how many were not: `dead` given up during this
 * run, `pending` still waiting for a retry (from this run or an earlier one). Throws AppError[undelivered].
 */
export function undeliveredCheck(dead: number, pending: number): void {
  if (dead === 0 && pending === 0) return;
  const parts = [
    pending ? `${pending} still pending (retried on the next run)` : '',
    dead ? `${dead} given up after their retries (listed as dead letters in /status)` : '',
  ].filter(Boolean);
  throw new AppError('undelivered', `${dead + pending} message(s) not delivered: ${parts.join('; ')}`, {
    remedy: 'check the platform tokens and channels (claimwatch doctor) and the log above for each failure',
  });
}
