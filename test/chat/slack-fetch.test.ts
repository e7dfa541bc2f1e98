import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fromSlackError } from '../../src/chat/platforms/slack/errors.js';
import { createSlackClient } from '../../src/chat/platforms/slack/sink.js';
import { slackFetch } from '../../src/chat/platforms/slack/fetch.js';
import { FakeSlackApi } from '../fakes/slack-api.js';
import { silentLog } from './fixtures.js';

/**
 * The Slack client's own fetch (node:http with keep-alive instead of the global fetch): what WebClient reads from an
 * answer, and the failures the outbox must see as failures (no answer in time, a redirect, nobody listening).
 */

const servers: Server[] = [];
const fakes: FakeSlackApi[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
  for (const f of fakes.splice(0)) await f.close();
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
}

async function postFails(apiUrl: string, timeoutMs = 5_000) {
  const client = createSlackClient({ token: 'xoxb-test', apiUrl, log: silentLog, timeoutMs });
  const err = await client.chat.postMessage({ channel: 'C1', text: 'hello' }).then(
    () => null,
    (e: unknown) => e,
  );
  return fromSlackError(err);
}

describe('the Slack client’s fetch', () => {
  it('posts the form WebClient builds and hands back status, headers and body', async () => {
    const fake = await new FakeSlackApi().start();
    fakes.push(fake);
    const client = createSlackClient({ token: 'xoxb-test', apiUrl: fake.apiUrl, log: silentLog });
    const res = await client.chat.postMessage({
      channel: 'C1',
      text: 'hello',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Ünïcode ✓' } }],
    });
    expect(res).toMatchObject({ ok: true, channel: 'C1' });
    expect(fake.messages[0]).toMatchObject({
      channel: 'C1',
      text: 'hello',
      blocks: [{ text: { text: 'Ünïcode ✓' } }],
    });
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer xoxb-test');

    const direct = await slackFetch()(`${fake.apiUrl}auth.test`, {
      method: 'POST',
      headers: { authorization: 'Bearer xoxb-test' },
      body: '',
    });
    expect(direct.status).toBe(200);
    expect(direct.headers.get('Content-Type')).toBe('application/json');
    expect(await direct.json()).toMatchObject({ ok: true, team: 'Newsroom' });
  });

  it('reads a 429 with its Retry-After, so the outbox waits as told', async () => {
    const fake = await new FakeSlackApi().start();
    fakes.push(fake);
    fake.fail({ status: 429, retryAfter: 7, times: 1 });
    expect(await postFails(fake.apiUrl)).toMatchObject({ code: 'rate-limited', retryAfterMs: 7_000 });
  });

  it('gives up on a server that does not answer within the timeout', async () => {
    const apiUrl = await serve(() => undefined);
    expect(await postFails(apiUrl, 300)).toMatchObject({ code: 'network' });
  });

  it('refuses to follow a redirect, as WebClient asks', async () => {
    const apiUrl = await serve((_req, res) => res.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' }).end());
    expect(await postFails(apiUrl)).toMatchObject({ code: 'network' });
  });

  it('fails cleanly when nobody listens', async () => {
    const apiUrl = await serve(() => undefined);
    const server = servers.pop()!;
    await new Promise((r) => server.close(r));
    expect(await postFails(apiUrl)).toMatchObject({ code: 'network' });
  });
});
