import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDeliveryLoop } from '../../src/chat/delivery.js';
import { discordNonce } from '../../src/chat/platforms/discord/sink.js';
import { SLACK_EVENT_TYPE } from '../../src/chat/platforms/slack/sink.js';
import type { Sink } from '../../src/chat/sink.js';
import { postingKeys } from '../../src/chat/sinks.js';
import { alertPayload, hostile, silentLog } from './fixtures.js';
import { deliveryRig, DISCORD_DESK, killedBeforeRecording, SLACK_DESK, type DeliveryRig } from './delivery-rig.js';

let rig: DeliveryRig;
beforeEach(async () => {
  rig = await deliveryRig();
});
afterEach(async () => {
  await rig.close();
});

const copyOfFirst = () =>
  alertPayload({ type: 'source', article: { url: 'https://coast.example.org/copy', source: 'Coast Courier' } });

const followUp = () =>
  alertPayload({
    alert: {
      kind: 'contradiction',
      actor: 'Mira Kaya',
      evidence: 'Shipping them back was agreed in August.',
      eventKey: 'contradiction:systems-returned:mira-kaya',
    },
    article: {
      url: 'https://herald.example.org/follow-up',
      title: 'Analyst says return was agreed',
      source: 'Harbour Herald',
    },
  });

describe('an alert on its way to the desk', () => {
  it('reaches Slack and Discord; a new event on the claim goes to the channel, a copy to the thread', async () => {
    await rig.enqueue(alertPayload());
    expect(await rig.worker().deliverDue()).toEqual({ leased: 3, delivered: 3, retried: 0, dead: 0, waiting: 0 });
    // Handed out for the first time, so it cannot have been posted before: no look-up for an earlier copy.
    expect(rig.slack.calls('/api/conversations.history', 'POST')).toEqual([]);

    const [first] = rig.slack.inChannel(SLACK_DESK);
    expect(first?.blocks[0]).toMatchObject({ type: 'header', text: { text: '🚫 New denial' } });
    expect(first?.unfurl_links).toBe('false');
    expect(first?.metadata?.event_type).toBe(SLACK_EVENT_TYPE);
    const [root] = rig.discord.inChannel(DISCORD_DESK);
    expect(root?.embeds[0]).toMatchObject({
      title: '🚫 New denial: Turkey will hand its S-400 systems back to Russia.',
      color: 0xc0392b,
    });
    expect(root?.allowed_mentions).toEqual({ parse: [] });
    expect(rig.discord.threads).toEqual([
      { id: root!.id, parent_id: DISCORD_DESK, name: 'New denial: systems-returned' },
    ]);
    expect(rig.consoleLines.join('')).toContain('NEW DENIAL');

    await rig.enqueue(followUp());
    await rig.enqueue(copyOfFirst());
    expect((await rig.worker().deliverDue()).delivered).toBe(6);

    const [, contradiction, copy] = rig.slack.inChannel(SLACK_DESK);
    expect(contradiction?.thread_ts).toBeUndefined();
    expect(contradiction?.blocks[0]).toMatchObject({ text: { text: '⚠️ Contradiction' } });
    expect(copy?.thread_ts).toBe(first!.ts);
    expect(copy?.text).toContain('Also reported by Coast Courier');
    const inDesk = rig.discord.inChannel(DISCORD_DESK);
    expect(inDesk.map((m) => m.embeds[0]?.title?.slice(0, 15))).toEqual(['🚫 New denial: ', '⚠️ Contradictio']);
    const discordThread = rig.discord.inChannel(root!.id);
    expect(discordThread).toHaveLength(1);
    expect(discordThread[0]?.content).toContain('Also reported by **Coast Courier**');
  });

  it('copies of one alert read its thread from the store once per platform, and all land in it', async () => {
    let lookups = 0;
    const counting = new Proxy(rig.store, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (prop === 'getThread') lookups++;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const worker = rig.worker({ store: counting });
    await rig.enqueue(alertPayload());
    await worker.deliverDue();
    lookups = 0;
    for (let i = 1; i <= 3; i++)
      await rig.enqueue(
        alertPayload({
          type: 'source',
          article: { url: `https://herald.example.org/copy-${i}`, source: `Herald ${i}` },
        }),
      );
    expect((await worker.deliverDue()).delivered).toBe(9);
    expect(lookups).toBe(2);
    const [root, ...copies] = rig.slack.inChannel(SLACK_DESK);
    expect(copies.map((m) => m.thread_ts)).toEqual([root!.ts, root!.ts, root!.ts]);
    expect(rig.discord.inChannel(rig.discord.threads[0]!.id)).toHaveLength(3);
  });

  it('prints the console\u2019s messages of a batch, then records them in one write', async () => {
    const writes: string[] = [];
    const recording = new Proxy(rig.store, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (prop === 'markDelivered' || prop === 'markAllDelivered') writes.push(prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    for (let i = 1; i <= 3; i++) {
      await rig.enqueue(alertPayload({ article: { url: `https://herald.example.org/story-${i}` } }), [
        { sink: 'console', channel: 'console' },
      ]);
    }
    expect(await rig.worker({ store: recording }).deliverDue()).toMatchObject({ leased: 3, delivered: 3 });
    expect(rig.consoleLines).toHaveLength(3);
    expect(writes).toEqual(['markAllDelivered']);
    expect(await rig.store.outboxStats()).toMatchObject({ pending: 0, delivered: 3 });
  });

  it('pings nobody and stays within both platforms’ limits for hostile feed text 10,000 characters long', async () => {
    const nasty = hostile(10_000);
    await rig.enqueue(
      alertPayload({
        alert: { actor: nasty, evidence: nasty, reason: nasty, claimText: nasty },
        article: { title: nasty, source: nasty },
      }),
    );
    expect(await rig.worker().deliverDue()).toMatchObject({ delivered: 3, dead: 0 });
    const slackText = JSON.stringify(rig.slack.messages);
    for (const ping of ['<!channel>', '<!here>', '<@123>', '<@U0ADMIN>']) expect(slackText).not.toContain(ping);
    const [posted] = rig.discord.messages;
    expect(posted?.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(posted)).not.toMatch(/@everyone|@here|<@!?\d+>|<@&\d+>/);
  });
});

describe('when a platform pushes back', () => {
  it('waits out a 429 Retry-After and then delivers the alert exactly once', async () => {
    rig.slack.fail({ status: 429, retryAfter: 3, path: 'chat.postMessage', times: 1 });
    rig.discord.fail({ status: 429, retryAfter: 2, path: '/messages', times: 1 });
    await rig.enqueue(alertPayload());
    expect(await rig.worker().deliverDue()).toMatchObject({ delivered: 1, retried: 2 });

    rig.clock.advance(1_900);
    expect((await rig.worker().deliverDue()).delivered).toBe(0);
    expect(rig.discord.calls('/messages', 'POST')).toHaveLength(1);
    rig.clock.advance(200);
    expect((await rig.worker().deliverDue()).delivered).toBe(1); // Discord, after its 2 s
    rig.clock.advance(1_000);
    expect((await rig.worker().deliverDue()).delivered).toBe(1); // Slack, after its 3 s
    expect(rig.slack.messages).toHaveLength(1);
    expect(rig.discord.messages).toHaveLength(1);
    expect(await rig.store.outboxStats()).toMatchObject({ pending: 0, delivered: 3, dead: 0 });
  });

  it('rides out a storm of 500s and delivers once the platform recovers', async () => {
    rig.slack.fail({ status: 500, path: 'chat.postMessage', times: 3 });
    rig.discord.fail({ status: 503, path: '/messages', times: 3 });
    await rig.enqueue(alertPayload());
    const reports = [];
    for (let i = 0; i < 4; i++) {
      reports.push(await rig.worker().deliverDue());
      rig.clock.advance(10 * 60_000);
    }
    expect(reports.map((r) => r.retried)).toEqual([2, 2, 2, 0]);
    expect(rig.slack.messages).toHaveLength(1);
    expect(rig.discord.messages).toHaveLength(1);
    expect(await rig.store.outboxStats()).toMatchObject({ pending: 0, delivered: 3 });
  });

  it('backs off longer after each failure', async () => {
    rig.discord.fail({ status: 500, path: '/messages', times: 2 });
    await rig.enqueue(alertPayload(), [{ sink: 'discord', channel: DISCORD_DESK }]);
    await rig.worker().deliverDue();
    rig.clock.advance(999);
    expect((await rig.worker().deliverDue()).retried).toBe(0); // first wait: 1 s
    rig.clock.advance(1);
    expect((await rig.worker().deliverDue()).retried).toBe(1);
    rig.clock.advance(1_999);
    expect((await rig.worker().deliverDue()).delivered).toBe(0); // second wait: 2 s
    rig.clock.advance(1);
    expect((await rig.worker().deliverDue()).delivered).toBe(1);
  });

  it('gives up after the last try and shows the message and its error in the dead-letter list', async () => {
    rig.slack.fail({ status: 500, path: 'chat.postMessage', times: 100 });
    await rig.enqueue(alertPayload(), [{ sink: 'slack', channel: SLACK_DESK }]);
    const worker = rig.worker({ maxAttempts: 3 });
    const reports = [];
    for (let i = 0; i < 4; i++) {
      reports.push(await worker.deliverDue());
      rig.clock.advance(60 * 60_000);
    }
    expect(reports.map((r) => r.dead)).toEqual([0, 0, 1, 0]);
    const [dead] = await rig.store.deadLetters(10);
    expect(dead?.status).toBe('dead');
    expect(dead?.lastError).toContain('Slack answered HTTP 500');
    expect(dead?.lastError).toContain('gave up after 3 attempts');
    expect(rig.slack.calls('chat.postMessage')).toHaveLength(3);
  });
});

describe('a restart', () => {
  it('after the process died between sending and recording, sends nothing twice and loses nothing', async () => {
    const routes = [
      { sink: 'slack', channel: SLACK_DESK },
      { sink: 'discord', channel: DISCORD_DESK },
    ];
    await rig.enqueue(alertPayload(), routes);
    await rig.enqueue(copyOfFirst(), routes);
    await rig.enqueue(
      alertPayload({
        alert: {
          claim: 'battery-count',
          claimText: 'Turkey bought a given number of S-400 batteries.',
          eventKey: 'contradiction:battery-count',
        },
      }),
      routes,
    );

    const doomed = rig.worker({ store: killedBeforeRecording(rig.store), owner: 'worker-that-dies' });
    await expect(doomed.deliverDue()).rejects.toThrow('process killed');
    expect(rig.slack.messages).toHaveLength(1);
    expect(rig.discord.messages).toHaveLength(1);

    // The new process opens the same database file; the dead worker's lease runs out.
    const reopened = await rig.db.reopen();
    rig.clock.advance(5 * 60_000);
    const report = await rig.worker({ store: reopened, owner: 'worker-after-restart' }).deliverDue();
    expect(report).toMatchObject({ delivered: 6, dead: 0 });

    expect(rig.slack.messages).toHaveLength(3);
    expect(new Set(rig.slack.messages.map((m) => m.metadata?.event_payload.idempotency_key)).size).toBe(3);
    // Only the entries the dead worker had leased were looked up before posting; the first leases posted straight
    // away.
    const lookups = [
      ...rig.slack.calls('/api/conversations.history', 'POST'),
      ...rig.slack.calls('/api/conversations.replies', 'POST'),
    ];
    expect(lookups).toHaveLength(3);
    expect(rig.discord.messages).toHaveLength(3);
    // The first Discord message was sent again with its nonce, and Discord handed back the original.
    const nonces = rig.discord
      .calls('/messages', 'POST')
      .filter((r) => !r.path.includes('threads'))
      .map((r) => r.body.nonce);
    expect(nonces).toHaveLength(4);
    expect(nonces[0]).toBe(nonces[1]);
    expect(nonces[0]).toHaveLength(25);
    expect(discordNonce('same key')).toBe(discordNonce('same key'));
    // The copy still found the first alert's thread on both platforms.
    expect(rig.slack.messages[1]?.thread_ts).toBe(rig.slack.messages[0]?.ts);
    expect(rig.discord.messages[1]?.channel_id).toBe(rig.discord.messages[0]?.id);
    expect(await reopened.outboxStats()).toMatchObject({ pending: 0, delivered: 6, dead: 0 });
  });
});

describe('a slow platform', () => {
  it('a batch outlasting its lease renews it: no other worker takes a message over while it is sent', async () => {
    for (let i = 0; i < 4; i++) {
      await rig.enqueue(alertPayload({ alert: { claim: `claim-${i}`, eventKey: `denial:claim-${i}` } }), [
        { sink: 'discord', channel: DISCORD_DESK },
      ]);
    }
    const discord = rig.sinks.find((s) => s.name === 'discord')!;
    const takenMeanwhile: number[] = [];
    // Each post takes 0.4 s of a 1 s lease; after each one, a second worker tries to lease whatever is due.
    const slow: Sink = {
      name: 'discord',
      async send(msg) {
        const result = await discord.send(msg);
        rig.clock.advance(400);
        takenMeanwhile.push(
          ...(await rig.store.leaseOutbox(rig.clock.now().toISOString(), 'worker-2', 1_000, 10)).map((e) => e.id),
        );
        return result;
      },
    };
    const report = await rig.worker({ sinks: [slow], leaseMs: 1_000 }).deliverDue();
    expect(report).toMatchObject({ leased: 4, delivered: 4 });
    expect(takenMeanwhile).toEqual([]);
    expect(rig.discord.inChannel(DISCORD_DESK)).toHaveLength(4);
    expect(await rig.store.outboxStats()).toMatchObject({ pending: 0, delivered: 4 });
  });
});

describe('the delivery loop', () => {
  it('delivers a backlog larger than one batch in one go when asked to deliver everything', async () => {
    for (let i = 0; i < 7; i++) {
      await rig.enqueue(alertPayload({ alert: { claim: `claim-${i}`, eventKey: `denial:claim-${i}` } }), [
        { sink: 'discord', channel: DISCORD_DESK },
      ]);
    }
    const report = await rig.worker({ batchSize: 3 }).deliverAll();
    expect(report).toMatchObject({ leased: 7, delivered: 7 });
    expect(rig.discord.inChannel(DISCORD_DESK)).toHaveLength(7);
  });

  it('keeps delivering in the background and finishes its batch when stopped', async () => {
    await rig.enqueue(alertPayload(), [{ sink: 'discord', channel: DISCORD_DESK }]);
    const loop = startDeliveryLoop(rig.worker(), { everyMs: 20, log: silentLog });
    await new Promise((r) => setTimeout(r, 200));
    await rig.enqueue(followUp(), [{ sink: 'discord', channel: DISCORD_DESK }]);
    await new Promise((r) => setTimeout(r, 200));
    await loop.stop();
    expect(rig.discord.messages).toHaveLength(2);
    expect(await rig.store.outboxStats()).toMatchObject({ pending: 0, delivered: 2 });
  });

  it('gives up on a message for a platform that is no longer configured, saying which token is missing', async () => {
    await rig.enqueue(alertPayload(), [{ sink: 'slack', channel: SLACK_DESK }]);
    const sinks = rig.sinks.filter((s) => s.name !== 'slack');
    const worker = rig.worker({ sinks, maxAttempts: 1, unconfigured: postingKeys() });
    expect((await worker.deliverDue()).dead).toBe(1);
    expect((await rig.store.deadLetters(1))[0]?.lastError).toContain('set SLACK_BOT_TOKEN');
  });
});
