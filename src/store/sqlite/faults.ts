import { StoreError } from '../../errors.js';
import type { Store } from '../store.js';

/**
 * SQLite's own words for a storage problem ("attempt to write a readonly database", "file is not a database",
 * "database or disk is full") turned into a StoreError that names the file and what to do. Anything else
 * comes back unchanged. https://www.sqlite.org/rescode.html
 */
export function storageFault(err: unknown, file: string): unknown {
  if (err instanceof StoreError && STORAGE_CODES.has(err.code)) return err;
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  const detail = err instanceof Error ? err.message : String(err);
  const fault = (kind: string, what: string, remedy: string) =>
    new StoreError(kind, `${what} (SQLite: ${detail})`, { cause: err, remedy });
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return fault(
      'disk-full',
      `the disk holding the database ${file} is full`,
      'free space on that disk or move DATABASE_URL to one with room; ' +
        'nothing already stored was lost, and feeds not saved are read again next time',
    );
  }
  if (
    code.startsWith('SQLITE_READONLY') ||
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'SQLITE_PERM'
  ) {
    return fault(
      'read-only',
      `the database ${file} cannot be written`,
      `make ${file} and its directory writable by the user running claimwatch, ` +
        'or set DATABASE_URL to a writable place',
    );
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return fault(
      'corrupt',
      `${file} is not a readable SQLite database (damaged, or another kind of file)`,
      'restore it from a backup, or move it aside so claimwatch starts a new one ' +
        '(feeds are then re-added from FEEDS_FILE)',
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOTDIR' || code === 'ENOENT' || code === 'EEXIST') {
    return fault(
      'cannot-open',
      `the database ${file} cannot be opened or created`,
      `check DATABASE_URL: its directory must exist or be creatable, and be writable`,
    );
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return fault(
      'io-error',
      `reading or writing the database ${file} failed`,
      `check the disk holding ${file} (space, health, a network mount that went away)`,
    );
  }
  return err;
}

/** Codes {@link storageFault} gives: the store itself is unusable, so no feed or message is to blame. */
export const STORAGE_CODES: ReadonlySet<string> = new Set([
  'disk-full',
  'read-only',
  'corrupt',
  'cannot-open',
  'io-error',
]);

/** True for an error that says the store cannot be used, rather than that one piece of work failed. */
export function isStorageFault(err: unknown): boolean {
  return err instanceof StoreError && STORAGE_CODES.has(err.code);
}

/** The store with every method's storage failures explained by {@link storageFault}. */
export function withStorageFaults<S extends Store>(store: S, file: string): S {
  return new Proxy(store, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        try {
          const out = (value as (...a: unknown[]) => unknown).apply(target, args);
          return out instanceof Promise ? out.catch((err: unknown) => Promise.reject(storageFault(err, file))) : out;
        } catch (err) {
          throw storageFault(err, file);
        }
      };
    },
  });
}
