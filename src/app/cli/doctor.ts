import type { Io } from '../../cli.js';
import { formatCheck } from '../doctor-checks.js';
import { runDoctor } from '../doctor.js';

/** `claimwatch doctor`: one line per check, with the fix for each failure; exit 1 when anything failed. */
export async function doctorCommand(io: Io): Promise<number> {
  const healthy = await runDoctor(io.env, (c) => io.out(`${formatCheck(c)}\n`));
  io.out(
    healthy ? 'all checks passed\n' : 'some checks failed: see the fixes above, then run claimwatch doctor again\n',
  );
  return healthy ? 0 : 1;
}
