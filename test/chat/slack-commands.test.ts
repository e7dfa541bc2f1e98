import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSlackApp } from '../../src/chat/platforms/slack/app.js';
import { commands } from '../../commands/index.js';
import { contextFactory, eventually } from './command-rig.js';
import { slackRig, SLACK_SECRET } from './slack-rig.js';
import { silentLog } from './fixtures.js';

const rig = slackRig();
const slashCommand = rig.slashCommand;
const SECRET = SLACK_SECRET;

describe('a journalist using slash commands in Slack', () => {
  it('gets /claim answered in the channel after a quick acknowledgement', async () => {
    const cmd = slashCommand('/claim', 'systems-returned');
    const res = await cmd.send();
    expect(res.status).toBe(200);
    const answer = await eventually(() => rig.slack.responses(cmd.id)[0]);
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
    const answer = await eventually(() => rig.slack.responses(cmd.id)[0]);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text).toContain('Only the bot’s admins can add feeds');
    expect(await rig.db.store.listFeeds()).toHaveLength(0);
  });

  it('lets an admin add a feed, with Slack’s <…> link wrapping removed', async () => {
    const cmd = slashCommand('/feeds', 'add <https://feeds.example.org/rss>', { user: 'U0EDITOR' });
    await cmd.send();
    const answer = await eventually(() => rig.slack.responses(cmd.id)[0]);
    expect(answer.body.text).toContain('Added “A Test Feed”');
    expect((await rig.db.store.listFeeds()).map((f) => f.url)).toEqual(['https://feeds.example.org/rss']);
  });
});

describe('requests that did not come from Slack', () => {
  it('are refused with 401 when the signature is wrong', async () => {
    expect((await slashCommand('/claims', '', { secret: 'not-the-secret' }).send()).status).toBe(401);
  });

  it('are refused with 401 when the timestamp is more than five minutes old (a replay)', async () => {
    expect((await slashCommand('/claims', '', { ts: Math.floor(Date.now() / 1000) - 6 * 60 }).send()).status).toBe(
      401,
    );
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

  it('are answered 400, and the next command still works, when a signed body is not a Slack payload', async () => {
    for (const body of ['payload=null', 'payload=%5B%5D', 'payload=%7B', 'payload=42']) {
      const ts = Math.floor(Date.now() / 1000);
      const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
      const res = await fetch(`${rig.server.url}/slack/events`, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': signature,
        },
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
    expect(rig.slack.requests.filter((r) => r.path.startsWith('/response/'))).toHaveLength(0);
  });
});

describe('Socket Mode', () => {
  it('is used instead of the HTTP endpoint when an app-level token is set', async () => {
    const { context } = contextFactory(rig.db.store);
    const app = createSlackApp({
      botToken: 'xoxb-test',
      appToken: 'xapp-test',
      apiUrl: rig.slack.apiUrl,
      registry: commands,
      context,
      log: silentLog,
    });
    expect(app.handler).toBeNull();
    expect(rig.slack.requests).toHaveLength(0); // nothing is contacted until start()
  });
});
