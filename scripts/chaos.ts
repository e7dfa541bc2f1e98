import { parseArgs } from 'node:util';
import { chaosLine, runChaos } from '../test/cluster/support/chaos-run.js';

/**
 * `npm run chaos`: two claimwatch instances against local feeds that keep publishing, one killed with SIGKILL at
 * random moments and restarted (at least 20 times), then the alerts Slack received are compared with the expected
 * set. Uses PostgreSQL when TEST_DATABASE_URL or CHAOS_DATABASE_URL is set, else a shared SQLite file.
 * Needs the built CLI (`npm run build`). Exit code 1 when anything was lost or sent twice.
 *
 *   npm run chaos -- [--kills 24] [--seed N] [--instances 2] [--feeds 3] [--every 300]
 */

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '24' },
    seed: { type: 'string' },
    instances: { type: 'string', default: '2' },
    feeds: { type: 'string', default: '3' },
    every: { type: 'string', default: '300' },
  },
});

const kills = Number(values.kills);
if (!Number.isInteger(kills) || kills < 1) throw new Error('--kills must be a positive whole number');

const result = await runChaos({
  kills,
  instances: Number(values.instances),
  feeds: Number(values.feeds),
  publishEveryMs: Number(values.every),
  ...(values.seed ? { seed: Number(values.seed) } : {}),
  log: (line) => console.log(line),
});

const t = result.tally;
console.log(`backend=${result.backend} (${result.where}, dropped) instances=${result.instances} seed=${result.seed}`);
console.log(
  `published=${result.published} expected_alerts=${t.expected} received=${t.received} unexpected=${t.unexpected} ` +
    `outbox_dead=${result.dead} outbox_pending=${result.pending} unanalysed=${result.unanalysed}`,
);
if (t.lostKeys.length) console.log(`lost: ${t.lostKeys.slice(0, 10).join('\n      ')}`);
if (t.duplicateKeys.length) console.log(`sent twice: ${t.duplicateKeys.slice(0, 10).join('\n            ')}`);
console.log(chaosLine(result));
process.exitCode = t.duplicates === 0 && t.lost === 0 ? 0 : 1;
