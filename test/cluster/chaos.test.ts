import { describe, expect, it } from 'vitest';
import { chaosLine, runChaos, type ChaosResult } from './support/chaos-run.js';
import { postgresFromEnv } from './support/database.js';

/**
 * The short chaos run (`npm run chaos` is the long one): two instances, an outlet that keeps publishing, three
 * SIGKILLs at random moments, each followed by a restart. On PostgreSQL when TEST_DATABASE_URL is set, else on a
 * shared SQLite file (WAL, busy timeout), which two processes may share. Needs the built CLI (`npm test` builds).
 */

const backend = postgresFromEnv() ? 'PostgreSQL' : 'a shared SQLite file';

describe(`crashes on ${backend}`, () => {
  it('three crashes of a running instance lose no alert and send none twice', async () => {
    const lines: string[] = [];
    const result: ChaosResult = await runChaos({
      kills: 3,
      instances: 2,
      feeds: 2,
      publishEveryMs: 300,
      killGap: [1_500, 3_500],
      drainTimeoutMs: 45_000,
      settleMs: 3_000,
      log: (l) => lines.push(l),
    });
    lines.push(chaosLine(result));
    const story =
      `${lines.join('\n')}\nlost: ${result.tally.lostKeys.join(', ')}\n` +
      `sent twice: ${result.tally.duplicateKeys.join(', ')}\n` +
      '(a killed instance keeps its feed and outbox leases until they run out: ' +
      'the bot must honour FEED_LEASE_MS / OUTBOX_LEASE_MS)';
    expect(result.kills).toBe(3);
    expect(result.published, story).toBeGreaterThan(10);
    expect(
      { duplicates: result.tally.duplicates, lost: result.tally.lost, unexpected: result.tally.unexpected },
      story,
    ).toEqual({ duplicates: 0, lost: 0, unexpected: 0 });
    expect({ dead: result.dead, pending: result.pending, unanalysed: result.unanalysed }, story).toEqual({
      dead: 0,
      pending: 0,
      unanalysed: 0,
    });
  }, 120_000);
});
