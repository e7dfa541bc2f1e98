import { ClaimSetError } from '../errors.js';

/**
 * What one claim set may hold, so a mistaken or hostile file cannot make the bot spend minutes and gigabytes
 * compiling it (a 50 MB set took 45 s and 3.4 GB). The bundled set is 67 KB with a few thousand strings; these
 * leave room for a story fifty times its size.
 */
export const CLAIM_SET_LIMITS = {
  /** Bytes of the claim set file. */
  fileBytes: 4 * 1024 * 1024,
  /** Strings in the parsed set (claims, terms, paraphrases, aliases, evidence…), each compiled into the matcher. */
  strings: 100_000,
  /** Characters of any one string. */
  stringChars: 20_000,
  /** Bytes of one seed document the set cites (read so its sentences count as known). */
  seedBytes: 2 * 1024 * 1024,
  /** Bytes of all cited seed documents together. */
  seedTotalBytes: 16 * 1024 * 1024,
} as const;

const TRIM =
  'a claim set is normally well under 1 MB (the bundled one is 67 KB): ' +
  'trim repeated paraphrases and aliases, or split the story';

/** Refuse a claim set file over the size cap before reading it. */
export function checkClaimSetSize(path: string, bytes: number): void {
  if (bytes > CLAIM_SET_LIMITS.fileBytes) {
    throw new ClaimSetError(
      'too-large',
      `claim set ${path} is ${mb(bytes)}, over the ${mb(CLAIM_SET_LIMITS.fileBytes)} a claim set may be`,
      { remedy: TRIM },
    );
  }
}

/** Refuse a parsed claim set with more, or longer, strings than the engine should compile. */
export function checkClaimSetBounds(path: string, parsed: unknown): void {
  let strings = 0;
  const stack: unknown[] = [parsed];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === 'string') {
      strings++;
      if (value.length > CLAIM_SET_LIMITS.stringChars) {
        throw new ClaimSetError(
          'too-large',
          `claim set ${path} has a text of ${value.length} characters ("${value.slice(0, 40)}…"), ` +
            `over ${CLAIM_SET_LIMITS.stringChars}`,
          { remedy: 'quote a sentence or two as evidence, not a whole article' },
        );
      }
    } else if (value && typeof value === 'object') {
      // One push at a time: spreading 150,000 items into push() overflows the call stack.
      for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push(child);
    }
  }
  if (strings > CLAIM_SET_LIMITS.strings) {
    throw new ClaimSetError(
      'too-large',
      `claim set ${path} holds ${strings} texts, over the ${CLAIM_SET_LIMITS.strings} one set may hold`,
      { remedy: TRIM },
    );
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
