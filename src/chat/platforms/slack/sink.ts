import { WebClient, LogLevel, type Logger as SlackLogger } from '@slack/web-api';
import type { Logger } from 'pino';
import type { OutboxEntry } from '../../../store/store.js';
import { renderSlack } from './render.js';
import { fromSlackError } from './errors.js';
import { slackFetch } from './fetch.js';
import type { ChartProvider, SendResult, Sink, SinkMessage } from '../../sink.js';

/** `metadata.event_type` on every message we post; the outbox key rides in its payload. */
export const SLACK_EVENT_TYPE = 'claimwatch_outbox';

export interface SlackClientOptions {
  token: string;
  /** SLACK_API_URL; must end with '/' (WebClient appends method names to it). */
  apiUrl?: string | undefined;
  log: Logger;
  timeoutMs?: number;
}

/**
 * A WebClient that never retries or waits on its own: the outbox owns retries and scheduling, and
 * `rejectRateLimitedCalls` turns a 429 into an error carrying Slack's Retry-After instead of a
 * sleep inside the SDK. https://docs.slack.dev/tools/node-slack-sdk/web-api#rate-limits
 */
export function createSlackClient(opts: SlackClientOptions): WebClient {
  return new WebClient(opts.token, {
    ...(opts.apiUrl ? { slackApiUrl: withSlash(opts.apiUrl) } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: opts.timeoutMs ?? 10_000,
    logger: slackLogger(opts.log),
    logLevel: LogLevel.WARN,
    fetch: slackFetch(),
  });
}

/**
 * Slack delivery. chat.postMessage takes no idempotency key (`client_msg_id` is set by Slack's own
 * clients and is not an argument of the method), so each message carries its
 * outbox key in message metadata, and before posting an entry that a deliverer has had before (a
 * lease that ran out, a failed attempt) we look for that key among the messages posted since the entry
 * was created. A crash between "Slack accepted it" and "outbox marked it delivered" therefore finds
 * the first post instead of making a second. An entry on its first lease has never been handed to
 * Slack, so it skips the look-up: one call per message instead of two, and conversations.history is
 * rate-limited far more tightly than posting, which a burst of alerts would otherwise run into
 * (https://docs.slack.dev/apis/web-api/rate-limits; one call a minute for apps outside the Marketplace:
 * https://api.slack.com/changelog/2025-05-terms-rate-limit-update-and-faq).
 * Residual risk: if the lookup is refused (missing channels:history scope, a channel given by name
 * rather than id) we post anyway: a rare duplicate is better than a lost alert. (A 429, 5xx or
 * network error in the lookup fails the attempt instead, and the outbox retries it.) Slack may also take a moment
 * to make a new message visible to conversations.history, so a restart within that moment could repeat it.
 * https://docs.slack.dev/messaging/message-metadata
 */
export function createSlackSink(deps: { client: WebClient; log: Logger; chart?: ChartProvider }): Sink {
  const { client, log } = deps;
  return {
    name: 'slack',
    async send({ entry, threadId }: SinkMessage): Promise<SendResult> {
      try {
        const earlier = entry.leases > 1 ? await findEarlierPost(client, entry, threadId, log) : null;
        if (earlier) {
          log.info(
            { outbox: entry.id, ts: earlier },
            'slack: message was already posted before a restart; not posting again',
          );
          return { remoteId: earlier, threadRoot: threadId ? null : earlier };
        }
        const message = renderSlack(entry.payload, { outboxId: entry.id });
        const res = await client.chat.postMessage({
          channel: entry.channel,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          ...(threadId ? { thread_ts: threadId } : {}),
          metadata: {
            event_type: SLACK_EVENT_TYPE,
            event_payload: { idempotency_key: entry.idempotencyKey, kind: entry.kind },
          },
        });
        const ts = typeof res.ts === 'string' ? res.ts : null;
        if (entry.payload.type === 'digest' && deps.chart && ts)
          await attachChart(client, entry, ts, deps.chart, log);
        return { remoteId: ts, threadRoot: threadId ? null : ts };
      } catch (err) {
        throw fromSlackError(err);
      }
    },
  };
}

/**
 * The digest chart, uploaded into the digest message's thread. The text is already delivered, so a failed
 * upload is logged rather than retried (a retry would repeat the text).
 * https://docs.slack.dev/reference/methods/files.uploadv2
 */
async function attachChart(
  client: WebClient,
  entry: OutboxEntry,
  ts: string,
  chart: ChartProvider,
  log: Logger,
): Promise<void> {
  if (entry.payload.type !== 'digest') return;
  try {
    const png = await chart(entry.payload);
    if (!png) return;
    await client.files.uploadV2({
      channel_id: entry.channel,
      thread_ts: ts,
      file: png,
      filename: `digest-${entry.payload.periodKey}.png`,
      title: 'Week at a glance',
    });
  } catch (err) {
    log.warn({ err: (err as Error).message, outbox: entry.id }, 'slack: digest chart not attached');
  }
}

/** The ts of a message carrying this entry's key, posted since the entry was created; null if none. */
async function findEarlierPost(
  client: WebClient,
  entry: OutboxEntry,
  threadId: string | null,
  log: Logger,
): Promise<string | null> {
  // Five minutes of margin for clock skew between us and Slack.
  const oldest = String(Math.floor(Date.parse(entry.createdAt) / 1000) - 300);
  const query = { channel: entry.channel, oldest, inclusive: true, include_all_metadata: true, limit: 200 };
  try {
    const res = threadId
      ? await client.conversations.replies({ ...query, ts: threadId })
      : await client.conversations.history(query);
    const found = (res.messages ?? []).find((m) => {
      const payload = (m as { metadata?: { event_type?: string; event_payload?: Record<string, unknown> } }).metadata;
      return (
        payload?.event_type === SLACK_EVENT_TYPE && payload.event_payload?.idempotency_key === entry.idempotencyKey
      );
    });
    return found?.ts ?? null;
  } catch (err) {
    const mapped = fromSlackError(err);
    if (mapped.code === 'rate-limited' || mapped.code === 'unavailable' || mapped.code === 'network') throw mapped;
    log.warn(
      { err: mapped.message, remedy: mapped.remedy },
      'slack: cannot check for an earlier post; posting without the duplicate check',
    );
    return null;
  }
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** Route the SDK's own log lines into pino. */
export function slackLogger(log: Logger): SlackLogger {
  const child = log.child({ sdk: 'slack' });
  let level = LogLevel.WARN;
  return {
    debug: (...m: unknown[]) => child.debug(m.map(String).join(' ')),
    info: (...m: unknown[]) => child.info(m.map(String).join(' ')),
    warn: (...m: unknown[]) => child.warn(m.map(String).join(' ')),
    error: (...m: unknown[]) => child.error(m.map(String).join(' ')),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
