import type { Logger } from 'pino';

/**
 * Work that arrives in bursts and is shared through the store (articles to analyse, messages to deliver): `wake()`
 * starts a run that takes one batch after another until a batch comes back empty, so an instance keeps going while
 * work is due instead of waiting for the next cron tick. Never two runs at once: a wake during a run asks it for one
 * more pass. A failed batch is logged and ends the run; the next wake tries again. With `everyMs` the loop also
 * wakes itself that often, to find work no wake announced: batches another instance stored, retries that came due,
 * leases that ran out.
 */
export interface WorkLoop {
  /** Start a run now, or have the running one look again once it is done. */
  wake(): void;
  /** Wake, then resolve once the loop is idle (nothing left, or stopped). */
  drain(): Promise<void>;
  /** No new runs; resolves once the batch in hand is done. */
  stop(): Promise<void>;
}

/** `step` takes one batch and resolves with how many items it took (0: nothing left). */
export function createWorkLoop(opts: {
  name: string;
  step: () => Promise<number>;
  log: Logger;
  everyMs?: number;
}): WorkLoop {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const timer = opts.everyMs ? setInterval(() => wake(), opts.everyMs) : null;
  timer?.unref();

  async function run(): Promise<void> {
    do {
      again = false;
      try {
        while (!stopped && (await opts.step()) > 0);
      } catch (err) {
        opts.log.error({ loop: opts.name, err }, `${opts.name}: batch failed; will try again on the next wake`);
        return;
      }
    } while (again && !stopped);
  }

  function wake(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => {
      running = null;
    });
  }

  return {
    wake,
    async drain() {
      wake();
      await running;
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
