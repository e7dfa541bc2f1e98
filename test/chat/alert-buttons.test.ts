import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordInteractionsHandler } from '../../src/chat/platforms/discord/interactions.js';
import type { FeedbackDeps } from '../../src/chat/feedback.js';
import { createSlackHandler } from '../../src/chat/platforms/slack/app.js';
import { createDiscordRest } from '../../src/chat/platforms/discord/sink.js';
import { commands } from '../../commands/index.js';
import { contextFactory, serve } from './command-rig.js';
import { deliveryRig, DISCORD_DESK, SLACK_DESK, type DeliveryRig } from './delivery-rig.js';
import { alertPayload, silentLog } from './fixtures.js';

/**
 * The buttons under an alert, end to end: the alert goes out through the real sinks (Slack WebClient, Discord REST)
 * to the fake APIs, and a press comes back as each platform sends it, signed, to the bot's own endpoints.
 */

const SECRET = 'alert-button-signing-secret';
const keys = generateKeyPairSync('ed25519');
const publicKeyHex = Buffer.from(keys.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');

let rig: DeliveryRig;
let endpoint: Awaited<ReturnType<typeof serve>>;
let counted: string[];

function feedbackDeps(): FeedbackDeps {
  return {
    store: rig.store,
    editors: { slack: ['U0EDITOR'], discord: ['3000000000000000001'] },
    log: silentLog,
    now: () => new Date('2025-09-05T10:00:00Z'),
    counted: (verdict, platform) => counted.push(`${platform}:${verdict}`),
  };
}

beforeEach(async () => {
  rig = await deliveryRig();
  counted = [];
  await rig.enqueue(alertPayload());
  await rig.worker().deliverDue();
});
afterEach(async () => {
  await endpoint?.close();
  await rig.close();
});

async function eventually<T>(read: () => T[], n = 1): Promise<T[]> {
  for (let i = 0; i < 100 && read().length < n; i++) await new Promise((r) => setTimeout(r, 20));
  return read();
}

describe('the buttons under an alert on Slack', () => {
  beforeEach(async () => {
    const { context } = contextFactory(rig.store);
    endpoint = await serve(
      createSlackHandler({
        botToken: 'xoxb-test',
        signingSecret: SECRET,
        apiUrl: rig.slack.apiUrl,
        registry: commands,
        context,
        log: silentLog,
        feedback: feedbackDeps(),
      }),
    );
  });

  /** A button press as Slack sends it: a form with a JSON `payload`, signed like a slash command. */
  function press(label: string, user: string, opts: { id?: string; ts?: number; secret?: string } = {}) {
    const [alert] = rig.slack.inChannel(SLACK_DESK);
    const actions = alert!.blocks.find((b: any) => b.type === 'actions');
    const button = actions.elements.find((e: any) => e.text.text === label);
    const id = opts.id ?? 'press-1';
    const payload = {
      type: 'block_actions',
      user: { id: user, name: 'someone' },
      api_app_id: 'A0CLAIMS',
      token: 'legacy',
      team: { id: 'T0NEWS' },
      channel: { id: SLACK_DESK },
      container: { type: 'message', message_ts: alert!.ts, channel_id: SLACK_DESK },
      trigger_id: 'trigger-1',
      response_url: rig.slack.responseUrl(id),
      actions: [{ ...button, block_id: actions.block_id, action_ts: '1757066400.000100' }],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const ts = opts.ts ?? Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', opts.secret ?? SECRET)
      .update(`v0:${ts}:${body}`)
      .digest('hex')}`;
    return fetch(`${endpoint.url}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': signature,
      },
      body,
    });
  }

  it('sit under every alert: Confirm, False alarm, Wrong speaker', () => {
    const [alert] = rig.slack.inChannel(SLACK_DESK);
    const actions = alert!.blocks.find((b: any) => b.type === 'actions');
    expect(actions.elements.map((e: any) => e.text.text)).toEqual(['Confirm', 'False alarm', 'Wrong speaker']);
  });

  it('an editor’s press is recorded against the event, with who and when, and answered only to them', async () => {
    expect((await press('False alarm', 'U0EDITOR')).status).toBe(200);
    const [answer] = await eventually(() => rig.slack.responses('press-1'));
    expect(answer!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(answer!.body.text).toContain('Recorded “False alarm”');
    expect(await rig.store.feedback({ claim: 'systems-returned' })).toEqual([
      {
        eventKey: 'denial:systems-returned:lev-sorokin',
        claim: 'systems-returned',
        verdict: 'false-alarm',
        platform: 'slack',
        userId: 'U0EDITOR',
        at: '2025-09-05T10:00:00.000Z',
      },
    ]);
    expect(counted).toEqual(['slack:false-alarm']);
  });

  it('shows in /claimwatch claim <id>: the tally, and who pressed what when', async () => {
    await press('Confirm', 'U0EDITOR');
    await eventually(() => rig.slack.responses('press-1'));
    const claim = commands.find((c) => c.definition.name === 'claim')!;
    const reply = await claim.run(contextFactory(rig.store).context({ id: 'U0REPORTER', platform: 'slack' }), {
      id: 'systems-returned',
    });
    const verdicts = reply.blocks?.find((b) => b.heading?.startsWith('Editors'));
    expect(verdicts?.lines).toEqual([
      'Confirm 1 · False alarm 0 · Wrong speaker 0',
      '2025-09-05 10:00 UTC · Confirm by U0EDITOR on Slack · denial:systems-returned:lev-sorokin',
    ]);
  });

  it('someone who is not an editor is told so politely, privately, and nothing is recorded', async () => {
    expect((await press('Confirm', 'U0REPORTER')).status).toBe(200);
    const [answer] = await eventually(() => rig.slack.responses('press-1'));
    expect(answer!.body.response_type).toBe('ephemeral');
    expect(answer!.body.text).toContain('only the desk’s editors can mark alerts');
    expect(await rig.store.feedback({})).toEqual([]);
  });

  it('a press with a wrong signature or an old timestamp is refused before anything is recorded', async () => {
    expect((await press('Confirm', 'U0EDITOR', { secret: 'not-the-secret' })).status).toBe(401);
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    expect((await press('Confirm', 'U0EDITOR', { ts: hourAgo })).status).toBe(401);
    expect(await rig.store.feedback({})).toEqual([]);
    expect(rig.slack.responses('press-1')).toEqual([]);
  });
});

