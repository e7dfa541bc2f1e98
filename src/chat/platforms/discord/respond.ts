import type { Logger } from 'pino';
import type { Command, CommandContext, CommandUser } from '../../command.js';
import { prepare, runCommand } from '../../invoke.js';
import { replyToDiscord, type DiscordReply } from './reply.js';

/**
 * One way of answering a slash command on Discord, whether the interaction came over the gateway
 * (discord.js) or over HTTP (webhook calls). Acknowledge first: a deferred response within three
 * seconds, then the real answer by editing it.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export interface InteractionResponder {
  /** Answer at once (no deferral): bad arguments, unknown ids. */
  answer(reply: DiscordReply): Promise<void>;
  /** "Thinking…": ephemeral when the command answers privately. */
  defer(ephemeral: boolean): Promise<void>;
  /** Replace the deferred response with the answer. */
  edit(reply: DiscordReply): Promise<void>;
  /**
   * The deferred response was public but the answer must be private (an error): remove it and
   * send the answer as an ephemeral follow-up. Ephemerality is fixed at deferral time on Discord.
   */
  privately(reply: DiscordReply): Promise<void>;
}

export interface CommandCall {
  name: string;
  options: Readonly<Record<string, string | undefined>>;
  user: CommandUser;
}

export interface InteractionDeps {
  registry: readonly Command[];
  context(user: CommandUser): CommandContext;
  log: Logger;
}

/** Prepare (pure), acknowledge, run, answer. Failures to answer are logged: the user has already waited. */
export async function answerCommand(
  deps: InteractionDeps,
  call: CommandCall,
  responder: InteractionResponder,
): Promise<void> {
  const ctx = deps.context(call.user);
  const prepared = prepare(deps.registry, call.name, { options: call.options }, ctx);
  if (prepared.kind === 'answer') return responder.answer(replyToDiscord(prepared.reply));
  const privateByDefault = prepared.command.definition.ephemeral === true;
  await responder.defer(privateByDefault);
  const reply = await runCommand(prepared.command, ctx, prepared.args);
  try {
    if (reply.ephemeral && !privateByDefault) await responder.privately(replyToDiscord(reply));
    else await responder.edit(replyToDiscord(reply));
  } catch (err) {
    deps.log.warn({ err, command: call.name }, 'discord: could not deliver the answer');
  }
}

/** Suggestions for the option being typed (at most 25, Discord's limit). */
export function autocompleteChoices(
  deps: InteractionDeps,
  call: CommandCall,
  focused: { name: string; value: string },
) {
  const command = deps.registry.find((c) => c.definition.name === call.name);
  if (!command?.autocomplete) return [];
  return command.autocomplete(deps.context(call.user), focused.name, focused.value).slice(0, 25);
}
