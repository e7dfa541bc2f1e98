import type { Platform } from '../platform.js';
import { createConsoleSink } from './sink.js';

/** The operator's terminal: always on, sees every alert on the one channel it has; no commands, no threads. */
export const consolePlatform: Platform<object, Record<never, never>> = {
  name: 'console',
  capabilities: { threads: false, buttons: false, commands: false },
  config: { shape: {} },
  channels: () => ({ alert: 'console' }),
  state: () => ({ on: true, why: 'always' }),
  sink: async (_cfg, deps) => createConsoleSink({ out: deps.out }),
  transport: async () => null,
};

export { createConsoleSink, type TextWriter } from './sink.js';
export { renderConsole } from './render.js';
