import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordRest, createDiscordSink } from '../../src/chat/platforms/discord/sink.js';
import { createSlackClient, createSlackSink } from '../../src/chat/platforms/slack/sink.js';
import type { OutboxEntry } from '../../src/store/store.js';
import { FakeDiscordApi } from '../fakes/discord-api.js';
import { FakeSlackApi } from '../fakes/slack-api.js';
import { silentLog } from './fixtures.js';

const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

function digestEntry(sink: string, channel: string): OutboxEntry {
  return {
    id: 1,
    kind: 'digest',
    sink,
    channel,
    eventKey: 'digest:2026-W47',
    idempotencyKey: `digest:${sink}:${channel}:2026-W47`,
    payload: {
      type: 'digest',
      periodKey: '2026-W47',
      text: 'Week 47: 2 new denials, 1 contradiction.',
      model: {},
      chartPath: null,
    },
    attempts: 0,
    leases: 1,
    status: 'pending',
    nextAttemptAt: '2026-11-23T09:00:00.000Z',
    lastError: null,
    createdAt: new Date().toISOString(),
    deliveredAt: null,
    remoteId: null,
  };
}

describe('the weekly digest on the platforms', () => {
  const fakes: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(fakes.splice(0).map((f) => f.close()));
  });

  it('posts the digest on Slack with its chart in the thread', async () => {
    const slack = await new FakeSlackApi().start();
    fakes.push(slack);
    const sink = createSlackSink({
      client: createSlackClient({ token: 'xoxb-test', apiUrl: slack.apiUrl, log: silentLog }),
      log: silentLog,
      chart: async () => png,
    });
    const { remoteId } = await sink.send({ entry: digestEntry('slack', 'C0DESK'), threadId: null });
    expect(slack.inChannel('C0DESK')[0]?.text).toContain('Week 47');
    expect(slack.uploads).toHaveLength(1);
    expect(slack.uploads[0]).toMatchObject({ channel: 'C0DESK', thread_ts: remoteId });
    expect(slack.uploads[0]!.bytes).toBeGreaterThan(0);
  });

  it('posts the digest on Discord with the chart as the embed image', async () => {
    const discord = await new FakeDiscordApi().start();
    fakes.push(discord);
    const sink = createDiscordSink({
      rest: createDiscordRest({ token: 't', apiUrl: discord.apiUrl, timeoutMs: 2000 }),
      log: silentLog,
      chart: async () => png,
    });
    await sink.send({ entry: digestEntry('discord', '2000000000000000001'), threadId: null });
    const [message] = discord.messages;
    expect(message?.embeds[0]?.image?.url).toBe('attachment://digest.png');
    expect(message?.files?.map((f) => f.filename)).toEqual(['digest.png']);
  });
});
