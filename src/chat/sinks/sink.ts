import type { OutboxEntry } from '../../store/store.js';

/** Names of the places an outbox entry can go; they match `OutboxEntry.sink`. */
export type SinkName = 'console' | 'slack' | 'discord';

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
  send(msg: SinkMessage): Promise<SendResult>;
}

/** The digest chart for a digest payload (PNG), injected by the app; null when there is none. */
export type ChartProvider = (payload: Extract<OutboxEntry['payload'], { type: 'digest' }>) => Promise<Buffer | null>;
