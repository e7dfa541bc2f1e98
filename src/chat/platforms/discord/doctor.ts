import { DiscordAPIError, type REST } from '@discordjs/rest';
import { channelKeys, fail, firstLine, off, ok, type Check, type PlatformReport } from '../../doctor-check.js';
import type { DiscordConfig } from './config.js';
import { createDiscordRest } from './sink.js';

/** `claimwatch doctor` for Discord: the token and application, then each channel the bot posts to. */
export async function discordDoctor(cfg: DiscordConfig, opts: { timeoutMs: number }): Promise<PlatformReport> {
  if (!cfg.DISCORD_TOKEN) return { checks: [off('discord', 'DISCORD_TOKEN is not set')], summary: null };
  const rest = createDiscordRest({
    token: cfg.DISCORD_TOKEN,
    apiUrl: cfg.DISCORD_API_URL,
    timeoutMs: opts.timeoutMs,
  });
  return discordReport(cfg, rest);
}

/** Discord: the token and application (GET /applications/@me), and each channel the bot posts to. */
export async function discordReport(cfg: DiscordConfig, rest: REST): Promise<PlatformReport> {
  let app: { id: string; name: string; bot?: { username: string } };
  try {
    app = (await rest.get('/applications/@me')) as typeof app;
  } catch (err) {
    const status = err instanceof DiscordAPIError ? err.status : null;
    return status === 401
      ? {
          checks: [
            fail(
              'discord token',
              'refused (401 Unauthorized)',
              'copy the bot token again: developer portal → your application → Bot → Reset Token',
            ),
          ],
          summary: null,
        }
      : {
          checks: [
            fail('discord token', `could not check: ${firstLine(err)}`, 'check DISCORD_API_URL and the network'),
          ],
          summary: null,
        };
  }
  const bot = app.bot?.username ?? app.name;
  const checks: Check[] = [ok('discord token', `application ${app.name} (${app.id}), bot @${bot}`)];
  if (cfg.DISCORD_APPLICATION_ID && cfg.DISCORD_APPLICATION_ID !== app.id) {
    checks.push(
      fail(
        'discord application',
        `DISCORD_APPLICATION_ID is ${cfg.DISCORD_APPLICATION_ID}, but the token belongs to ${app.id}`,
        `set DISCORD_APPLICATION_ID=${app.id}`,
      ),
    );
  }
  const names = new Map<string, string>();
  for (const [key, id] of channelKeys(cfg, 'DISCORD')) {
    if (names.has(id)) continue;
    try {
      const channel = (await rest.get(`/channels/${id}`)) as { name?: string };
      names.set(id, `#${channel.name ?? id}`);
      checks.push(ok(`discord channel ${key}`, `#${channel.name ?? id} (${id})`));
    } catch (err) {
      const status = err instanceof DiscordAPIError ? err.status : null;
      const fix =
        status === 403
          ? `invite the bot to the server and let it View Channel and Send Messages in ${id}`
          : status === 404
            ? 'use the channel id (Developer Mode on, right-click the channel → Copy Channel ID)'
            : 'check DISCORD_API_URL and the network';
      checks.push(fail(`discord channel ${key}`, `${id}: ${firstLine(err)}`, fix));
    }
  }
  const alert = cfg.DISCORD_ALERT_CHANNEL ? names.get(cfg.DISCORD_ALERT_CHANNEL) : undefined;
  const good = checks.every((c) => c.status !== 'fail');
  return { checks, summary: good ? `Discord: posting to ${alert ?? cfg.DISCORD_ALERT_CHANNEL} as @${bot}` : null };
}
