import { DiscordAPIError, HTTPError, RateLimitError } from '@discordjs/rest';
import { PlatformApiError } from '../../../errors.js';

/**
 * What a setup command says when Discord refuses it: one line naming the key to fix. The SDK's own error carries
 * the whole request (body, headers); none of that is printed.
 */
export function discordProblem(
  err: unknown,
  ctx: { applicationId: string; guild?: string | undefined },
): PlatformApiError {
  if (err instanceof DiscordAPIError || err instanceof HTTPError) {
    const status = err.status;
    const code = err instanceof DiscordAPIError ? err.code : null;
    if (status === 401)
      return new PlatformApiError('bad-token', 'Discord refused DISCORD_TOKEN (401 Unauthorized)', {
        status,
        remedy: 'copy the bot token again: developer portal → your application → Bot → Reset Token',
      });
    if (status === 403 || status === 404 || code === 10002) {
      const guild = ctx.guild
        ? ` or the bot is not in server ${ctx.guild} (invite it with the applications.commands scope)`
        : '';
      return new PlatformApiError(
        'bad-application',
        `Discord answered ${status}: ` +
          `DISCORD_APPLICATION_ID ${ctx.applicationId} is not this bot's application${guild}`,
        {
          status,
          remedy:
            'use the Application ID from the developer portal → General Information of the bot whose token you gave',
        },
      );
    }
    const first = String(err.message).split('\n')[0]!.slice(0, 200);
    return new PlatformApiError('rejected', `Discord refused the request (${status}): ${first}`, { status });
  }
  if (err instanceof RateLimitError)
    return new PlatformApiError(
      'rate-limited',
      `Discord rate limit: try again in ${Math.ceil(err.retryAfter / 1000)} s`,
      { status: 429 },
    );
  const reason = (err as Error)?.message ?? String(err);
  return new PlatformApiError('network', `could not reach Discord: ${reason.split('\n')[0]}`, {
    remedy: 'check the network, or DISCORD_API_URL if you set it',
  });
}
