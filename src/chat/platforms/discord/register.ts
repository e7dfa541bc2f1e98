import type { REST } from '@discordjs/rest';
import type { Command } from '../../command.js';

/**
 * The registry as Discord application commands: CHAT_INPUT commands with STRING options.
 * https://discord.com/developers/docs/interactions/application-commands#application-command-object
 */

const CHAT_INPUT = 1;
const STRING = 3;

export interface DiscordCommandPayload {
  type: typeof CHAT_INPUT;
  name: string;
  description: string;
  options: Array<{
    type: typeof STRING;
    name: string;
    description: string;
    required: boolean;
    choices?: Array<{ name: string; value: string }>;
    autocomplete?: boolean;
  }>;
}

/** The body of the bulk overwrite. Throws on what Discord would refuse, naming the command. */
export function discordCommandPayload(registry: readonly Command[]): DiscordCommandPayload[] {
  return registry.map(({ definition: d }) => {
    if (!/^[-_\p{L}\p{N}]{1,32}$/u.test(d.name) || d.name !== d.name.toLowerCase())
      throw new Error(`/${d.name}: Discord command names are 1-32 lower-case letters, digits, - or _`);
    if (d.description.length < 1 || d.description.length > 100)
      throw new Error(`/${d.name}: Discord descriptions are 1-100 characters`);
    const firstOptional = d.options.findIndex((o) => !o.required);
    if (firstOptional >= 0 && d.options.slice(firstOptional).some((o) => o.required))
      throw new Error(`/${d.name}: Discord needs required options before optional ones`);
    return {
      type: CHAT_INPUT,
      name: d.name,
      description: d.description,
      options: d.options.map((o) => {
        if (o.choices && o.autocomplete)
          throw new Error(`/${d.name} ${o.name}: Discord options have either choices or autocomplete, not both`);
        return {
          type: STRING,
          name: o.name,
          description: o.description,
          required: o.required,
          ...(o.choices ? { choices: o.choices.map((c) => ({ name: c, value: c })) } : {}),
          ...(o.autocomplete ? { autocomplete: true } : {}),
        };
      }),
    };
  });
}

/**
 * Replace the application's commands with the registry (PUT, bulk overwrite): commands removed
 * from the registry disappear from Discord too. With a guild id the change is instant in that
 * server, which is handy while testing; global commands can take a while to show everywhere.
 * https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
export async function deployDiscordCommands(opts: {
  rest: REST;
  applicationId: string;
  registry: readonly Command[];
  guildId?: string | undefined;
}): Promise<Array<{ id: string; name: string }>> {
  const route = opts.guildId
    ? (`/applications/${opts.applicationId}/guilds/${opts.guildId}/commands` as const)
    : (`/applications/${opts.applicationId}/commands` as const);
  return (await opts.rest.put(route, { body: discordCommandPayload(opts.registry) })) as Array<{
    id: string;
    name: string;
  }>;
}
