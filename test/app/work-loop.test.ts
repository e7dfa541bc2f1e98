import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createWorkLoop } from '../../src/app/work-loop.js';

const log = pino({ level: 'silent' });

/**
 * A queue of batches the loop takes one at a time, as a store would hand them out. `holdNext()` makes the next step
 * read the queue and then wait for `letGo()` before answering, like a query that returns while other work arrives.
 */
function queueOf(batches: number[]) {
  const taken: number[] = [];
  let release: (() => void) | null = null;
  let hold = false;
  let reading: (() => void) | null = null;
  const waiting: Array<[number, () => void]> = [];
  return {
    batches,
    taken,
    holdNext() {
      hold = true;
      return new Promise<void>((r) => (reading = r));
    },
    letGo() {
      hold = false;
      release?.();
    },
    /** Resolves once a batch of `n` has been taken. */
    taking(n: number) {
      return new Promise<void>((r) => waiting.push([n, r]));
    },
    async step(): Promise<number> {
      const n = batches.shift() ?? 0;
      if (hold) {
        reading?.();
        await new Promise<void>((r) => (release = r));
      }
      taken.push(n);
      for (const [want, resolve] of waiting) if (want === n) resolve();
      return n;
    },
  };
}

describe('a work loop', () => {
  it('takes batch after batch while work is due, and stops at the first empty one', async () => {
    const q = queueOf([10, 10, 3]);
    const loop = createWorkLoop({ name: 'analysis', log, step: () => q.step() });
    await loop.drain();
    expect(q.taken).toEqual([10, 10, 3, 0]);
    await loop.stop();
  });

  it('looks once more when woken during a run, so work stored meanwhile is not left for the next tick', async () => {
    const q = queueOf([]);
    const loop = createWorkLoop({ name: 'delivery', log, step: () => q.step() });
    const read = q.holdNext();
    loop.wake();
    await read; // the loop has found the queue empty and is about to go idle...
    q.batches.push(7); // ...when another unit stores work and wakes it
    loop.wake();
    const tookIt = q.taking(7);
    q.letGo();
    await tookIt; // by the run already going, with no further wake
    expect(q.taken.slice(0, 2)).toEqual([0, 7]);
    await loop.stop();
  });

  it('finishes the batch in hand when stopped, then takes no more', async () => {
    const q = queueOf([4, 4, 4]);
    const loop = createWorkLoop({ name: 'analysis', log, step: () => q.step() });
    const read = q.holdNext();
    loop.wake();
    await read;
    const stopped = loop.stop();
    q.letGo();
    await stopped;
    expect(q.taken).toEqual([4]);
    loop.wake();
    await loop.drain();
    expect(q.taken).toEqual([4]);
  });

  it('logs a failed batch and tries again on the next wake', async () => {
    const errors: string[] = [];
    const recording = pino({ level: 'error' }, { write: (line: string) => void errors.push(JSON.parse(line).msg) });
    let calls = 0;
    const loop = createWorkLoop({
      name: 'delivery',
      log: recording,
      step: async () => {
        calls++;
        if (calls === 1) throw new Error('database unavailable');
        return 0;
      },
    });
    await loop.drain();
    expect(errors).toEqual(['delivery: batch failed; will try again on the next wake']);
    await loop.drain();
    expect(calls).toBe(2);
    await loop.stop();
  });
});
