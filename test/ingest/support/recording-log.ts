import type { IngestLog } from '../../../src/ingest/index.js';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  bindings: Record<string, unknown>;
  obj: object;
  msg: string | undefined;
}

/** A logger that keeps what it was told, with the bindings of the child it was told through. */
export class RecordingLog implements IngestLog {
  constructor(
    readonly entries: LogEntry[] = [],
    private readonly bindings: Record<string, unknown> = {},
  ) {}
  info(obj: object, msg?: string): void {
    this.entries.push({ level: 'info', bindings: this.bindings, obj, msg });
  }
  warn(obj: object, msg?: string): void {
    this.entries.push({ level: 'warn', bindings: this.bindings, obj, msg });
  }
  error(obj: object, msg?: string): void {
    this.entries.push({ level: 'error', bindings: this.bindings, obj, msg });
  }
  child(bindings: Record<string, unknown>): RecordingLog {
    return new RecordingLog(this.entries, { ...this.bindings, ...bindings });
  }
}
