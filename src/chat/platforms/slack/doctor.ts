import type { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { channelKeys, fail, off, ok, type Check, type PlatformReport } from '../../doctor-check.js';
import type { SlackConfig } from './config.js';
import { SLACK_BOT_SCOPES } from './manifest.js';
import { createSlackClient } from './sink.js';

/** `claimwatch doctor` for Slack: the bot token, its scopes and channels, then the app token when it is set. */
export async function slackDoctor(cfg: SlackConfig, opts: { timeoutMs: number }): Promise<PlatformReport> {
  if (!cfg.SLACK_BOT_TOKEN) return { checks: [off('slack', 'SLACK_BOT_TOKEN is not set')], summary: null };
  const silent = pino({ level: 'silent' });
  const client = (token: string) =>
    createSlackClient({ token, apiUrl: cfg.SLACK_API_URL, log: silent, timeoutMs: opts.timeoutMs });
  const r = await slackReport(cfg, client(cfg.SLACK_BOT_TOKEN));
  if (!cfg.SLACK_APP_TOKEN) return r;
  const socket = await slackAppTokenCheck(client(cfg.SLACK_APP_TOKEN));
  return { checks: [...r.checks, socket], summary: socket.status === 'fail' ? null : r.summary };
}

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

const REINSTALL =
  'regenerate the manifest (claimwatch slack manifest …), update the app with it at https://api.slack.com/apps ' +
  'and reinstall it';
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
export async function slackReport(cfg: SlackConfig, client: WebClient): Promise<PlatformReport> {
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
