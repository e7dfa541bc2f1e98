import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDiscordInteractionsHandler,
  type InteractionsHandler,
} from '../../src/chat/platforms/discord/interactions.js';
import { createDiscordRest } from '../../src/chat/platforms/discord/sink.js';
import type { Store } from '../../src/store/store.js';
import { commands } from '../../commands/index.js';
import { FakeDiscordApi } from '../fakes/discord-api.js';
import { contextFactory, serve } from './command-rig.js';
import { silentLog, tempStore } from './fixtures.js';

const APP_ID = '1100000000000000001';
const keys = generateKeyPairSync('ed25519');
const publicKeyHex = Buffer.from(keys.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');

let discord: FakeDiscordApi;
let db: Awaited<ReturnType<typeof tempStore>>;
let handler: InteractionsHandler;
let server: Awaited<ReturnType<typeof serve>>;

async function start(store?: Store, admins: string[] = []) {
  const { context } = contextFactory(store ?? db.store, { admins });
  handler = createDiscordInteractionsHandler({
    publicKey: publicKeyHex,
    applicationId: APP_ID,
    rest: createDiscordRest({ apiUrl: discord.apiUrl, timeoutMs: 2000 }),
    registry: commands,
    context,
    log: silentLog,
  });
  server = await serve(handler);
}

beforeEach(async () => {
  discord = await new FakeDiscordApi().start();
  db = await tempStore();
});
afterEach(async () => {
  await server.close();
  await discord.close();
  await db.cleanup();
});

/** POST an interaction as Discord does: Ed25519 signature over timestamp + body. */
async function post(
  interaction: unknown,
  opts: { key?: KeyObject; headers?: boolean; timestamp?: string; raw?: string } = {},
) {
  const body = opts.raw ?? JSON.stringify(interaction);
  const ts = opts.timestamp ?? String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(ts + body), opts.key ?? keys.privateKey).toString('hex');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.headers !== false)
    Object.assign(headers, { 'x-signature-ed25519': signature, 'x-signature-timestamp': ts });
  const res = await fetch(`${server.url}/discord/interactions`, { method: 'POST', headers, body });
  return { status: res.status, body: (await res.json()) as any };
}

const command = (
  name: string,
  options: Array<{ name: string; value: string; focused?: boolean }> = [],
  type = 2,
) => ({
  type,
  id: '1300000000000000001',
  application_id: APP_ID,
  token: `token-${name}`,
  data: { id: '1400000000000000001', name, type: 1, options: options.map((o) => ({ type: 3, ...o })) },
  member: { user: { id: '1500000000000000001', username: 'reporter' } },
});

describe('Discord interactions over HTTP', () => {
  beforeEach(async () => {
    await start();
  });

  it('refuses a request with a bad signature (401)', async () => {
    const other = generateKeyPairSync('ed25519');
    expect((await post({ type: 1 }, { key: other.privateKey })).status).toBe(401);
  });

  it('refuses a request without signature headers (401)', async () => {
    expect((await post({ type: 1 }, { headers: false })).status).toBe(401);
  });

  it('answers Discord’s PING with a PONG', async () => {
    expect(await post({ type: 1 })).toEqual({ status: 200, body: { type: 1 } });
  });

  it('tells the user privately, at once, that a claim id does not exist', async () => {
    const { body } = await post(command('claim', [{ name: 'id', value: 'no-such-claim' }]));
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.content).toContain('There is no claim with the id “no-such-claim”');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(discord.requests).toHaveLength(0);
  });

  it('acknowledges /claim first, then edits the answer in with the claim’s timeline', async () => {
    const { body } = await post(command('claim', [{ name: 'id', value: 'systems-returned' }]));
    expect(body).toEqual({ type: 5, data: {} });
    await handler.idle();
    const [edit] = discord.calls(`/webhooks/${APP_ID}/token-claim/messages/@original`, 'PATCH');
    expect(edit?.body.content).toContain('systems-returned: Turkey will hand its S-400 systems back to Russia.');
    expect(edit?.body.embeds[0].description).toContain('**Timeline**');
    expect(edit?.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers operator commands privately from the start', async () => {
    const { body } = await post(command('status'));
    expect(body).toEqual({ type: 5, data: { flags: 64 } });
    await handler.idle();
    expect(discord.calls('/messages/@original', 'PATCH')[0]?.body.content).toContain('0 feeds');
  });

  it('suggests claim ids while the user types', async () => {
    const { body } = await post(command('claim', [{ name: 'id', value: 'sys', focused: true }], 4));
    expect(body.type).toBe(8);
    expect(body.data.choices).toEqual([
      { name: 'systems-returned — Turkey will hand its S-400 systems back to Russia.', value: 'systems-returned' },
    ]);
  });

  it('refuses an option the command does not have, saying which it takes', async () => {
    const { body } = await post(command('claims', [{ name: 'colour', value: 'red' }]));
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.content).toContain('does not know the option “colour”');
  });
});

