import { exponentialBackoff } from '../../src/chat/backoff.js';
import { createDelivery, type Delivery, type DeliveryDeps } from '../../src/chat/delivery.js';
import { createConsoleSink } from '../../src/chat/platforms/console/sink.js';
import { createDiscordRest, createDiscordSink } from '../../src/chat/platforms/discord/sink.js';
import { createSlackClient, createSlackSink } from '../../src/chat/platforms/slack/sink.js';
import type { Sink } from '../../src/chat/sink.js';
import { idempotencyKey } from '../../src/store/index.js';
import type { OutboundPayload, Route, Store } from '../../src/store/store.js';
import { FakeDiscordApi } from '../fakes/discord-api.js';
import { FakeSlackApi } from '../fakes/slack-api.js';
import { silentLog, tempStore } from './fixtures.js';

export const SLACK_DESK = 'C0DESK';
export const DISCORD_DESK = '2000000000000000001';
export const ALL_ROUTES: Route[] = [
  { sink: 'console', channel: 'console' },
  { sink: 'slack', channel: SLACK_DESK },
  { sink: 'discord', channel: DISCORD_DESK },
];

/**
 * Everything a delivery test needs: both fake platforms, a SQLite store in a temp file, the real
 * sinks pointed at the fakes, and a clock the test moves by hand (retries are scheduled, not slept).
 */
export async function deliveryRig() {
  let clockMs = Date.now();
  const clock = {
    now: () => new Date(clockMs),
    advance(ms: number) {
      clockMs += ms;
    },
  };
  const slack = await new FakeSlackApi({ clock: () => clockMs }).start();
  const discord = await new FakeDiscordApi().start();
  const db = await tempStore();
  const consoleLines: string[] = [];
  const sinks: Sink[] = [
    createConsoleSink({ out: { write: (s: string) => consoleLines.push(s) } }),
    createSlackSink({
      client: createSlackClient({ token: 'xoxb-test', apiUrl: slack.apiUrl, log: silentLog }),
      log: silentLog,
    }),
    createDiscordSink({
      rest: createDiscordRest({ token: 'test-token', apiUrl: discord.apiUrl, timeoutMs: 2000 }),
      log: silentLog,
    }),
  ];

  function worker(opts: Partial<DeliveryDeps> = {}): Delivery {
    return createDelivery({
      store: db.store,
      sinks,
      log: silentLog,
      owner: 'worker-1',
      now: clock.now,
      backoff: exponentialBackoff({ baseMs: 1000, jitter: 0 }),
      ...opts,
    });
  }

  /** Write a payload to the outbox for each route, as the engine's recordAnalysis does. */
  async function enqueue(
    payload: OutboundPayload,
    routes: Route[] = ALL_ROUTES,
    store: Store = db.store,
  ): Promise<void> {
    const at = clock.now().toISOString();
    const eventKey = payload.type === 'digest' ? payload.periodKey : payload.alert.eventKey;
    const url = payload.type === 'digest' ? '' : payload.article.url;
    await store.enqueue(
      routes.map((r) => ({
        kind: payload.type,
        sink: r.sink,
        channel: r.channel,
        eventKey,
        idempotencyKey: idempotencyKey(payload.type, r.sink, r.channel, eventKey, url),
        payload,
        nextAttemptAt: at,
        createdAt: at,
      })),
    );
  }

  async function close(): Promise<void> {
    await Promise.all([slack.close(), discord.close()]);
    await db.cleanup();
  }

  return { clock, slack, discord, db, store: db.store, sinks, consoleLines, worker, enqueue, close };
}

export type DeliveryRig = Awaited<ReturnType<typeof deliveryRig>>;

/** A store whose process "dies" the moment it tries to record a delivery. */
export function killedBeforeRecording(store: Store): Store {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'markDelivered' || prop === 'markAllDelivered')
        return async () => {
          throw new Error('process killed before the delivery was recorded');
        };
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
