/**
 * The part of a pino logger ingest uses. pino's `Logger` fits it; tests pass a small recording fake.
 */
export interface IngestLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): IngestLog;
}
