import { ConfigError } from '../../../errors.js';
import type { PlatformSetup, SetupDeps } from '../platform.js';
import type { DiscordConfig } from './config.js';

export interface DiscordDeployOptions {
  guild?: string;
  dryRun?: boolean;
}

/**
 * `claimwatch discord deploy [--guild ID] [--dry-run]`: register the command registry with Discord (one bulk
 * overwrite). Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID only: nothing is posted, so no channel is asked for.
 */
export async function discordDeployCommand(
  opts: DiscordDeployOptions,
  deps: SetupDeps<DiscordConfig>,
): Promise<number> {
  const { deployDiscordCommands, discordCommandPayload } = await import('./register.js');
  if (opts.dryRun) {
    deps.out(`${JSON.stringify(discordCommandPayload(deps.registry), null, 2)}\n`);
    return 0;
  }
  const cfg = deps.config();
  const missing = (['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const).filter((k) => !cfg[k]);
  if (missing.length) {
    throw new ConfigError('missing', `discord deploy needs ${missing.join(' and ')}`, {
      remedy:
        'Discord developer portal → your application: the Application ID is on General Information, ' +
        'the token under Bot → Reset Token; put them in .env',
    });
  }
  const [{ createDiscordRest }, { discordProblem }] = await Promise.all([
    import('./sink.js'),
    import('./deploy-errors.js'),
  ]);
  const rest = createDiscordRest({ token: cfg.DISCORD_TOKEN, apiUrl: cfg.DISCORD_API_URL, timeoutMs: 15_000 });
  try {
    const registered = await deployDiscordCommands({
      rest,
      applicationId: cfg.DISCORD_APPLICATION_ID!,
      registry: deps.registry,
      guildId: opts.guild,
    });
    const where = opts.guild
      ? `in server ${opts.guild} (at once)`
      : 'globally (new commands can take a while to show everywhere)';
    deps.out(`registered ${registered.length} commands ${where}: ${registered.map((c) => `/${c.name}`).join(' ')}\n`);
    return 0;
  } catch (err) {
    throw discordProblem(err, { applicationId: cfg.DISCORD_APPLICATION_ID!, guild: opts.guild });
  }
}

/** `claimwatch discord …`. */
export const discordSetup: PlatformSetup<DiscordConfig> = {
  description: 'Discord setup',
  commands: [
    {
      name: 'deploy',
      description: 'register the slash commands with Discord (DISCORD_TOKEN, DISCORD_APPLICATION_ID)',
      options: [
        { flags: '--guild <id>', description: 'register in one server only, instantly (for trying out)' },
        { flags: '--dry-run', description: 'print what would be registered, contact nothing' },
      ],
      run: (opts, deps) => discordDeployCommand(opts, deps),
    },
  ],
};
