import type { Logger } from 'pino';
import { PlatformApiError } from '../errors.js';
import { alertsOf, type OutboundPayload, type OutboxEntry, type Store } from '../store/store.js';
import { exponentialBackoff, type RetryPolicy } from './backoff.js';
import type { Sink } from './sink.js';

export interface DeliveryDeps {
  store: Store;
  sinks: readonly Sink[];
  log: Logger;
  /** Who holds the leases: unique per process (host:pid:random). */
  owner: string;
  now?: () => Date;
  /** Tries before an entry moves to the dead-letter state. */
  maxAttempts?: number;
  backoff?: RetryPolicy;
  /** How long a leased batch is ours; renewed when half has gone, so it must exceed the time to send one message. */
  leaseMs?: number;
  batchSize?: number;
  /** What to set so a platform posts ("slack" → "SLACK_BOT_TOKEN"), for the hint on an entry no sink can take. */
  unconfigured?: Readonly<Record<string, string>>;
  /** How many times a quiet extra source waits for its claim's thread before posting on its own. */
  sourceWaits?: number;
  sourceWaitMs?: number;
}

export interface DeliveryReport {
  /** Entries taken from the outbox this time. */
  leased: number;
  delivered: number;
  /** Failed this time, scheduled again. */
  retried: number;
  dead: number;
  /** Extra sources waiting for their alert's thread. */
  waiting: number;
}

export interface Delivery {
  /** Lease the entries that are due (one batch) and send them; resolves when this batch is done. */
  deliverDue(): Promise<DeliveryReport>;
  /** Batch after batch until nothing due is left or a batch makes no progress (`run --once`, shutdown). */
  deliverAll(maxBatches?: number): Promise<DeliveryReport>;
}

/** Thread roots a worker keeps in memory (the oldest is forgotten first). */
const MAX_REMEMBERED_THREADS = 10_000;

/**
 * Thread keys of a payload, one per event it carries. A new alert always goes to the channel itself and opens the
 * thread of each of its events; a later source of any of them (a syndicated copy) goes into that thread. A new event
 * about a claim already alerted is news in its own right, so it is never hidden in an older alert's thread.
 */
export function threadKeysFor(payload: OutboundPayload): string[] {
  if (payload.type === 'digest') return [];
  return alertsOf(payload).map((a) => `event:${a.eventKey}`);
}

/**
 * The outbox worker. Exactly-once rests on three things: the lease (no two workers hold an entry; renewed while a long
 * batch is sent), marking an entry delivered straight after the platform accepts it, and the platform-side
 * idempotency of each sink (Discord nonce, Slack metadata check) for the gap between the two.
 * Entries of one sink go out in order, so an alert opens the thread its events' later sources use;
 * different sinks proceed side by side. A store failure stops the batch: if we cannot record a
 * delivery we must not send more. The console is a local log with no platform behind it: its entries
 * of a batch are printed, then marked delivered in one write (a crash in between prints them again).
 */
