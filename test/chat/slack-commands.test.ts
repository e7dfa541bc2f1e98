import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackApp, createSlackHandler } from '../../src/chat/slack/app.js';
import { commands } from '../../commands/index.js';
import { FakeSlackApi } from '../fakes/slack-api.js';
import { contextFactory, eventually, serve } from './command-rig.js';
import { silentLog, tempStore } from './fixtures.js';

const SECRET = 'test-signing-secret';
let slack: FakeSlackApi;
let db: Awaited<ReturnType<typeof tempStore>>;
let server: Awaited<ReturnType<typeof serve>>;
let seq = 0;

beforeEach(async () => {
  slack = await new FakeSlackApi().start();
  db = await tempStore();
  const { context } = contextFactory(db.store, { admins: ['U0EDITOR'] });
  server = await serve(createSlackHandler({ botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: slack.apiUrl, registry: commands, context, log: silentLog }));
});
afterEach(async () => {
  await server.close();
  await slack.close();
  await db.cleanup();
});

/** A slash command as Slack sends it: form-encoded, signed with the app's signing secret. */
function slashCommand(command: string, text: string, opts: { user?: string; ts?: number; secret?: string; headers?: boolean } = {}) {
  const id = String(++seq);
  const body = new URLSearchParams({
    token: 'legacy', team_id: 'T0NEWS', channel_id: 'C0DESK', user_id: opts.user ?? 'U0REPORTER', user_name: 'reporter',
    command, text, response_url: slack.responseUrl(id), trigger_id: `trigger-${id}`, api_app_id: 'A0CLAIMS',
  }).toString();
  const ts = opts.ts ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', opts.secret ?? SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (opts.headers !== false) Object.assign(headers, { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature });
  return { id, send: () => fetch(`${server.url}/slack/events`, { method: 'POST', headers, body }) };
}

describe('a journalist using slash commands in Slack', () => {
  it('gets /claim answered in the channel after a quick acknowledgement', async () => {
    const cmd = slashCommand('/claim', 'systems-returned');
    const res = await cmd.send();
    expect(res.status).toBe(200);
    const answer = await eventually(() => slack.responses(cmd.id)[0]);
    expect(answer.body.response_type).toBe('in_channel');
    const text = JSON.stringify(answer.body.blocks);
    expect(text).toContain('*Timeline*');
    expect(text).toContain('Lev Sorokin denies: “No agreement to take the systems back exists.”');
    expect(answer.body.unfurl_links).toBe(false);
  });

  it('is told privately, straight away, when a claim id does not exist', async () => {
    const res = await slashCommand('/claim', 'no-such-claim').send();
    expect(res.status).toBe(200);
    const body: any = await res.json();
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('There is no claim with the id “no-such-claim”');
  });

  it('is told which options a command takes when it is given extra words', async () => {
    const body: any = await (await slashCommand('/status', 'everything please').send()).json();
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('/status takes no options');
  });

  it('cannot add a feed without being an admin, and is told whom to ask', async () => {
    const cmd = slashCommand('/feeds', 'add https://feeds.example.org/rss');
    await cmd.send();
    const answer = await eventually(() => slack.responses(cmd.id)[0]);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text).toContain('Only the bot’s admins can add feeds');
    expect(await db.store.listFeeds()).toHaveLength(0);
  });

  it('lets an admin add a feed, with Slack’s <…> link wrapping removed', async () => {
    const cmd = slashCommand('/feeds', 'add <https://feeds.example.org/rss>', { user: 'U0EDITOR' });
    await cmd.send();
    const answer = await eventually(() => slack.responses(cmd.id)[0]);
    expect(answer.body.text).toContain('Added “A Test Feed”');
    expect((await db.store.listFeeds()).map((f) => f.url)).toEqual(['https://feeds.example.org/rss']);
  });
});

describe('requests that did not come from Slack', () => {
  it('are refused with 401 when the signature is wrong', async () => {
    expect((await slashCommand('/claims', '', { secret: 'not-the-secret' }).send()).status).toBe(401);
  });

  it('are refused with 401 when the timestamp is more than five minutes old (a replay)', async () => {
    expect((await slashCommand('/claims', '', { ts: Math.floor(Date.now() / 1000) - 6 * 60 }).send()).status).toBe(401);
  });

  it.each([
    ['an hour in the future', () => Math.floor(Date.now() / 1000) + 3600],
    ['six minutes in the future', () => Math.floor(Date.now() / 1000) + 360],
  ])('are refused with 401 when the signed timestamp is %s', async (_label, ts) => {
    const cmd = slashCommand('/feeds', 'remove https://feeds.example.org/rss', { user: 'U0EDITOR', ts: ts() });
    expect((await cmd.send()).status).toBe(401);
  });

  it('are accepted with four minutes of clock skew either way', async () => {
    expect((await slashCommand('/status', '', { ts: Math.floor(Date.now() / 1000) + 240 }).send()).status).toBe(200);
    expect((await slashCommand('/status', '', { ts: Math.floor(Date.now() / 1000) - 240 }).send()).status).toBe(200);
  });

  it('are answered 400, and the next command still works, when a signed body is not a Slack payload (payload=null ended the process)', async () => {
    for (const body of ['payload=null', 'payload=%5B%5D', 'payload=%7B', 'payload=42']) {
      const ts = Math.floor(Date.now() / 1000);
      const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
      const res = await fetch(`${server.url}/slack/events`, {
        method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature },
      });
      expect(res.status, body).toBe(400);
    }
    expect((await slashCommand('/status', '').send()).status).toBe(200);
  });

  it('are refused with 401 when the signing headers are missing', async () => {
    expect((await slashCommand('/claims', '', { headers: false }).send()).status).toBe(401);
  });

  it('never reach a command when refused', async () => {
    await slashCommand('/claims', '', { secret: 'nope' }).send();
    await new Promise((r) => setTimeout(r, 100));
    expect(slack.requests.filter((r) => r.path.startsWith('/response/'))).toHaveLength(0);
  });
});

describe('Socket Mode', () => {
  it('is used instead of the HTTP endpoint when an app-level token is set', async () => {
    const { context } = contextFactory(db.store);
    const app = createSlackApp({ botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: slack.apiUrl, registry: commands, context, log: silentLog });
    expect(app.handler).toBeNull();
    expect(slack.requests).toHaveLength(0); // nothing is contacted until start()
  });
});
