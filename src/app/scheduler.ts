import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';

/**
 * Cron jobs that never overlap themselves: a tick that finds the previous run still going is skipped and
 * logged; an error is logged and contained; `stop()` waits for the run in hand.
 */
export interface Job {
  name: string;
  cron: string;
  run: (tick: Tick) => Promise<unknown>;
}

export interface Tick {
  /**
   * The time the cron schedule fired for (whole seconds, the same on every instance with the same schedule), or null
   * when the job was run by hand (`trigger` without a time, e.g. at start-up).
   */
  scheduledAt: Date | null;
}

export interface Scheduler {
  /** Run a job now (same overlap rule as a tick), as if for `scheduledAt` when given. Resolves false when skipped. */
  trigger(name: string, scheduledAt?: Date): Promise<boolean>;
  stop(): Promise<void>;
}

/** node-cron's own messages go through our logger, not the console. */
function cronLogger(log: Logger) {
  return {
    info: (m: string) => log.debug({ source: 'node-cron' }, m),
    warn: (m: string) => log.warn({ source: 'node-cron' }, m),
    error: (m: string | Error, err?: Error) => log.error({ source: 'node-cron', err: err ?? m }, String(m)),
    debug: (m: string | Error) => log.trace({ source: 'node-cron' }, String(m)),
  };
}

export function createScheduler(jobs: Job[], opts: { timezone: string; log: Logger; start?: boolean }): Scheduler {
  const running = new Map<string, Promise<unknown>>();
  const tasks: ScheduledTask[] = [];
  cron.setLogger(cronLogger(opts.log));

  async function trigger(name: string, scheduledAt?: Date): Promise<boolean> {
    const job = jobs.find((j) => j.name === name);
    if (!job) throw new Error(`unknown job ${name}`);
    if (running.has(name)) {
      opts.log.warn({ job: name }, 'previous run still in progress: this tick is skipped');
      return false;
    }
    const started = Date.now();
    const p = job.run({ scheduledAt: scheduledAt ?? null }).then(
      () => opts.log.debug({ job: name, ms: Date.now() - started }, 'job finished'),
      (err: unknown) => opts.log.error({ job: name, err }, 'job failed; the next tick will try again'),
    );
    running.set(name, p);
    try {
      await p;
    } finally {
      running.delete(name);
    }
    return true;
  }

  if (opts.start !== false) {
    for (const job of jobs) {
      if (!cron.validate(job.cron)) throw new Error(`invalid cron expression for ${job.name}: ${job.cron}`);
      tasks.push(
        cron.schedule(job.cron, (ctx) => void trigger(job.name, ctx.date), {
          timezone: opts.timezone,
          name: job.name,
          logger: cronLogger(opts.log),
        }),
      );
    }
  }

  return {
    trigger,
    async stop() {
      await Promise.all(tasks.map((t) => t.stop()));
      await Promise.allSettled([...running.values()]);
    },
  };
}