export function createDelivery(deps: DeliveryDeps): Delivery {
  const {
    store,
    log,
    owner,
    maxAttempts = 8,
    backoff = exponentialBackoff(),
    leaseMs = 120_000,
    batchSize = 10,
  } = deps;
  const { sourceWaits = 3, sourceWaitMs = 20_000 } = deps;
  const now = deps.now ?? (() => new Date());
  const sinks = new Map(deps.sinks.map((s) => [s.name as string, s]));
  const iso = (offsetMs = 0) => new Date(now().getTime() + offsetMs).toISOString();

  /**
   * Thread roots this worker has read from the store, so a run of follow-ups about one claim reads it once instead of
   * once per message. A root, once stored, stays: only the rare race of two workers opening a claim's thread at the
   * same moment can replace it (last write wins), and that race splits the follow-ups either way. A thread not found
   * is not remembered: another worker may open it at any moment.
   */
  const threadRoots = new Map<string, string>();
  async function threadOf(sink: string, channel: string, threadKey: string): Promise<string | null> {
    const key = `${sink}\u0000${channel}\u0000${threadKey}`;
    const known = threadRoots.get(key);
    if (known !== undefined) return known;
    const root = await store.getThread(sink, channel, threadKey);
    if (root !== null) {
      if (threadRoots.size >= MAX_REMEMBERED_THREADS) threadRoots.delete(threadRoots.keys().next().value!);
      threadRoots.set(key, root);
    }
    return root;
  }

  type Outcome = 'delivered' | 'retried' | 'dead' | 'waiting' | 'rate-limited';

  async function fail(entry: OutboxEntry, err: PlatformApiError): Promise<Outcome> {
    const failures = entry.attempts + 1;
    const dead = err.code === 'invalid-message' || failures >= maxAttempts;
    const text = `${err.toString()}${dead ? ` — gave up after ${failures} attempt${failures === 1 ? '' : 's'}` : ''}`;
    await store.markAttemptFailed(entry.id, text, iso(dead ? 0 : backoff.delayMs(failures, err)), dead);
    const line = {
      outbox: entry.id,
      sink: entry.sink,
      channel: entry.channel,
      attempt: failures,
      err: err.toString(),
    };
    if (dead) log.error(line, 'delivery: gave up; the message is in the dead-letter list (see /status)');
    else log.warn(line, 'delivery: failed, will retry');
    return dead ? 'dead' : err.code === 'rate-limited' ? 'rate-limited' : 'retried';
  }

  /** `printed`: where the console's entries go once written, to be marked delivered together (see deliverDue). */
  async function deliverOne(entry: OutboxEntry, printed: number[]): Promise<Outcome> {
    const sink = sinks.get(entry.sink);
    if (!sink) {
      const token = deps.unconfigured?.[entry.sink] ?? `the ${entry.sink} settings`;
      return fail(
        entry,
        new PlatformApiError('no-sink', `no ${entry.sink} sink is configured`, {
          remedy: `set ${token} to deliver it; otherwise it ends in the dead-letter list`,
        }),
      );
    }
    const threadKeys = sink.local ? [] : threadKeysFor(entry.payload);
    let threadId: string | null = null;
    if (entry.payload.type === 'source') {
      for (const key of threadKeys) if ((threadId = await threadOf(entry.sink, entry.channel, key))) break;
      if (threadKeys.length && !threadId && entry.attempts < sourceWaits) {
        // The alert this source belongs to has not opened its thread yet (still pending or retrying).
        await store.markAttemptFailed(
          entry.id,
          'waiting for the alert about this event to open its thread',
          iso(sourceWaitMs),
          false,
        );
        return 'waiting';
      }
    }
    let result;
    try {
      result = await sink.send({ entry, threadId });
    } catch (err) {
      return fail(
        entry,
        err instanceof PlatformApiError
          ? err
          : new PlatformApiError('unexpected', String((err as Error)?.message ?? err), { cause: err }),
      );
    }
    if (sink.local) {
      printed.push(entry.id);
      return 'delivered';
    }
    await store.markDelivered(entry.id, result.remoteId, iso());
    if (entry.payload.type === 'alert' && result.threadRoot) {
      // An event already carried by another alert message keeps that message's thread.
      for (const key of threadKeys)
        if (!(await store.getThread(entry.sink, entry.channel, key)))
          await store.setThread(entry.sink, entry.channel, key, result.threadRoot);
    }
    log.info(
      { outbox: entry.id, sink: entry.sink, channel: entry.channel, remoteId: result.remoteId, kind: entry.kind },
      'delivery: sent',
    );
    return 'delivered';
  }

  async function deliverDue(): Promise<DeliveryReport> {
    const startedAt = now().getTime();
    const entries = await store.leaseOutbox(iso(), owner, leaseMs, batchSize);
    const report: DeliveryReport = { leased: entries.length, delivered: 0, retried: 0, dead: 0, waiting: 0 };
    let storeFailure: unknown = null;
    const bySink = new Map<string, OutboxEntry[]>();
    for (const e of entries) bySink.set(e.sink, [...(bySink.get(e.sink) ?? []), e]);

    await Promise.all(
      [...bySink.values()].map(async (leased) => {
        let queue = leased;
        const printed: number[] = [];
        let heldFrom = startedAt;
        try {
          while (queue.length && !storeFailure) {
            try {
              if (now().getTime() - heldFrom > leaseMs / 2) {
                // Half the lease gone: renew what this queue still holds before sending more, so no other worker
                // can take an entry over while it is being sent. An entry already taken over (after a stall) is
                // left to it.
                heldFrom = now().getTime();
                const kept = new Set(
                  await store.renewOutboxLeases(
                    [...printed, ...queue.map((e) => e.id)],
                    owner,
                    new Date(heldFrom).toISOString(),
                    leaseMs,
                  ),
                );
                const lost = queue.filter((e) => !kept.has(e.id));
                if (lost.length)
                  log.warn(
                    { sink: lost[0]!.sink, outbox: lost.map((e) => e.id) },
                    'delivery: the batch outran its lease; entries another worker took over are left to it',
                  );
                queue = queue.filter((e) => kept.has(e.id));
                continue;
              }
              const outcome = await deliverOne(queue.shift()!, printed);
              if (outcome === 'rate-limited') {
                report.retried++;
                return;
              } // the rest of this sink waits for its lease to lapse
              report[outcome]++;
            } catch (err) {
              storeFailure ??= err;
            }
          }
        } finally {
          if (printed.length)
            await store.markAllDelivered(printed, iso()).catch((err: unknown) => {
              storeFailure ??= err;
            });
        }
      }),
    );
    if (storeFailure) throw storeFailure;
    return report;
  }

  return {
    deliverDue,
    async deliverAll(maxBatches = 50) {
      const total: DeliveryReport = { leased: 0, delivered: 0, retried: 0, dead: 0, waiting: 0 };
      for (let i = 0; i < maxBatches; i++) {
        const r = await deliverDue();
        for (const k of Object.keys(total) as Array<keyof DeliveryReport>) total[k] += r[k];
        if (r.leased < batchSize || r.delivered + r.dead === 0) break;
      }
      return total;
    },
  };
}

/**
 * Run `deliverDue` every `everyMs` (never two at once) until `stop()`. Errors are logged and the
 * loop goes on: the next tick retries whatever is still pending.
 */
export function startDeliveryLoop(
  delivery: Delivery,
  opts: { everyMs: number; log: Logger },
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    running = delivery
      .deliverDue()
      .catch((err: unknown) => opts.log.error({ err }, 'delivery: batch failed; will try again'))
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(tick, opts.everyMs);
  timer.unref?.();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
