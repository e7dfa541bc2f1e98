import { claimStatus, type ClaimStatus } from '../src/chat/claim-status.js';
import type { CommandArgs, CommandContext, CommandDefinition, Line, Reply } from '../src/chat/command.js';
import { plural, sourceInline } from '../src/chat/format.js';
import type { SourceRef } from '../src/core/types.js';
import { autocomplete, precheck as claimPrecheck } from './claim.js';

/** /sources [claim] — the outlets and links behind a claim, or behind the whole story. */
export const definition: CommandDefinition = {
  name: 'sources',
  description: 'Outlets and links behind a claim (or behind every claim)',
  options: [
    {
      name: 'claim',
      description: 'A claim id (leave empty for the whole story)',
      type: 'string',
      required: false,
      autocomplete: true,
    },
  ],
};

export { autocomplete };

export function precheck(ctx: Pick<CommandContext, 'claimSet'>, args: CommandArgs): Reply | null {
  return args.claim ? claimPrecheck(ctx, { id: args.claim }) : null;
}

export async function run(ctx: CommandContext, args: CommandArgs): Promise<Reply> {
  const early = precheck(ctx, args);
  if (early) return early;
  const [positions, values] = await Promise.all([ctx.store.positions({}), ctx.store.values({})]);
  const ids = args.claim ? [args.claim] : ctx.claimSet.claims.map((c) => c.id);
  const statuses = ids.map((id) => claimStatus(ctx.claimSet, id, { positions, values })!);
  const byOutlet = groupByOutlet(statuses.flatMap(sourcesOf));
  const blocks = [...byOutlet.entries()].map(([outlet, sources]) => ({
    heading: outlet,
    lines: sources.map((s): Line => [s.title ? `${s.title} — ` : '', sourceInline(s)]),
  }));
  const about = args.claim ? `claim ${args.claim}` : ctx.claimSet.story.title;
  return { text: `${plural(byOutlet.size, 'outlet')} behind ${about}`, blocks };
}

function sourcesOf(s: ClaimStatus): SourceRef[] {
  return [...s.positions.map((p) => p.source), ...s.values.flatMap((v) => v.sources)];
}

/** Outlet → its distinct sources (by address), outlets with the most sources first. */
function groupByOutlet(sources: SourceRef[]): Map<string, SourceRef[]> {
  const map = new Map<string, SourceRef[]>();
  for (const s of sources) {
    const list = map.get(s.outlet) ?? [];
    if (!list.some((x) => x.where === s.where)) list.push(s);
    map.set(s.outlet, list);
  }
  return new Map([...map.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])));
}
