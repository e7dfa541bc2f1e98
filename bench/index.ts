import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runPollBench } from './poll.js';
import { runLatencyBench } from './latency.js';
import { runPollInstancesBench } from './poll-instances.js';

/**
 * `npm run bench`: the benchmarks, one after another, each printing a table and `key=value` lines.
 * Benches print figures; they never fail on a missed target. `--only NAME[,NAME]` runs a subset.
 *
 * To add one, export `run…Bench(): Promise<unknown>` from its file and list it below.
 */

interface Benchmark {
  name: string;
  what: string;
  run: () => Promise<unknown>;
}

const BENCHMARKS: Benchmark[] = [
  {
    name: 'engine',
    what: 'pure claim engine, articles/s for 100, 1,000 and 10,000 claims vs bare tokenisation (compiled JS)',
    run: async () => runCompiled('engine'),
  },
  {
    name: 'stance-judge',
    what: 'the claim engine with the rule and the learned stance judge, articles/s with 1,000 claims (compiled JS)',
    run: async () => runCompiled('stance-judge'),
  },
  {
    name: 'poll',
    what: 'one poll cycle over 2,000 local feeds (mostly 304s): cycle time and peak RSS',
    run: () => runPollBench(),
  },
  {
    name: 'poll-instances',
    what: 'one poll cycle over 1,000 slow local feeds (100 ms answers), one vs two instances (needs npm run build)',
    run: () => runPollInstancesBench(),
  },
  {
    name: 'latency',
    what: 'published → alert at a fake Slack: latency and alerts/min, one vs two instances (needs npm run build)',
    run: () => runLatencyBench(),
  },
];

/**
 * The engine is measured as production runs it: compiled by tsc (`npm run bench` compiles bench/tsconfig.json
 * into dist/bench-build first), in a process of its own. Under tsx, esbuild's keep-names wrapper turns every
 * closure created in a hot loop into a defineProperty call, which is not the code claimwatch ships.
 */
function runCompiled(name: string): void {
  const entry = `dist/bench-build/bench/${name}.js`;
  if (!existsSync(entry)) {
    console.error(`${entry} is missing: run \`npx tsc -p bench/tsconfig.json\` first (npm run bench does)`);
    process.exitCode = 2;
    return;
  }
  const r = spawnSync(process.execPath, [entry], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}

function selected(only: string[] | undefined): Benchmark[] {
  if (!only?.length) return BENCHMARKS;
  const names = only
    .flatMap((o) => o.split(','))
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
  if (unknown.length) {
    console.error(`unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
    process.exit(2);
  }
  return BENCHMARKS.filter((b) => names.includes(b.name));
}

const { values } = parseArgs({ options: { only: { type: 'string', multiple: true }, list: { type: 'boolean' } } });
if (values.list) {
  for (const b of BENCHMARKS) console.log(`${b.name.padEnd(10)} ${b.what}`);
} else {
  for (const b of selected(values.only)) {
    const t0 = performance.now();
    console.log(`== ${b.name}: ${b.what}`);
    await b.run();
    console.log(`== ${b.name} took ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
}
