import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBot, type BotProcess } from '../cluster/support/bot-process.js';
import { rss } from '../ingest/support/feeds.js';
import { serveFeed, startFeedServer, type FeedServer } from '../ingest/support/feed-server.js';

const keys = generateKeyPairSync('ed25519');
const publicKeyHex = Buffer.from(keys.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function until<T>(
  what: string,
  check: () => Promise<T | false> | T | false,
  bot: BotProcess,
  ms = 30_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${bot.stderrTail()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Bodies Discord would never send, each correctly signed with the application's key. */
const MALFORMED = [
  'null',
  '[]',
  '"ping"',
  '42',
  'true',
  '{}',
  '{"type":"2"}',
  '{"type":2}',
  '{"type":2,"data":null}',
  '{"type":2,"data":{"name":7}}',
  '{"type":2,"token":"t","data":{"name":"claim","options":"x"}}',
  '{"type":2,"token":"t","data":{"name":"claim","options":[null]}}',
  '{"type":2,"token":"t","data":{"name":"claim","options":[{"name":"id","value":{"toString":"x"}}]}}',
  '{"type":4,"data":{"name":"claim","options":[{"focused":true}]}}',
  '{"type":1e400}',
  '{"__proto__":{"type":1}}',
  '{"type":3,"token":"t"}',
  '{"type":2,"token":7,"data":{"name":"claims"}}',
  '{"type":2,"member":{"user":null},"data":{"name":"x"}}',
  '{',
];

let bot: BotProcess | undefined;
let outlet: FeedServer | undefined;
afterEach(async () => {
  await bot?.stop(5_000);
  await outlet?.close();
  bot = outlet = undefined;
});

describe('the running bot under malformed signed requests', () => {
  it('answers 20 of them with errors, and still polls and answers /healthz', async () => {
    outlet = await startFeedServer({
      '/feed.xml': serveFeed(
        rss('Local outlet', [
          { title: 'Story', link: 'https://outlet.example/1', guid: 's1', description: 'Words.' },
        ]),
      ),
    });
    const dir = mkdtempSync(join(tmpdir(), 'cw-hostile-'));
    writeFileSync(
      join(dir, 'feeds.opml'),
      `<opml version="2.0"><body><outline type="rss" text="Local" xmlUrl="${outlet.url('/feed.xml')}"/>` +
        '</body></opml>\n',
    );
    const port = await freePort();
    bot = startBot('hostile', ['run'], {
      PORT: String(port),
      HOST: '127.0.0.1',
      METRICS_PORT: '0',
      DATABASE_URL: `file:${join(dir, 'bot.db')}`,
      FEEDS_FILE: join(dir, 'feeds.opml'),
      FEEDS_ALLOW_HOSTS: '127.0.0.1',
      POLL_CRON: '* * * * * *',
      DISCORD_MODE: 'http',
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_APPLICATION_ID: '1100000000000000001',
      LOG_LEVEL: 'warn',
    });
    const base = `http://127.0.0.1:${port}`;
    const polls = () => outlet!.seen.filter((s) => s.path === '/feed.xml').length;
    await until(
      '/healthz',
      () =>
        fetch(`${base}/healthz`).then(
          (r) => r.ok,
          () => false,
        ),
      bot,
    );
    await until('the first poll', () => polls() > 0, bot);

    const statuses: number[] = [];
    for (const body of MALFORMED) {
      const ts = String(Math.floor(Date.now() / 1000));
      const signature = sign(null, Buffer.from(ts + body), keys.privateKey).toString('hex');
      const res = await fetch(`${base}/discord/interactions`, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'x-signature-ed25519': signature,
          'x-signature-timestamp': ts,
        },
      });
      statuses.push(res.status);
    }
    expect(statuses).toHaveLength(20);
    expect(statuses.every((s) => s === 400 || s === 500)).toBe(true);

    const before = polls();
    await until('a poll after the malformed requests', () => polls() > before, bot);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(bot.stderrTail()).not.toMatch(/"level":60/);
  });
});
