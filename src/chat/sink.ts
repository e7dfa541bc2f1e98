import type { Logger } from 'pino';
import type { OutboundPayload, OutboxEntry } from '../store/store.js';

/** The place an outbox entry goes: a registered platform's name (platforms/index.ts); matches `OutboxEntry.sink`. */
export type SinkName = string;

/** One message to send: the outbox entry and, for follow-ups, the thread it belongs in. */
export interface SinkMessage {
  entry: OutboxEntry;
  /** Where follow-ups go: Slack `thread_ts`, Discord thread channel id. Null for a top-level post. */
  threadId: string | null;
}

export interface SendResult {
  /** The platform's message id (Slack `ts`, Discord snowflake); null for the console. */
  remoteId: string | null;
  /**
   * When this message opened a thread (the first alert about a claim): the id follow-ups should
   * be sent under. Slack: the message `ts`. Discord: the id of the thread created from the message.
   */
  threadRoot?: string | null;
}

/**
 * A delivery adapter. `send` either resolves (the platform accepted the message) or throws a
 * `PlatformApiError` with a status and, for 429s, `retryAfterMs`. It never retries on its own:
 * the outbox owns retries, so a message is never sent twice by two layers at once.
 */
export interface Sink {
  readonly name: SinkName;
  /**
   * A local writer with no platform behind it (the console): no threads, nothing to check for after a crash, so the
   * outbox worker marks a batch of its messages delivered in one write once they are written.
   */
  readonly local?: boolean;
  send(msg: SinkMessage): Promise<SendResult>;
}

/** The digest chart for a digest payload (PNG), injected by the app; null when there is none. */
export type ChartProvider = (payload: Extract<OutboxEntry['payload'], { type: 'digest' }>) => Promise<Buffer | null>;

/**
 * DRY_RUN: stands in for a platform and logs exactly what would have been posted (`render`, the platform's own
 * renderer), so an operator can try a new claim set against live feeds without speaking in a channel.
 */
export function createDryRunSink(name: SinkName, render: (payload: OutboundPayload) => unknown, log: Logger): Sink {
  return {
    name,
    async send({ entry, threadId }: SinkMessage): Promise<SendResult> {
      log.info(
        { sink: name, channel: entry.channel, threadId, outbox: entry.id, message: render(entry.payload) },
        'dry run: would post',
      );
      return { remoteId: null };
    },
  };
}
