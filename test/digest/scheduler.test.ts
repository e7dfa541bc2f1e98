import { afterEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createScheduler, type Scheduler } from '../../src/app/scheduler.js';
import { digestJob } from '../../src/app/digest.js';
import { storyClaims, tempStore } from './support.js';

/** The schedules that drive the bot: a job never overlaps itself, a failure stays in its tick, shutdown waits. */

interface LogLine {
  level: number;
  msg: string;
  job?: string;
  err?: { message?: string };
  source?: string;
}

/** A pino logger writing JSON lines into memory, so the test reads what an operator would see. */
function memoryLog() {
  const lines: LogLine[] = [];
  const log = pino({ level: 'trace' }, { write: (s: string) => void lines.push(JSON.parse(s) as LogLine) });
  return { log, lines };
}

function deferred() {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return { done, release };
}

const tick = () => new Promise((r) => setTimeout(r, 10));

let scheduler: Scheduler | null = null;
afterEach(async () => {
  await scheduler?.stop();
  scheduler = null;
});

describe('the scheduler', () => {
  it('skips a poll tick while the previous poll is still running, and says so in the log', async () => {
    const { log, lines } = memoryLog();
    const gate = deferred();
    let runs = 0;
    scheduler = createScheduler(
      [
        {
          name: 'poll',
          cron: '*/5 * * * *',
          run: async () => {
            runs++;
            await gate.done;
          },
        },
      ],
      { timezone: 'UTC', log, start: false },
    );
    const first = scheduler.trigger('poll');
    await tick();
    await expect(scheduler.trigger('poll')).resolves.toBe(false);
    expect(runs).toBe(1);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 40,
        job: 'poll',
        msg: 'previous run still in progress: this tick is skipped',
      }),
    );
    gate.release();
    await expect(first).resolves.toBe(true);
    await expect(scheduler.trigger('poll')).resolves.toBe(true);
    expect(runs).toBe(2);
  });

  it('logs a failing job and keeps the schedule going', async () => {
    const { log, lines } = memoryLog();
    let runs = 0;
    scheduler = createScheduler(
      [
        {
          name: 'poll',
          cron: '*/5 * * * *',
          run: async () => {
            runs++;
            if (runs === 1) throw new Error('feed store unavailable');
          },
        },
      ],
      { timezone: 'UTC', log, start: false },
    );
    await expect(scheduler.trigger('poll')).resolves.toBe(true);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 50,
        job: 'poll',
        msg: 'job failed; the next tick will try again',
        err: expect.objectContaining({ message: 'feed store unavailable' }),
      }),
    );
    await expect(scheduler.trigger('poll')).resolves.toBe(true);
    expect(runs).toBe(2);
  });

  it('waits for the job in hand before shutting down', async () => {
    const { log } = memoryLog();
    const gate = deferred();
    let finished = false;
    scheduler = createScheduler(
      [
        {
          name: 'digest',
          cron: '0 9 * * 1',
          run: async () => {
            await gate.done;
            finished = true;
          },
        },
      ],
      { timezone: 'Europe/Istanbul', log, start: false },
    );
    void scheduler.trigger('digest');
    await tick();
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await tick();
    expect(stopped).toBe(false);
    gate.release();
    await stopping;
    expect(finished).toBe(true);
    scheduler = null;
  });

  it('skips real cron ticks that arrive while a slow run is going on', async () => {
    const { log, lines } = memoryLog();
    const gate = deferred();
    let runs = 0;
    scheduler = createScheduler(
      [
        {
          name: 'poll',
          cron: '* * * * * *',
          run: async () => {
            runs++;
            await gate.done;
          },
        },
      ],
      { timezone: 'UTC', log },
    );
    const deadline = Date.now() + 5_000;
    while (!lines.some((l) => l.msg.includes('this tick is skipped')) && Date.now() < deadline) await tick();
    expect(lines.some((l) => l.level === 40 && l.job === 'poll' && l.msg.includes('this tick is skipped'))).toBe(
      true,
    );
    expect(runs).toBe(1);
    gate.release();
  }, 10_000);

  it('tells a job the second its tick was due (the same on every instance), and null when run by hand', async () => {
    const { log } = memoryLog();
    const ticks: Array<Date | null> = [];
    scheduler = createScheduler(
      [{ name: 'poll', cron: '* * * * * *', run: async ({ scheduledAt }) => void ticks.push(scheduledAt) }],
      { timezone: 'UTC', log },
    );
    await scheduler.trigger('poll');
    const deadline = Date.now() + 5_000;
    while (ticks.length < 2 && Date.now() < deadline) await tick();
    const [byHand, scheduled] = ticks;
    expect(byHand).toBeNull();
    expect(scheduled).toBeInstanceOf(Date);
    expect(scheduled!.getUTCMilliseconds()).toBe(0);
    expect(Math.abs(Date.now() - scheduled!.getTime())).toBeLessThan(3_000);
  }, 10_000);

  it('posts the Monday digest once even when the job fires twice', async () => {
    const db = await tempStore();
    try {
      const { log, lines } = memoryLog();
      const config = {
        TZ: 'Europe/Istanbul',
        DATABASE_URL: db.url,
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_ALERT_CHANNEL: 'C-DESK',
      } as const;
      const run = digestJob({
        store: db.store,
        claimSet: await storyClaims(),
        config,
        now: () => new Date('2025-10-27T06:00:00Z'),
        log,
      });
      scheduler = createScheduler([{ name: 'digest', cron: '0 9 * * 1', run }], {
        timezone: config.TZ,
        log,
        start: false,
      });
      await scheduler.trigger('digest');
      await scheduler.trigger('digest');
      expect((await db.store.outboxStats()).pending).toBe(2);
      const queued = lines.filter((l) => l.msg === 'digest queued') as Array<
        LogLine & { posted: string[]; alreadyPosted: string[]; period: string }
      >;
      expect(queued.map((l) => [l.period, l.posted, l.alreadyPosted])).toEqual([
        ['2025-W43', ['console', 'slack C-DESK'], []],
        ['2025-W43', [], ['console', 'slack C-DESK']],
      ]);
    } finally {
      await scheduler?.stop();
      scheduler = null;
      await db.close();
    }
  });
});
