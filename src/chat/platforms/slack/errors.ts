import {
  ErrorCode,
  type WebAPIHTTPError,
  type WebAPIPlatformError,
  type WebAPIRateLimitedError,
} from '@slack/web-api';
import { PlatformApiError } from '../../../errors.js';

/**
 * Slack SDK errors → `PlatformApiError` with stable codes the delivery worker decides on:
 * - `rate-limited` (429, `retryAfterMs` set): wait as told;
 * - `unavailable` (5xx) and `network`: back off and retry;
 * - `rejected` (4xx, Slack `ok:false`): retry slowly, since an operator can fix the cause (invite the bot, fix a
 *   channel id);
 * - `invalid-message` (the payload itself is refused): no retry can help, dead-letter at once.
 */

const SLACK_INVALID = new Set([
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'invalid_arguments',
  'invalid_metadata_format',
  'no_text',
]);
const SLACK_REMEDY: Record<string, string> = {
  not_in_channel: 'invite the bot to the channel (/invite @claimwatch)',
  channel_not_found:
    'check the Slack channel id in SLACK_ALERT_CHANNEL / SLACK_REVIEW_CHANNEL (use the id, e.g. C0123ABCD)',
  invalid_auth: 'check SLACK_BOT_TOKEN',
  not_authed: 'check SLACK_BOT_TOKEN',
  token_revoked: 'reinstall the Slack app and update SLACK_BOT_TOKEN',
  missing_scope: 'reinstall the Slack app from the generated manifest (npm run slack:manifest)',
};

/** Map anything `WebClient` throws. */
export function fromSlackError(err: unknown): PlatformApiError {
  if (err instanceof PlatformApiError) return err;
  const code = (err as { code?: string } | null)?.code;
  if (code === ErrorCode.RateLimitedError) {
    const e = err as WebAPIRateLimitedError;
    return new PlatformApiError('rate-limited', `Slack rate limit: retry after ${e.retryAfter}s`, {
      cause: err,
      status: 429,
      retryAfterMs: e.retryAfter * 1000,
    });
  }
  if (code === ErrorCode.HTTPError) {
    const e = err as WebAPIHTTPError;
    return new PlatformApiError(
      e.statusCode >= 500 ? 'unavailable' : 'rejected',
      `Slack answered HTTP ${e.statusCode}`,
      { cause: err, status: e.statusCode },
    );
  }
  if (code === ErrorCode.PlatformError) {
    const slackCode = (err as WebAPIPlatformError).data.error;
    const kind = SLACK_INVALID.has(slackCode) ? 'invalid-message' : 'rejected';
    const remedy = SLACK_REMEDY[slackCode];
    return new PlatformApiError(kind, `Slack refused the message: ${slackCode}`, {
      cause: err,
      status: 200,
      ...(remedy ? { remedy } : {}),
    });
  }
  return new PlatformApiError('network', `could not reach Slack: ${(err as Error)?.message ?? String(err)}`, {
    cause: err,
    remedy: 'check the network or SLACK_API_URL',
  });
}
