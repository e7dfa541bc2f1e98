/**
 * How many cases each fuzz property tries: a few dozen in `npm test`, as many as FUZZ_RUNS says for a longer hunt
 * (`FUZZ_RUNS=2000 npx vitest run test/fuzz`). FUZZ_SEED replays a failing run fast-check reported.
 */
export function fuzzRuns(inTestSuite: number): { numRuns: number; seed?: number } {
  const runs = Number(process.env.FUZZ_RUNS);
  const seed = Number(process.env.FUZZ_SEED);
  return {
    numRuns: Number.isInteger(runs) && runs > 0 ? runs : inTestSuite,
    ...(Number.isInteger(seed) ? { seed } : {}),
  };
}

/** Long hunts need long timeouts; the default suite stays within vitest's usual few seconds per property. */
export function fuzzTimeoutMs(inTestSuite: number, perRunMs = 1_000): number {
  const runs = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? Math.max(inTestSuite, runs * perRunMs) : inTestSuite;
}

/** Collects unhandled rejections while a property runs: one is a crash the property must not allow. */
export function watchUnhandled(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const on = (err: unknown) => void errors.push(err);
  process.on('unhandledRejection', on);
  process.on('uncaughtException', on);
  return {
    errors,
    stop() {
      process.off('unhandledRejection', on);
      process.off('uncaughtException', on);
    },
  };
}