describe('the buttons under an alert on Discord', () => {
  beforeEach(async () => {
    const { context } = contextFactory(rig.store);
    endpoint = await serve(
      createDiscordInteractionsHandler({
        publicKey: publicKeyHex,
        applicationId: '1100000000000000001',
        rest: createDiscordRest({ apiUrl: rig.discord.apiUrl, timeoutMs: 2000 }),
        registry: commands,
        context,
        log: silentLog,
        feedback: feedbackDeps(),
      }),
    );
  });

  /** A button press as Discord sends it: a MESSAGE_COMPONENT interaction, Ed25519-signed. */
  async function press(label: string, user: string, opts: { forged?: boolean } = {}) {
    const [alert] = rig.discord.inChannel(DISCORD_DESK);
    const button = alert!.components![0].components.find((b: any) => b.label === label);
    const body = JSON.stringify({
      type: 3,
      id: '3100000000000000001',
      application_id: '1100000000000000001',
      token: 'interaction-token',
      channel_id: DISCORD_DESK,
      message: { id: alert!.id },
      data: { custom_id: button.custom_id, component_type: 2 },
      member: { user: { id: user } },
    });
    const ts = String(Math.floor(Date.now() / 1000));
    const key = opts.forged ? generateKeyPairSync('ed25519').privateKey : keys.privateKey;
    const signature = sign(null, Buffer.from(ts + body), key).toString('hex');
    const res = await fetch(`${endpoint.url}/discord/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': ts },
      body,
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  it('an editor’s press is recorded and answered privately in the same response', async () => {
    const res = await press('Wrong speaker', '3000000000000000001');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(res.body.data.content).toContain('Recorded “Wrong speaker”');
    expect(await rig.store.feedback({})).toMatchObject([
      { verdict: 'wrong-speaker', platform: 'discord', userId: '3000000000000000001', claim: 'systems-returned' },
    ]);
    expect(counted).toEqual(['discord:wrong-speaker']);
  });

  it('anyone else gets a polite private refusal, and nothing is recorded', async () => {
    const res = await press('Confirm', '3000000000000000999');
    expect(res.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(res.body.data.content).toContain('only the desk’s editors can mark alerts');
    expect(await rig.store.feedback({})).toEqual([]);
  });

  it('a press signed with another key is refused', async () => {
    expect((await press('Confirm', '3000000000000000001', { forged: true })).status).toBe(401);
    expect(await rig.store.feedback({})).toEqual([]);
  });
});
