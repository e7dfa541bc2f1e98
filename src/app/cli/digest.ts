import type { Io } from '../../cli.js';

/** `claimwatch digest` — the weekly digest is built in the digest issue; until then it says so plainly. */
export async function digestCommand(_opts: { since?: string; until?: string; chart?: string; post?: boolean }, io: Io): Promise<number> {
  io.err('claimwatch: the weekly digest is not built yet (tracked in the digest issue)\n');
  return 1;
}
