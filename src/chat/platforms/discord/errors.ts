import { DiscordAPIError, HTTPError, RateLimitError } from '@discordjs/rest';
import { PlatformApiError } from '../../../errors.js';

/**
 * Discord SDK errors → `PlatformApiError` with stable codes the delivery worker decides on:
 * - `rate-limited` (429, `retryAfterMs` set): wait as told;
 * - `unavailable` (5xx) and `network`: back off and retry;
 * - `rejected` (4xx): retry slowly, since an operator can fix the cause (invite the bot, fix a channel id);
 * - `invalid-message` (the payload itself is refused): no retry can help, dead-letter at once.
 */

const DISCORD_REMEDY: Record<number, string> = {
  401: 'check DISCORD_TOKEN',
  403:
    'give the bot View Channel, Send Messages, Embed Links, Create Public Threads ' +
    'and Send Messages in Threads in that channel',
  404: 'check the Discord channel id in DISCORD_ALERT_CHANNEL / DISCORD_REVIEW_CHANNEL',
};

/** Map anything `@discordjs/rest` throws. */
export function fromDiscordError(err: unknown): PlatformApiError {
  if (err instanceof PlatformApiError) return err;
  if (err instanceof RateLimitError) {
    // retryAfter is 0 when a 429 came without Retry-After; fall back to the bucket's reset.
    const wait = err.retryAfter > 0 ? err.retryAfter : Math.max(err.timeToReset, 1000);
    return new PlatformApiError('rate-limited', `Discord rate limit on ${err.route}: retry after ${wait}ms`, {
      cause: err,
      status: 429,
      retryAfterMs: wait,
    });
  }
  if (err instanceof HTTPError) {
    return new PlatformApiError(
      err.status >= 500 ? 'unavailable' : 'rejected',
      `Discord answered HTTP ${err.status}`,
      { cause: err, status: err.status },
    );
  }
  if (err instanceof DiscordAPIError) {
    const kind = err.status === 400 ? 'invalid-message' : 'rejected';
    const remedy = DISCORD_REMEDY[err.status];
    return new PlatformApiError(kind, `Discord refused the message: ${err.message} (code ${err.code})`, {
      cause: err,
      status: err.status,
      ...(remedy ? { remedy } : {}),
    });
  }
  return new PlatformApiError('network', `could not reach Discord: ${(err as Error)?.message ?? String(err)}`, {
    cause: err,
    remedy: 'check the network or DISCORD_API_URL',
  });
}
