import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The app's logger: JSON lines on stderr (stdout stays for command output and the console sink).
 * Child loggers carry the unit of work: log.child({ feed }), log.child({ command, user }).
 */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino({ level, base: { app: 'claimwatch' }, timestamp: pino.stdTimeFunctions.isoTime }, destination as never);
}
