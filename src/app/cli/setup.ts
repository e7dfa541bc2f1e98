import type { Io } from '../../cli.js';
import type { SetupCommand } from '../../chat/platforms/index.js';
import { commands } from '../../../commands/index.js';
import { loadConfig, type Config } from '../config.js';

/**
 * A platform's setup subcommand (`claimwatch slack manifest`, `claimwatch discord deploy`), given the slash-command
 * registry, the CLI's output and the configuration read for a command that posts nothing.
 */
export async function setupCommand(
  command: SetupCommand<Config>,
  opts: Record<string, unknown>,
  io: Io,
): Promise<number> {
  return command.run(opts, { registry: commands, out: io.out, config: () => loadConfig(io.env, { posting: false }) });
}
