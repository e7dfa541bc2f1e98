import { renderConsole } from './render.js';
import type { SendResult, Sink, SinkMessage } from '../../sink.js';

/** Anything with `write(text)`: process.stdout, a file stream, or a test's array-backed writer. */
export interface TextWriter {
  write(text: string): unknown;
}

/** The always-on sink: one readable block per alert on the operator's terminal (or any writer). */
export function createConsoleSink(deps: { out: TextWriter }): Sink {
  return {
    name: 'console',
    local: true,
    async send({ entry }: SinkMessage): Promise<SendResult> {
      deps.out.write(`${renderConsole(entry.payload)}\n`);
      return { remoteId: null };
    },
  };
}
