import type { IncomingMessage, ServerResponse } from 'node:http';
import type { REST } from '@discordjs/rest';
import { z } from 'zod';
import type { DiscordReply } from './reply.js';
import { EPHEMERAL } from './reply.js';
import {
  answerCommand,
  autocompleteChoices,
  type CommandCall,
  type InteractionDeps,
  type InteractionResponder,
} from './respond.js';
import { isSignatureTimestampFresh } from '../../signed-timestamp.js';
import { isFeedbackRef, pressFeedback, type FeedbackDeps } from '../../feedback.js';
import { discordPublicKey, isDiscordSignatureValid } from './verify.js';

/** Interaction and callback types. https://discord.com/developers/docs/interactions/receiving-and-responding */
const PING = 1,
  APPLICATION_COMMAND = 2,
  MESSAGE_COMPONENT = 3,
  AUTOCOMPLETE = 4;
const PONG = 1,
  CHANNEL_MESSAGE = 4,
  DEFERRED_CHANNEL_MESSAGE = 5,
  AUTOCOMPLETE_RESULT = 8;
const MAX_BODY = 64 * 1024;

export interface DiscordInteractionsDeps extends InteractionDeps {
  /** DISCORD_PUBLIC_KEY (64 hex). */
  publicKey: string;
  applicationId: string;
  /** For follow-ups; the webhook routes need no bot token. */
  rest: REST;
  /** The clock signature timestamps are compared with (ms since the epoch); injected by tests. */
  now?: () => number;
  /** Where the alert buttons' presses are recorded; without it a press is answered that nothing was recorded. */
  feedback?: FeedbackDeps | undefined;
}

export type InteractionsHandler = ((req: IncomingMessage, res: ServerResponse) => void) & {
  /** Resolves when every answer sent after an acknowledgement has gone out (tests, shutdown). */
  idle(): Promise<void>;
};

/**
 * The fields we read, checked before anything reads them: a signed body is only as well-formed as the code
 * that produced it. https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
const interactionSchema = z.object({
  type: z.number().int(),
  token: z.string().max(1000).optional(),
  data: z
    .object({
      /** A slash command's name; a button press has its `custom_id` instead. */
      name: z.string().max(100).optional(),
      custom_id: z.string().max(100).optional(),
      options: z
        .array(
          z.object({
            name: z.string().max(100),
            value: z.union([z.string(), z.number(), z.boolean()]).optional(),
            focused: z.boolean().optional(),
          }),
        )
        .max(25)
        .optional(),
    })
    .optional(),
  member: z.object({ user: z.object({ id: z.string().max(32) }).optional() }).optional(),
  user: z.object({ id: z.string().max(32) }).optional(),
});
type Interaction = z.infer<typeof interactionSchema>;

/**
 * POST /discord/interactions (DISCORD_MODE=http): Ed25519-verified, PING → PONG, commands
 * acknowledged with a deferred response and answered by editing it through the interaction webhook.
 */
export function createDiscordInteractionsHandler(deps: DiscordInteractionsDeps): InteractionsHandler {
  const key = discordPublicKey(deps.publicKey);
  const pending = new Set<Promise<void>>();

  const now = deps.now ?? Date.now;

  /** One request, start to answer. Every failure answers this request; none escapes to the process. */
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let body: Buffer | null;
    try {
      body = await readBody(req);
    } catch (err) {
      deps.log.warn({ err }, 'discord: could not read an interaction');
      return reply(res, 400, { error: 'bad request' });
    }
    if (body === null) return reply(res, 413, { error: 'body too large' });
    const sig = header(req, 'x-signature-ed25519');
    const ts = header(req, 'x-signature-timestamp');
    if (!isDiscordSignatureValid(key, sig, ts, body)) return reply(res, 401, { error: 'invalid request signature' });
    // Checked after the signature, so an unsigned request learns nothing about our clock.
    if (!isSignatureTimestampFresh(ts, now()))
      return reply(res, 401, { error: 'stale or malformed request timestamp' });
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return reply(res, 400, { error: 'body is not JSON' });
    }
    const parsed = interactionSchema.safeParse(json);
    if (!parsed.success) return reply(res, 400, { error: 'body is not an interaction object' });
    route(parsed.data, res);
  };

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((err: unknown) => {
      deps.log.error({ err }, 'discord: interaction handler failed');
      reply(res, 500, { error: 'internal error' });
    });
  };

  function route(interaction: Interaction, res: ServerResponse): void {
    if (interaction.type === PING) return reply(res, 200, { type: PONG });
    if (!interaction.data) return reply(res, 400, { error: 'unsupported interaction' });
    if (interaction.type === MESSAGE_COMPONENT) return answerPress(interaction, res);
    if (interaction.data.name === undefined) return reply(res, 400, { error: 'unsupported interaction' });
    const call: CommandCall = {
      name: interaction.data.name,
      options: Object.fromEntries(
        (interaction.data.options ?? []).map((o) => [o.name, o.value === undefined ? undefined : String(o.value)]),
      ),
      user: { id: interaction.member?.user?.id ?? interaction.user?.id ?? 'unknown', platform: 'discord' },
    };
    if (interaction.type === AUTOCOMPLETE) {
      const focused = interaction.data.options?.find((o) => o.focused);
      const choices = focused
        ? autocompleteChoices(deps, call, { name: focused.name, value: String(focused.value ?? '') })
        : [];
      return reply(res, 200, { type: AUTOCOMPLETE_RESULT, data: { choices } });
    }
    if (interaction.type !== APPLICATION_COMMAND || !interaction.token)
      return reply(res, 400, { error: 'unsupported interaction' });
    const work = answerCommand(deps, call, webhookResponder(deps, interaction.token, res)).catch((err: unknown) => {
      deps.log.error({ err, command: call.name }, 'discord: command failed');
      reply(res, 500, { error: 'internal error' });
    });
    pending.add(work);
    void work.finally(() => pending.delete(work));
  }

  /** An alert button: recorded, then answered privately at once (a write to the store fits in the 3 seconds). */
  function answerPress(interaction: Interaction, res: ServerResponse): void {
    const userId = interaction.member?.user?.id ?? interaction.user?.id ?? 'unknown';
    const ref = interaction.data?.custom_id ?? '';
    const answer = (text: string) =>
      reply(res, 200, {
        type: CHANNEL_MESSAGE,
        data: { content: text, flags: EPHEMERAL, allowed_mentions: { parse: [] } },
      });
    if (!deps.feedback || !isFeedbackRef(ref)) return answer('That button is not one claimwatch can act on.');
    const work = pressFeedback(deps.feedback, { platform: 'discord', userId, ref })
      .then((r) => answer(r.text))
      .catch((err: unknown) => {
        deps.log.error({ err }, 'discord: could not record a button press');
        answer('Sorry, that could not be recorded just now. Please try again.');
      });
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
    async answer(message) {
      reply(res, 200, { type: CHANNEL_MESSAGE, data: message });
    },
    async defer(ephemeral) {
      reply(res, 200, { type: DEFERRED_CHANNEL_MESSAGE, data: ephemeral ? { flags: EPHEMERAL } : {} });
    },
    async edit(message) {
      await deps.rest.patch(original, { body: withoutFlags(message), auth: false });
    },
    async privately(message) {
      await deps.rest.delete(original, { auth: false });
      await deps.rest.post(`/webhooks/${deps.applicationId}/${token}`, {
        body: { ...message, flags: EPHEMERAL },
        auth: false,
      });
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
