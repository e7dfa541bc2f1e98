import type { Logger } from 'pino';
import { renderConsole } from '../render/console.js';
import { renderDiscord } from '../render/discord.js';
import { renderSlack } from '../render/slack.js';
import type { SendResult, Sink, SinkMessage, SinkName } from './sink.js';

/** Anything with `write(text)`: process.stdout, a file stream, or a test's array-backed writer. */
export interface TextWriter {
  write(text: string): unknown;
}

/** The always-on sink: one readable block per alert on the operator's terminal (or any writer). */
export function createConsoleSink(deps: { out: TextWriter }): Sink {
  return {
    name: 'console',
    async send({ entry }: SinkMessage): Promise<SendResult> {
      deps.out.write(`${renderConsole(entry.payload)}\n`);
      return { remoteId: null };
    },
  };
}

/**
 * DRY_RUN: stands in for Slack or Discord and logs exactly what would have been posted, so an
 * operator can try a new claim set against live feeds without speaking in a channel.
 */
export function createDryRunSink(name: Exclude<SinkName, 'console'>, log: Logger): Sink {
  return {
    name,
    async send({ entry, threadId }: SinkMessage): Promise<SendResult> {
      const rendered = name === 'slack' ? renderSlack(entry.payload) : renderDiscord(entry.payload);
      log.info(
        { sink: name, channel: entry.channel, threadId, outbox: entry.id, message: rendered },
        'dry run: would post',
      );
      return { remoteId: null };
    },
  };
}
