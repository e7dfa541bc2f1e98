/**
 * npm run discord:deploy -- [--guild GUILD_ID] [--dry-run]
 *
 * Registers the command registry with Discord (bulk overwrite), using DISCORD_TOKEN and
 * DISCORD_APPLICATION_ID from the environment (.env). --guild registers in one server instantly
 * (for trying things out); without it the commands are global. --dry-run prints the payload only.
 */
import { parseArgs } from 'node:util';
import { REST } from '@discordjs/rest';
import { commands } from '../commands/index.js';
import { loadConfig } from '../src/app/config.js';
import { deployDiscordCommands, discordCommandPayload } from '../src/chat/discord/register.js';

const { values } = parseArgs({ options: { guild: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });

if (values['dry-run']) {
  console.log(JSON.stringify(discordCommandPayload(commands), null, 2));
  process.exit(0);
}
const config = loadConfig();
if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
  console.error('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (Discord developer portal → your application).');
  process.exit(2);
}
// A one-off script may simply wait out a rate limit, so this REST keeps its default behaviour.
const rest = new REST({ version: '10', ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}) }).setToken(config.DISCORD_TOKEN);
const registered = await deployDiscordCommands({ rest, applicationId: config.DISCORD_APPLICATION_ID, registry: commands, guildId: values.guild });
console.log(`Registered ${registered.length} commands${values.guild ? ` in guild ${values.guild}` : ' globally'}: ${registered.map((c) => `/${c.name}`).join(' ')}`);
