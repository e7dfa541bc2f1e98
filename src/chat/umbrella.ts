import { userError, type Command, type Line, type Reply } from './command.js';

/**
 * Slack gets one slash command with subcommands (`/claimwatch claims s-400`) instead of one per command: Slack
 * reserves `/status`, `/who` and other built-in names, and one command needs no manifest change when the registry
 * grows. Discord keeps one application command per registry entry. Both run the same registry.
 * https://docs.slack.dev/interactivity/implementing-slash-commands
 */
export const UMBRELLA = 'claimwatch';

/** `claims s-400 return` → the subcommand and the rest of the text; an empty text asks for help. */
export function splitSubcommand(text: string): { sub: string; rest: string } {
  const m = /^\s*(\S*)\s*([\s\S]*)$/.exec(text)!;
  return { sub: (m[1] || 'help').toLowerCase(), rest: m[2] ?? '' };
}

/** The registry's command seen through the umbrella: named `claimwatch <name>`, its replies speaking Slack's names. */
export function underUmbrella(command: Command, registry: readonly Command[]): Command {
  const rename = slackNames(registry);
  return {
    ...command,
    definition: { ...command.definition, name: `${UMBRELLA} ${command.definition.name}` },
    run: async (ctx, args) => rename(await command.run(ctx, args)),
    ...(command.precheck
      ? {
          precheck: (ctx, args) => {
            const r = command.precheck!(ctx, args);
            return r && rename(r);
          },
        }
      : {}),
  };
}

/** The answer to a subcommand the registry does not have. */
export function unknownSubcommand(sub: string, registry: readonly Command[]): Reply {
  const names = registry.map((c) => c.definition.name).join(', ');
  return userError(
    `/${UMBRELLA} has no “${sub}” subcommand. It knows ${names}; /${UMBRELLA} help says what each does.`,
  );
}

/**
 * Rewrite mentions of `/claims`, `/feeds add` … in a reply into `/claimwatch claims`, `/claimwatch feeds add`. Only
 * a slash that starts a word is a command: the path in https://example.org/claims stays as it is, and link
 * addresses are never touched.
 */
export function slackNames(registry: readonly Command[]): (reply: Reply) => Reply {
  const names = registry
    .map((c) => c.definition.name)
    .sort((a, b) => b.length - a.length)
    .map(escape);
  const mention = new RegExp(`(?<![\\p{L}\\p{N}_/.:-])/(${names.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu');
  const text = (s: string) => s.replace(mention, `/${UMBRELLA} $1`);
  const line = (l: Line): Line =>
    typeof l === 'string'
      ? text(l)
      : l.map((part) => (typeof part === 'string' ? text(part) : { ...part, text: text(part.text) }));
  return (reply) => ({
    ...reply,
    text: text(reply.text),
    ...(reply.blocks
      ? {
          blocks: reply.blocks.map((b) => ({
            ...b,
            ...(b.heading ? { heading: text(b.heading) } : {}),
            lines: b.lines.map(line),
          })),
        }
      : {}),
  });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
