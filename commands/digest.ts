import type { CommandArgs, CommandContext, CommandDefinition, Reply } from '../src/chat/command.js';

/** /digest — this week's digest. */
export const definition: CommandDefinition = {
  name: 'digest',
  description: 'This week’s digest: new denials, contradictions and claims, with their sources',
  options: [],
};

export async function run(ctx: CommandContext, _args: CommandArgs): Promise<Reply> {
  if (!ctx.digest) {
    // Allowed only while the digest issue is open; it replaces this with the real digest.
    return {
      text: 'The weekly digest is not built yet. Until it is, /claims and /status show where things stand.',
      ephemeral: true,
    };
  }
  const digest = await ctx.digest();
  return typeof digest === 'string' ? { text: digest } : digest;
}
