import type { IncomingMessage, ServerResponse } from 'node:http';
import type { REST } from '@discordjs/rest';
import type { DiscordReply } from '../render/reply.js';
import { EPHEMERAL } from '../render/reply.js';
import { answerCommand, autocompleteChoices, type CommandCall, type InteractionDeps, type InteractionResponder } from './respond.js';
import { discordPublicKey, isDiscordSignatureValid } from './verify.js';

/** Interaction and callback types. https://discord.com/developers/docs/interactions/receiving-and-responding */
const PING = 1, APPLICATION_COMMAND = 2, AUTOCOMPLETE = 4;
const PONG = 1, CHANNEL_MESSAGE = 4, DEFERRED_CHANNEL_MESSAGE = 5, AUTOCOMPLETE_RESULT = 8;
const MAX_BODY = 64 * 1024;

export interface DiscordInteractionsDeps extends InteractionDeps {
  /** DISCORD_PUBLIC_KEY (64 hex). */
  publicKey: string;
  applicationId: string;
  /** For follow-ups; the webhook routes need no bot token. */
  rest: REST;
}

export type InteractionsHandler = ((req: IncomingMessage, res: ServerResponse) => void) & {
  /** Resolves when every answer sent after an acknowledgement has gone out (tests, shutdown). */
  idle(): Promise<void>;
};

interface Interaction {
  type: number;
  token: string;
  data?: { name: string; options?: Array<{ name: string; value?: unknown; focused?: boolean }> };
  member?: { user?: { id: string } };
  user?: { id: string };
}

/**
 * POST /discord/interactions (DISCORD_MODE=http): Ed25519-verified, PING → PONG, commands
 * acknowledged with a deferred response and answered by editing it through the interaction webhook.
 */
export function createDiscordInteractionsHandler(deps: DiscordInteractionsDeps): InteractionsHandler {
  const key = discordPublicKey(deps.publicKey);
  const pending = new Set<Promise<void>>();

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    void readBody(req).then((body) => {
      if (body === null) return reply(res, 413, { error: 'body too large' });
      const sig = header(req, 'x-signature-ed25519');
      const ts = header(req, 'x-signature-timestamp');
      if (!isDiscordSignatureValid(key, sig, ts, body)) return reply(res, 401, { error: 'invalid request signature' });
      let interaction: Interaction;
      try {
        interaction = JSON.parse(body.toString('utf8')) as Interaction;
      } catch {
        return reply(res, 400, { error: 'body is not JSON' });
      }
      route(interaction, res);
    }, (err: unknown) => {
      deps.log.warn({ err }, 'discord: could not read an interaction');
      reply(res, 400, { error: 'bad request' });
    });
  };

  function route(interaction: Interaction, res: ServerResponse): void {
    if (interaction.type === PING) return reply(res, 200, { type: PONG });
    if (!interaction.data) return reply(res, 400, { error: 'unsupported interaction' });
    const call: CommandCall = {
      name: interaction.data.name,
      options: Object.fromEntries((interaction.data.options ?? []).map((o) => [o.name, o.value === undefined ? undefined : String(o.value)])),
      user: { id: interaction.member?.user?.id ?? interaction.user?.id ?? 'unknown', platform: 'discord' },
    };
    if (interaction.type === AUTOCOMPLETE) {
      const focused = interaction.data.options?.find((o) => o.focused);
      const choices = focused ? autocompleteChoices(deps, call, { name: focused.name, value: String(focused.value ?? '') }) : [];
      return reply(res, 200, { type: AUTOCOMPLETE_RESULT, data: { choices } });
    }
    if (interaction.type !== APPLICATION_COMMAND) return reply(res, 400, { error: 'unsupported interaction' });
    const work = answerCommand(deps, call, webhookResponder(deps, interaction.token, res))
      .catch((err: unknown) => deps.log.error({ err, command: call.name }, 'discord: command failed'));
    pending.add(work);
    void work.finally(() => pending.delete(work));
  }

  return Object.assign(handler, {
    async idle() {
      while (pending.size) await Promise.all([...pending]);
    },
  });
}

/** The HTTP flavour: the first answer is this request's response; later ones go through the webhook. */
function webhookResponder(deps: DiscordInteractionsDeps, token: string, res: ServerResponse): InteractionResponder {
  const original = `/webhooks/${deps.applicationId}/${token}/messages/@original` as const;
  return {
    async answer(message) { reply(res, 200, { type: CHANNEL_MESSAGE, data: message }); },
    async defer(ephemeral) { reply(res, 200, { type: DEFERRED_CHANNEL_MESSAGE, data: ephemeral ? { flags: EPHEMERAL } : {} }); },
    async edit(message) { await deps.rest.patch(original, { body: withoutFlags(message), auth: false }); },
    async privately(message) {
      await deps.rest.delete(original, { auth: false });
      await deps.rest.post(`/webhooks/${deps.applicationId}/${token}`, { body: { ...message, flags: EPHEMERAL }, auth: false });
    },
  };
}

/** Flags are fixed when the response is created; an edit may not carry them. */
function withoutFlags(message: DiscordReply): Omit<DiscordReply, 'flags'> {
  const { flags: _flags, ...rest } = message;
  return rest;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
