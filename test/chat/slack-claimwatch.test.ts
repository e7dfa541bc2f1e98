import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackHandler } from '../../src/chat/slack/app.js';
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

/** `/claimwatch <text>` as Slack sends it: form-encoded and signed. */
function claimwatch(text: string, user = 'U0REPORTER') {
  const id = String(++seq);
  const body = new URLSearchParams({
    team_id: 'T0NEWS', channel_id: 'C0DESK', user_id: user, command: '/claimwatch', text, response_url: slack.responseUrl(id), trigger_id: `t-${id}`,
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  const send = async () => {
    const res = await fetch(`${server.url}/slack/events`, {
      method: 'POST', body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature },
    });
    const raw = await res.text();
    return { status: res.status, body: raw ? JSON.parse(raw) : null };
  };
  return { id, send };
}

describe('/claimwatch on Slack', () => {
  it('answers /claimwatch claim <id> with the claim’s timeline', async () => {
    const cmd = claimwatch('claim systems-returned');
    expect((await cmd.send()).status).toBe(200);
    const answer = await eventually(() => slack.responses(cmd.id)[0]);
    expect(JSON.stringify(answer.body.blocks)).toContain('Lev Sorokin denies');
  });

  it('lists the subcommands with /claimwatch alone, in Slack’s words', async () => {
    const cmd = claimwatch('');
    await cmd.send();
    const answer = await eventually(() => slack.responses(cmd.id)[0]);
    expect(answer.body.response_type).toBe('ephemeral');
    const text = JSON.stringify(answer.body.blocks);
    expect(text).toContain('/claimwatch claim &lt;id&gt; — One claim’s timeline');
    expect(text).toContain('/claimwatch feeds [list|add|remove] [url]');
    expect(text).not.toMatch(/(^|[^/\w])\/claims /);
  });

  it('names the subcommands it knows when given one it does not', async () => {
    const { body } = await claimwatch('clams').send();
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toBe('/claimwatch has no “clams” subcommand. It knows claims, claim, who, sources, digest, feeds, status, help; /claimwatch help says what each does.');
  });

  it('points to /claimwatch commands, not Discord’s names, in its hints', async () => {
    const { body } = await claimwatch('claim no-such-claim').send();
    expect(body.text).toContain('/claimwatch claims lists every claim with its id');
    const extra = await claimwatch('status everything please').send();
    expect(extra.body.text).toContain('/claimwatch status takes no options');
  });

  it('lets an admin add a feed with /claimwatch feeds add', async () => {
    const cmd = claimwatch('feeds add <https://feeds.example.org/rss>', 'U0EDITOR');
    await cmd.send();
    const answer = await eventually(() => slack.responses(cmd.id)[0]);
    expect(answer.body.text).toContain('Added “A Test Feed”');
    expect((await db.store.listFeeds()).map((f) => f.url)).toEqual(['https://feeds.example.org/rss']);
  });
});
