import { DiscordAPIError, type REST } from '@discordjs/rest';
import type { WebClient } from '@slack/web-api';
import { SLACK_BOT_SCOPES } from '../chat/platforms/slack/manifest.js';
import type { Config } from './config.js';
import { fail, ok, type Check } from './doctor-checks.js';

type SlackKeys = Pick<Config, 'SLACK_ALERT_CHANNEL' | 'SLACK_REVIEW_CHANNEL' | 'SLACK_DIGEST_CHANNEL'>;

/**
 * Socket Mode: the app-level token may open a connection (apps.connections.open hands out a websocket address; the
 * check does not connect to it). https://docs.slack.dev/reference/methods/apps.connections.open
 */
export async function slackAppTokenCheck(appClient: WebClient): Promise<Check> {
  try {
    await appClient.apps.connections.open();
    return ok('slack app token', 'Socket Mode connections allowed');
  } catch (err) {
    const { code } = slackError(err);
    return fail(
      'slack app token',
      code,
      'SLACK_APP_TOKEN must be an app-level token (xapp-…) with the connections:write scope: ' +
        'Basic Information → App-Level Tokens → Generate',
    );
  }
}
type DiscordKeys = Pick<
  Config,
  'DISCORD_APPLICATION_ID' | 'DISCORD_ALERT_CHANNEL' | 'DISCORD_REVIEW_CHANNEL' | 'DISCORD_DIGEST_CHANNEL'
>;

/** The checks of one platform, and the start-up line when they pass ("Slack: posting to #alerts as @claimwatch"). */
export interface PlatformReport {
  checks: Check[];
  summary: string | null;
}

const REINSTALL =
  'regenerate the manifest (claimwatch slack manifest …), update the app with it at https://api.slack.com/apps and reinstall it';
const SLACK_FIX: Record<string, string> = {
  invalid_auth:
    'SLACK_BOT_TOKEN is not a valid bot token: ' +
    'copy the Bot User OAuth Token (xoxb-…) from the app’s OAuth & Permissions page',
  not_authed: 'set SLACK_BOT_TOKEN to the Bot User OAuth Token (xoxb-…)',
  account_inactive: 'the app was uninstalled or its token revoked: reinstall it and update SLACK_BOT_TOKEN',
  token_revoked: 'the token was revoked: reinstall the app and update SLACK_BOT_TOKEN',
  missing_scope: REINSTALL,
  channel_not_found:
    'use the channel id (channel details → About, e.g. C0123ABCD), not its name; ' +
    'for a private channel invite the bot first',
};

function slackError(err: unknown): { code: string; fix: string } {
  const code = (err as { data?: { error?: string } }).data?.error ?? (err as Error).message;
  return { code, fix: SLACK_FIX[code] ?? 'check SLACK_API_URL and the network, then run claimwatch doctor again' };
}

/** Slack: the token (auth.test), its scopes, and each channel the bot posts to (conversations.info). */
export async function slackReport(cfg: SlackKeys, client: WebClient): Promise<PlatformReport> {
  let bot: string;
  let team: string;
  let scopes: string[] | undefined;
  try {
    const who = await client.auth.test();
    bot = String(who.user ?? who.user_id);
    team = String(who.team ?? who.team_id);
    scopes = who.response_metadata?.scopes;
  } catch (err) {
    const e = slackError(err);
    return { checks: [fail('slack token', e.code, e.fix)], summary: null };
  }
  const checks: Check[] = [ok('slack token', `workspace ${team}, bot @${bot}`)];
  if (scopes) {
    const missing = SLACK_BOT_SCOPES.filter((s) => !scopes.includes(s));
    checks.push(
      missing.length
        ? fail('slack scopes', `missing ${missing.join(', ')}`, REINSTALL)
        : ok('slack scopes', 'all the bot needs'),
    );
  }
  const names = new Map<string, string>();
  for (const [key, id] of channelKeys(cfg, 'SLACK')) {
    if (names.has(id)) continue;
    try {
      const info = await client.conversations.info({ channel: id });
      const name = `#${info.channel?.name ?? id}`;
      names.set(id, name);
      checks.push(
        info.channel?.is_member === false
          ? fail(
              `slack channel ${key}`,
              `${name} (${id}): the bot is not a member`,
              `invite it: /invite @${bot} in ${name}`,
            )
          : ok(`slack channel ${key}`, `${name} (${id})`),
      );
    } catch (err) {
      const e = slackError(err);
      checks.push(fail(`slack channel ${key}`, `${id}: ${e.code}`, e.fix));
    }
  }
  const alert = cfg.SLACK_ALERT_CHANNEL ? names.get(cfg.SLACK_ALERT_CHANNEL) : undefined;
  const good = checks.every((c) => c.status !== 'fail');
  return { checks, summary: good ? `Slack: posting to ${alert ?? cfg.SLACK_ALERT_CHANNEL} as @${bot}` : null };
}

/** Discord: the token and application (GET /applications/@me), and each channel the bot posts to. */
export async function discordReport(cfg: DiscordKeys, rest: REST): Promise<PlatformReport> {
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

/** [key, channel id] for each channel key that is set: alert, review, digest. */
function channelKeys(
  cfg: Partial<Record<string, string | undefined>>,
  platform: 'SLACK' | 'DISCORD',
): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const k of ['ALERT', 'REVIEW', 'DIGEST']) {
    const key = `${platform}_${k}_CHANNEL`;
    const id = cfg[key];
    if (id) found.push([key, id]);
  }
  return found;
}

function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err)
    .split('\n')[0]!
    .slice(0, 200);
}