describe('a command that fails after the acknowledgement on Discord', () => {
  it('replaces the public “thinking” message with a private explanation', async () => {
    const broken = new Proxy(db.store, {
      get(target, prop) {
        if (prop === 'positions')
          return async () => {
            throw new Error('database is locked');
          };
        const v = Reflect.get(target, prop, target) as unknown;
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    await start(broken);
    expect((await post(command('claim', [{ name: 'id', value: 'systems-returned' }]))).body.type).toBe(5);
    await handler.idle();
    expect(discord.calls(`/webhooks/${APP_ID}/token-claim/messages/@original`, 'DELETE')).toHaveLength(1);
    const [followUp] = discord.calls(`/webhooks/${APP_ID}/token-claim`, 'POST');
    expect(followUp?.body.flags).toBe(64);
    expect(followUp?.body.content).toContain('Sorry, /claim failed: something unexpected went wrong');
    expect(followUp?.body.content).not.toContain('database is locked');
  });
});

describe('signed requests that are old, from the future, or not interactions', () => {
  const secondsAgo = (s: number) => String(Math.floor(Date.now() / 1000) - s);
  const admin = '1500000000000000001';

  it('refuses a correctly signed request from yesterday, so a captured /feeds remove cannot be replayed', async () => {
    await start(undefined, [admin]);
    await db.store.addFeed('https://outlet.example/rss');
    const replay = await post(
      command('feeds', [
        { name: 'action', value: 'remove' },
        { name: 'url', value: 'https://outlet.example/rss' },
      ]),
      { timestamp: secondsAgo(24 * 3600) },
    );
    expect(replay.status).toBe(401);
    await handler.idle();
    expect((await db.store.listFeeds()).map((f) => f.url)).toEqual(['https://outlet.example/rss']);
  });

  it.each([
    ['an hour ahead', () => secondsAgo(-3600)],
    ['six minutes old', () => secondsAgo(360)],
    ['not a number', () => 'abc'],
    ['a number with a fraction', () => `${secondsAgo(0)}.5`],
  ])('refuses a signed request whose timestamp is %s (401)', async (_label, ts) => {
    await start();
    expect((await post({ type: 1 }, { timestamp: ts() })).status).toBe(401);
  });

  it('accepts a request four minutes old or four minutes ahead (clocks drift)', async () => {
    await start();
    expect((await post({ type: 1 }, { timestamp: secondsAgo(240) })).status).toBe(200);
    expect((await post({ type: 1 }, { timestamp: secondsAgo(-240) })).status).toBe(200);
  });

  it.each([
    'null',
    '[]',
    '"ping"',
    '42',
    '{}',
    '{"type":"2"}',
    '{"type":2,"data":{"name":7}}',
    '{"type":2,"token":"t","data":{"name":"claim","options":[{"name":"id","value":{"toString":"x"}}]}}',
    '{"type":2,"data":{"name":"claim"}}',
  ])('answers the signed body %s with 400 and keeps serving', async (raw) => {
    await start();
    expect((await post(null, { raw })).status).toBe(400);
    expect(await post({ type: 1 })).toEqual({ status: 200, body: { type: 1 } });
  });
});
