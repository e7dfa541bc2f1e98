import { usage } from '../src/chat/args.js';
import type { CommandArgs, CommandContext, CommandDefinition, Reply } from '../src/chat/command.js';
import { commands } from './index.js';

/** /help — every command, how to call it and what it answers. */
export const definition: CommandDefinition = {
  name: 'help',
  description: 'What each command does and how to call it',
  options: [],
  ephemeral: true,
};

// The registry is read when help runs, not when this module loads (index.ts imports this file).
export async function run(_ctx: CommandContext, _args: CommandArgs): Promise<Reply> {
  const lines = commands
    .filter((c) => c.definition.name !== definition.name)
    .map(({ definition: d }) => `${usage(d)} — ${d.description}`);
  return {
    text:
      `${lines.length} commands: ` +
      'the story’s claims, speakers and sources, the weekly digest, feeds and the bot’s health',
    blocks: [{ heading: 'Commands', lines }],
    ephemeral: true,
  };
}
