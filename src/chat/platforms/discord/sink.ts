import { createHash } from 'node:crypto';
import { DiscordAPIError, REST } from '@discordjs/rest';
import type { APIChannel, APIMessage } from 'discord.js';
import type { Logger } from 'pino';
import type { OutboundPayload } from '../../../store/store.js';
import { DISCORD_NONCE, DISCORD_THREAD_NAME } from './limits.js';
import { alertView } from '../../render/alert-view.js';
import { renderDiscord } from './render.js';
import { truncate } from '../../sanitize.js';
import { fromDiscordError } from './errors.js';
import type { ChartProvider, SendResult, Sink, SinkMessage } from '../../sink.js';

export interface DiscordRestOptions {
  token?: string | undefined;
  /** DISCORD_API_URL, e.g. http://127.0.0.1:PORT/api (the version segment is added by REST). */
  apiUrl?: string | undefined;
  timeoutMs?: number;
}

/**
 * A REST client that surfaces problems instead of absorbing them: `retries: 0` (it would otherwise
 * retry 5xx and network errors three times itself), and `rejectOnRateLimit` for every route, so
 * both a 429 and a pre-emptive bucket wait throw a `RateLimitError` rather than sleeping inside the
 * SDK. The bucket bookkeeping still works; the outbox decides when to try again.
 * https://discord.js.org/docs/packages/rest/main/RESTOptions:Interface
 */
export function createDiscordRest(opts: DiscordRestOptions): REST {
  const rest = new REST({
    version: '10',
    ...(opts.apiUrl ? { api: opts.apiUrl.replace(/\/+$/, '') } : {}),
    retries: 0,
    timeout: opts.timeoutMs ?? 10_000,
    rejectOnRateLimit: () => true,
  });
  return opts.token ? rest.setToken(opts.token) : rest;
}

/** Discord error 160004: "A thread has already been created for this message". */
const THREAD_ALREADY_CREATED = 160004;

/**
 * Discord delivery. Every post carries a nonce derived from the outbox key with `enforce_nonce`,
 * so a re-send after a crash returns the message already created instead of a second one.
 * Residual risk: Discord only remembers nonces for "the past few minutes"; a process that stays
 * down longer than that between sending and recording can post twice.
 * https://discord.com/developers/docs/resources/message#create-message-jsonform-params
 * The first alert about a claim opens a thread from its message; follow-ups post into that thread.
 */
export function createDiscordSink(deps: { rest: REST; log: Logger; chart?: ChartProvider }): Sink {
  const { rest, log } = deps;
  return {
    name: 'discord',
    async send({ entry, threadId }: SinkMessage): Promise<SendResult> {
      const body = {
        ...renderDiscord(entry.payload, { outboxId: entry.id }),
        nonce: discordNonce(entry.idempotencyKey),
        enforce_nonce: true,
      };
      // The digest's chart goes in the same message, shown as the embed's image.
      // https://discord.com/developers/docs/reference#uploading-files
      const chart =
        entry.payload.type === 'digest' && deps.chart ? await deps.chart(entry.payload).catch(() => null) : null;
      if (chart && body.embeds?.[0])
        body.embeds[0] = { ...body.embeds[0], image: { url: 'attachment://digest.png' } };
      let message: APIMessage;
      try {
        message = (await rest.post(
          `/channels/${threadId ?? entry.channel}/messages`,
          chart ? { body, files: [{ name: 'digest.png', data: chart }] } : { body },
        )) as APIMessage;
      } catch (err) {
        throw fromDiscordError(err);
      }
      if (threadId || entry.payload.type !== 'alert') return { remoteId: message.id, threadRoot: null };
      return {
        remoteId: message.id,
        threadRoot: await startThread(rest, entry.channel, message.id, entry.payload, log),
      };
    },
  };
}

/** A nonce fits in 25 characters, so the (long) outbox key is hashed; same key, same nonce. */
export function discordNonce(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, DISCORD_NONCE);
}

/**
 * Open a thread from the alert's message. The message is already delivered, so a failure here is
 * logged, not thrown: the next alert about the claim opens the thread instead.
 * https://discord.com/developers/docs/resources/channel#start-thread-from-message
 */
async function startThread(
  rest: REST,
  channel: string,
  messageId: string,
  payload: OutboundPayload,
  log: Logger,
): Promise<string | null> {
  if (payload.type === 'digest') return null;
  const view = alertView(payload);
  const name = truncate(
    `${view.style.label}: ${view.claimIds.join(', ') || view.sections[0]?.claim || view.article.title}`,
    DISCORD_THREAD_NAME,
  );
  try {
    const thread = (await rest.post(`/channels/${channel}/messages/${messageId}/threads`, {
      body: { name, auto_archive_duration: 10080 },
    })) as APIChannel;
    return thread.id;
  } catch (err) {
    // After a re-send returned the existing message, its thread exists already; a message thread shares the
    // message id.
    if (err instanceof DiscordAPIError && err.code === THREAD_ALREADY_CREATED) return messageId;
    log.warn(
      { err: fromDiscordError(err).message, channel, messageId },
      'discord: alert posted but its thread could not be opened',
    );
    return null;
  }
}
