import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import {
  createDiscordInteractionsHandler,
  type InteractionsHandler,
} from '../../src/chat/platforms/discord/interactions.js';
import { createSlackHandler } from '../../src/chat/platforms/slack/app.js';
import { createDiscordRest } from '../../src/chat/platforms/discord/sink.js';
import { FakeDiscordApi } from '../fakes/discord-api.js';
import { FakeSlackApi } from '../fakes/slack-api.js';
import { contextFactory, serve } from '../chat/command-rig.js';
import { silentLog, tempStore } from '../chat/fixtures.js';
import { fuzzRuns, fuzzTimeoutMs, watchUnhandled } from './runs.js';

const APP_ID = '1100000000000000001';
const SECRET = 'fuzz-signing-secret';
const keys = generateKeyPairSync('ed25519');
const publicKeyHex = Buffer.from(keys.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');

let discord: FakeDiscordApi;
let slack: FakeSlackApi;
let db: Awaited<ReturnType<typeof tempStore>>;
let handler: InteractionsHandler;
let discordServer: Awaited<ReturnType<typeof serve>>;
let slackServer: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  discord = await new FakeDiscordApi().start();
  slack = await new FakeSlackApi().start();
  db = await tempStore();
  const { context } = contextFactory(db.store, { admins: ['1500000000000000001', 'U0EDITOR'] });
  handler = createDiscordInteractionsHandler({
    publicKey: publicKeyHex,
    applicationId: APP_ID,
    rest: createDiscordRest({ apiUrl: discord.apiUrl, timeoutMs: 2000 }),
    registry: commands,
    context,
    log: silentLog,
  });
  discordServer = await serve(handler);
  slackServer = await serve(
    createSlackHandler({
      botToken: 'xoxb-fuzz',
      signingSecret: SECRET,
      apiUrl: slack.apiUrl,
      registry: commands,
      context,
      log: silentLog,
    }),
  );
});
afterAll(async () => {
  await handler.idle();
  await discordServer.close();
  await slackServer.close();
  await discord.close();
  await slack.close();
  await db.cleanup();
});

/** Interaction-shaped JSON with wrong types, missing fields and junk mixed in, plus any JSON at all. */
const interactionish = fc.oneof(
  fc.json(),
  fc
    .record(
      {
        type: fc.oneof(fc.constantFrom(1, 2, 3, 4, 5), fc.anything()),
        token: fc.oneof(fc.string(), fc.anything()),
        data: fc.oneof(
          fc.anything(),
          fc.record(
            {
              name: fc.oneof(fc.constantFrom(...commands.map((c) => c.definition.name)), fc.anything()),
              options: fc.oneof(
                fc.anything(),
                fc.array(
                  fc.record(
                    { name: fc.oneof(fc.string(), fc.anything()), value: fc.anything(), focused: fc.anything() },
                    { requiredKeys: [] },
                  ),
                ),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
        member: fc.anything(),
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o) ?? 'null'),
  fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.from(b).toString('latin1')),
);

async function postDiscord(body: string, signed: boolean, timestamp = String(Math.floor(Date.now() / 1000))) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signed)
    Object.assign(headers, {
      'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex'),
      'x-signature-timestamp': timestamp,
    });
  return (await fetch(`${discordServer.url}/discord/interactions`, { method: 'POST', headers, body })).status;
}

async function postSlack(body: string, timestamp = String(Math.floor(Date.now() / 1000))) {
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const res = await fetch(`${slackServer.url}/slack/events`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signature,
    },
  });
  await res.arrayBuffer();
  return res.status;
}

describe('random bodies on the interaction endpoints', () => {
  it(
    'get an answer each on Discord, signed or not, and PING still gets PONG',
    async () => {
      const unhandled = watchUnhandled();
      try {
        await fc.assert(
          fc.asyncProperty(
            interactionish,
            fc.boolean(),
            fc.constantFrom('now', 'abc', 'old', ''),
            async (body, signed, when) => {
              const ts =
                when === 'now' ? undefined : when === 'old' ? String(Math.floor(Date.now() / 1000) - 3600) : when;
              const status = await postDiscord(body, signed, ts);
              expect([200, 400, 401, 500]).toContain(status);
              if (!signed || when !== 'now') expect(status).toBe(401);
              expect(await postDiscord('{"type":1}', true)).toBe(200);
              expect(unhandled.errors).toEqual([]);
            },
          ),
          fuzzRuns(60),
        );
        await handler.idle();
        expect(unhandled.errors).toEqual([]);
      } finally {
        unhandled.stop();
      }
    },
    fuzzTimeoutMs(30_000),
  );

  it(
    'get an answer each on Slack, and a real command still works after',
    async () => {
      const form = fc.oneof(
        fc
          .dictionary(
            fc.constantFrom(
              'command',
              'text',
              'user_id',
              'team_id',
              'channel_id',
              'response_url',
              'trigger_id',
              'payload',
              'type',
              'ssl_check',
            ),
            fc.string(),
          )
          .map((d) => new URLSearchParams(d).toString()),
        fc.string(),
        fc.json().map((j) => `payload=${encodeURIComponent(j)}`),
      );
      const unhandled = watchUnhandled();
      try {
        await fc.assert(
          // Bolt answers a body no listener acknowledges after 3 s, so each case sends a batch at once.
          fc.asyncProperty(fc.array(form, { minLength: 1, maxLength: 15 }), async (bodies) => {
            for (const status of await Promise.all(bodies.map((b) => postSlack(b)))) {
              expect(status).toBeGreaterThanOrEqual(200);
              expect(status).toBeLessThan(600);
            }
            const real = new URLSearchParams({
              command: '/claimwatch',
              text: 'help',
              user_id: 'U0REPORTER',
              team_id: 'T0',
              channel_id: 'C0',
              response_url: slack.responseUrl('fuzz'),
              trigger_id: 't',
            }).toString();
            expect(await postSlack(real)).toBe(200);
            expect(unhandled.errors).toEqual([]);
          }),
          fuzzRuns(3),
        );
      } finally {
        unhandled.stop();
      }
    },
    fuzzTimeoutMs(30_000, 4_000),
  );
});
