import { claimStatus, findClaims, statusLine } from '../src/chat/claim-status.js';
import type { CommandArgs, CommandContext, CommandDefinition, Reply } from '../src/chat/command.js';
import { plural } from '../src/chat/format.js';

/** /claims [query] — the story's claims and where each stands. */
export const definition: CommandDefinition = {
  name: 'claims',
  description: 'List the story’s claims with who asserts, who denies and which values are contested',
  options: [
    { name: 'query', description: 'Words to look for (leave empty for all claims)', type: 'string', required: false },
  ],
};

const MAX_SHOWN = 15;

export async function run(ctx: CommandContext, args: CommandArgs): Promise<Reply> {
  const query = args.query ?? '';
  const matches = findClaims(ctx.claimSet, query);
  if (!matches.length) {
    return {
      text: `No claim matches “${query}”. Try fewer words, or /claims on its own to see them all.`,
      ephemeral: true,
    };
  }
  const [positions, values] = await Promise.all([ctx.store.positions({}), ctx.store.values({})]);
  const shown = matches.slice(0, MAX_SHOWN);
  const blocks = shown.map((claim) => {
    const status = claimStatus(ctx.claimSet, claim.id, { positions, values })!;
    return { heading: claim.id, lines: [claim.text, statusLine(status)] };
  });
  const more = matches.length > shown.length ? ` (showing ${shown.length}; add words to narrow it down)` : '';
  const head = query
    ? `${plural(matches.length, 'claim')} match “${query}”${more}`
    : `${plural(matches.length, 'claim')} in ${ctx.claimSet.story.title}${more}`;
  return { text: head, blocks };
}
