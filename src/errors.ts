/**
 * A small error hierarchy with stable codes, so logs, metrics and users see the same words.
 * `remedy` is what the user can do about it, when there is something.
 */
export class AppError extends Error {
  readonly code: string;
  readonly remedy: string | undefined;
  constructor(code: string, message: string, options: { cause?: unknown; remedy?: string } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.remedy = options.remedy;
  }
  /** `FeedFetchError[timeout]: …` */
  override toString(): string {
    return `${this.name}[${this.code}]: ${this.message}${this.remedy ? ` (${this.remedy})` : ''}`;
  }
}

export class ConfigError extends AppError {}
export class ClaimSetError extends AppError {}
export class FeedFetchError extends AppError {}
export class FeedParseError extends AppError {}
export class StoreError extends AppError {}
export class PlatformApiError extends AppError {
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  constructor(
    code: string,
    message: string,
    options: { cause?: unknown; remedy?: string; status?: number; retryAfterMs?: number } = {},
  ) {
    super(code, message, options);
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}
export class UsageError extends AppError {}

/** Wrap anything thrown by foreign code into an AppError, keeping the original as `cause`. */
export function asAppError(err: unknown, code = 'unexpected'): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof Error) return new AppError(code, err.message, { cause: err });
  return new AppError(code, String(err));
}
