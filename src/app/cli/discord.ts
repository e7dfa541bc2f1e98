import type { Io } from '../../cli.js';
import { ConfigError } from '../../errors.js';
import { commands } from '../../../commands/index.js';
import { deployDiscordCommands, discordCommandPayload } from '../../chat/platforms/discord/register.js';
import { createDiscordRest } from '../../chat/platforms/discord/sink.js';
import { loadConfig } from '../config.js';
import { discordProblem } from './platform-errors.js';

export interface DiscordDeployOptions {
  guild?: string;
  dryRun?: boolean;
}

/**
 * `claimwatch discord deploy [--guild ID] [--dry-run]`: register the command registry with Discord (one bulk
 * overwrite). Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID only: nothing is posted, so no channel is asked for.
 */
export async function discordDeployCommand(opts: DiscordDeployOptions, io: Io): Promise<number> {
  if (opts.dryRun) {
    io.out(`${JSON.stringify(discordCommandPayload(commands), null, 2)}\n`);
    return 0;
  }
  const cfg = loadConfig(io.env, { posting: false });
  const missing = (['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const).filter((k) => !cfg[k]);
  if (missing.length) {
    throw new ConfigError('missing', `discord deploy needs ${missing.join(' and ')}`, {
      remedy:
        'Discord developer portal → your application: the Application ID is on General Information, ' +
        'the token under Bot → Reset Token; put them in .env',
    });
  }
  const rest = createDiscordRest({ token: cfg.DISCORD_TOKEN, apiUrl: cfg.DISCORD_API_URL, timeoutMs: 15_000 });
  try {
    const registered = await deployDiscordCommands({
      rest,
      applicationId: cfg.DISCORD_APPLICATION_ID!,
      registry: commands,
      guildId: opts.guild,
    });
    const where = opts.guild
      ? `in server ${opts.guild} (at once)`
      : 'globally (new commands can take a while to show everywhere)';
    io.out(`registered ${registered.length} commands ${where}: ${registered.map((c) => `/${c.name}`).join(' ')}\n`);
    return 0;
  } catch (err) {
    throw discordProblem(err, { applicationId: cfg.DISCORD_APPLICATION_ID!, guild: opts.guild });
  }
}
