import type { Io } from '../../cli.js';
import { runBot, type RunOptions } from '../main.js';

/** `claimwatch run [--once] [--demo] [--backfill]` */
export async function runCommand(opts: RunOptions, io: Io): Promise<number> {
  return runBot(opts, {
    env: io.env,
    out: { write: (s: string) => io.out(s) },
    ...(io.envFile ? { envFile: io.envFile } : {}),
  });
}
