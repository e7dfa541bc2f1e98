import { StoreError } from '../errors.js';

/**
 * Both stores compare instants; SQLite compares them as text. That is only sound when every instant has
 * the same shape, so each time that enters the store is rewritten to `YYYY-MM-DDTHH:mm:ss.sssZ` first.
 */
export function toIso(at: string): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new StoreError('bad-time', `not an ISO-8601 time: ${JSON.stringify(at)}`);
  return new Date(ms).toISOString();
}

/** Like {@link toIso}, letting "no time" through. */
export function toIsoOrNull(at: string | null | undefined): string | null {
  return at == null ? null : toIso(at);
}

/** `at` plus `ms` milliseconds, as a store instant (lease ends). */
export function addMs(at: string, ms: number): string {
  return new Date(Date.parse(toIso(at)) + ms).toISOString();
}

/** A time read back from either database: SQLite gives text, PostgreSQL gives `Date` for timestamptz. */
export function readTime(value: unknown): string | null {
  if (value == null) return null;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Same as {@link readTime} for columns that are never null. */
export function readTimeRequired(value: unknown): string {
  return readTime(value) ?? '';
}

/** The date part (YYYY-MM-DD) of an ISO time as written, or null when there is none. */
export function datePart(published: string | null): string | null {
  if (!published) return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(published);
  return m ? m[0] : null;
}
