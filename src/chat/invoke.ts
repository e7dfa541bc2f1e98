import { asAppError } from '../errors.js';
import { checkArgs, slackTextToArgs, type ArgsResult } from './args.js';
import { userError, type Command, type CommandArgs, type CommandContext, type Reply } from './command.js';
import { splitSubcommand, underUmbrella, unknownSubcommand, UMBRELLA } from './umbrella.js';

/**
 * The one path every slash command takes, whatever the platform: find it, check its arguments,
 * let it settle what it can from the claim set, then run it inside one error boundary.
 */

export type Prepared =
  | { kind: 'run'; command: Command; args: CommandArgs }
  /** Answered without running: unknown command, bad arguments, or a precheck's answer. */
  | { kind: 'answer'; reply: Reply };

/** Where the arguments come from: Discord's named options, or Slack's text after the command. */
export type RawArgs = { options: Readonly<Record<string, string | undefined>> } | { text: string };

/** Pure and fast: safe to call before acknowledging the platform. */
export function prepare(
  registry: readonly Command[],
  name: string,
  raw: RawArgs,
  ctx: Pick<CommandContext, 'claimSet'>,
): Prepared {
  const bare = name.replace(/^\//, '').toLowerCase();
  if (bare === UMBRELLA && 'text' in raw) return prepareSubcommand(registry, raw.text, ctx);
  const command = registry.find((c) => c.definition.name === bare);
  if (!command) {
    const names = registry.map((c) => `/${c.definition.name}`).join(', ');
    return { kind: 'answer', reply: userError(`This bot has no /${bare} command. It knows ${names}.`) };
  }
  const parsed: ArgsResult =
    'text' in raw ? slackTextToArgs(command.definition, raw.text) : checkArgs(command.definition, raw.options);
  if (!parsed.ok) return { kind: 'answer', reply: parsed.reply };
  const early = command.precheck?.(ctx, parsed.args);
  return early ? { kind: 'answer', reply: early } : { kind: 'run', command, args: parsed.args };
}

/** `/claimwatch <sub> …` on Slack: the registry's command of that name, speaking of itself as `/claimwatch <sub>`. */
function prepareSubcommand(
  registry: readonly Command[],
  text: string,
  ctx: Pick<CommandContext, 'claimSet'>,
): Prepared {
  const { sub, rest } = splitSubcommand(text);
  const command = registry.find((c) => c.definition.name === sub);
  if (!command) return { kind: 'answer', reply: unknownSubcommand(sub, registry) };
  const wrapped = underUmbrella(command, registry);
  const parsed = slackTextToArgs(wrapped.definition, rest);
  if (!parsed.ok) return { kind: 'answer', reply: parsed.reply };
  const early = wrapped.precheck?.(ctx, parsed.args);
  return early ? { kind: 'answer', reply: early } : { kind: 'run', command: wrapped, args: parsed.args };
}

/** Run a prepared command; any failure becomes a private answer the user can act on, and a log line. */
export async function runCommand(command: Command, ctx: CommandContext, args: CommandArgs): Promise<Reply> {
  const name = command.definition.name;
  const log = ctx.log.child({ command: name, user: ctx.user.id, platform: ctx.user.platform });
  try {
    const reply = await command.run({ ...ctx, log }, args);
    return command.definition.ephemeral ? { ...reply, ephemeral: true } : reply;
  } catch (err) {
    const e = asAppError(err);
    log.error({ err: e, code: e.code }, 'command failed');
    // Foreign errors may carry internals (SQL, paths); only our own coded errors are worded for users.
    const what =
      e.code === 'unexpected' ? 'something unexpected went wrong' : `${e.message}${e.remedy ? ` (${e.remedy})` : ''}`;
    return userError(
      `Sorry, /${name} failed: ${what}. Try again in a minute; ` +
        `if it keeps failing, tell whoever runs the bot (error code ${e.code}).`,
    );
  }
}
