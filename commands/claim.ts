import { claimStatus } from '../src/chat/claim-status.js';
import {
  userError,
  type Choice,
  type CommandArgs,
  type CommandContext,
  type CommandDefinition,
  type Line,
  type Reply,
} from '../src/chat/command.js';
import { sourceInline } from '../src/chat/format.js';
import { verdictLines } from '../src/chat/feedback.js';
import { truncate } from '../src/chat/sanitize.js';

/** /claim <id> — one claim's timeline of positions, with sources. */
export const definition: CommandDefinition = {
  name: 'claim',
  description: 'One claim’s timeline: who said what, when, and where',
  options: [
    {
      name: 'id',
      description: 'The claim id, as /claims lists it',
      type: 'string',
      required: true,
      autocomplete: true,
    },
  ],
};

/** Unknown ids are answered before the acknowledgement: the claim set is in memory. */
export function precheck(ctx: Pick<CommandContext, 'claimSet'>, args: CommandArgs): Reply | null {
  const id = args.id ?? '';
  if (ctx.claimSet.claims.some((c) => c.id === id)) return null;
  const near = suggestions(ctx, id)
    .slice(0, 3)
    .map((c) => c.value);
  const hint = near.length ? ` Did you mean ${near.join(', ')}?` : '';
  return userError(`There is no claim with the id “${id}”.${hint} /claims lists every claim with its id.`);
}

export function autocomplete(ctx: Pick<CommandContext, 'claimSet'>, _option: string, typed: string): Choice[] {
  return suggestions(ctx, typed);
}

/** Claims whose id or text contains what was typed, ids first; at most 25 (Discord's limit). */
function suggestions(ctx: Pick<CommandContext, 'claimSet'>, typed: string): Choice[] {
  const q = typed.trim().toLowerCase();
  const score = (id: string, text: string) =>
    id.startsWith(q) ? 0 : id.includes(q) ? 1 : text.toLowerCase().includes(q) ? 2 : 3;
  return ctx.claimSet.claims
    .map((c) => ({ c, s: score(c.id, c.text) }))
    .filter(({ s }) => s < 3)
    .sort((a, b) => a.s - b.s)
    .slice(0, 25)
    .map(({ c }) => ({ name: truncate(`${c.id} — ${c.text}`, 100), value: c.id }));
}

export async function run(ctx: CommandContext, args: CommandArgs): Promise<Reply> {
  const early = precheck(ctx, args);
  if (early) return early;
  const id = args.id!;
  const [positions, values, verdicts] = await Promise.all([
    ctx.store.positions({ claim: id }),
    ctx.store.values({ claim: id }),
    ctx.store.feedback({ claim: id }),
  ]);
  const status = claimStatus(ctx.claimSet, id, { positions, values })!;
  const timeline: Line[] = status.positions.map((p) => [
    `${p.source.date ?? 'undated'} · ${p.actor} ${p.stance}: “${p.evidence}” — `,
    sourceInline(p.source),
    p.learned ? ' (from feeds)' : '',
  ]);
  const blocks = [{ heading: 'Timeline', lines: timeline.length ? timeline : ['No positions on record yet.'] }];
  if (status.values.length) {
    blocks.push({
      heading: status.contested ? 'Reported values (contested)' : 'Reported value',
      lines: status.values.map((v) => [
        `${v.value} — `,
        ...v.sources.flatMap((s, i) => (i ? [', ', sourceInline(s)] : [sourceInline(s)])),
      ]),
    });
  }
  if (verdicts.length) blocks.push({ heading: 'Editors’ verdicts on its alerts', lines: verdictLines(verdicts) });
  return { text: `${id}: ${status.claim.text}`, blocks };
}
