import { claimStatus, findActor, type PositionEntry } from '../src/chat/claim-status.js';
import {
  userError,
  type CommandArgs,
  type CommandContext,
  type CommandDefinition,
  type Line,
  type Reply,
  type ReplySection,
} from '../src/chat/command.js';
import { plural, sourceInline } from '../src/chat/format.js';

/** /who <actor> — what one speaker has asserted and denied. */
export const definition: CommandDefinition = {
  name: 'who',
  description: 'What a speaker has asserted, denied or reported, claim by claim',
  options: [
    {
      name: 'actor',
      description: 'A name as the news gives it, e.g. a spokesperson or an outlet',
      type: 'string',
      required: true,
    },
  ],
};

const HEADINGS: Record<PositionEntry['stance'], string> = {
  asserts: 'Asserts',
  denies: 'Denies',
  reports: 'Reports',
};

export async function run(ctx: CommandContext, args: CommandArgs): Promise<Reply> {
  const query = args.actor ?? '';
  const name = resolveName(ctx, query);
  if (Array.isArray(name)) return userError(`“${query}” could be ${name.join(', ')}. Please give the full name.`);
  const [positions, values] = await Promise.all([ctx.store.positions({}), ctx.store.values({})]);
  const mine = ctx.claimSet.claims
    .flatMap((c) => claimStatus(ctx.claimSet, c.id, { positions, values })!.positions)
    .filter((p) => p.actor.toLowerCase() === name.toLowerCase());
  if (!mine.length) {
    const known = ctx.claimSet.actors
      .slice(0, 10)
      .map((a) => a.name)
      .join(', ');
    return userError(`Nothing on record from “${query}”.${known ? ` Speakers the claim set knows: ${known}.` : ''}`);
  }
  const blocks: ReplySection[] = (['asserts', 'denies', 'reports'] as const)
    .map((stance) => ({ stance, lines: mine.filter((p) => p.stance === stance).map(line) }))
    .filter((s) => s.lines.length)
    .map((s) => ({ heading: HEADINGS[s.stance], lines: s.lines }));
  const count = (stance: PositionEntry['stance']) => mine.filter((p) => p.stance === stance).length;
  return {
    text:
      `${mine[0]!.actor}: asserts ${plural(count('asserts'), 'claim')}, ` +
      `denies ${count('denies')}, reports ${count('reports')}`,
    blocks,
  };
}

function line(p: PositionEntry): Line {
  return [`${p.claim}: “${p.evidence}” — `, sourceInline(p.source)];
}

/** The actor's display name; several candidates when the query is only part of a name. */
function resolveName(ctx: CommandContext, query: string): string | string[] {
  const exact = findActor(ctx.claimSet, query);
  if (exact) return exact.name;
  const q = query.toLowerCase();
  const partial = ctx.claimSet.actors.filter((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase().includes(q)));
  if (partial.length === 1) return partial[0]!.name;
  if (partial.length > 1) return partial.map((a) => a.name);
  return query;
}
