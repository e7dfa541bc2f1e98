import { readFile, stat } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ClaimSetError } from '../errors.js';
import { parseClaimSet } from '../core/claimset/parse.js';
import { compileClaimSet, type CompiledClaimSet } from '../core/claimset/compile.js';
import type { ClaimSetFile } from '../core/claimset/schema.js';
import { resolveAsset } from './paths.js';
import { CLAIM_SET_LIMITS, checkClaimSetBounds, checkClaimSetSize } from './claimset-limits.js';

export interface LoadedClaimSet {
  path: string;
  file: ClaimSetFile;
  compiled: CompiledClaimSet;
}

/**
 * Read, validate and compile a claim set. The seed documents its positions cite are read too, so their
 * sentences count as already known (they are what the set was curated from).
 */
export async function loadClaimSet(path: string): Promise<LoadedClaimSet> {
  const full = resolveAsset(path);
  let text: string;
  try {
    const info = await stat(full);
    if (!info.isFile())
      throw new ClaimSetError('unreadable', `claim set ${full} is not a regular file`, {
        remedy: 'point CLAIMS_FILE at a .yaml claim set',
      });
    checkClaimSetSize(full, info.size);
    text = await readFile(full, 'utf8');
  } catch (err) {
    if (err instanceof ClaimSetError) throw err;
    throw new ClaimSetError('unreadable', `cannot read claim set ${full}: ${(err as Error).message}`, {
      cause: err,
      remedy: 'check CLAIMS_FILE',
    });
  }
  const file = parseClaimSet(text, path);
  checkClaimSetBounds(full, file);
  const docs = new Set<string>();
  for (const c of file.claims) for (const p of c.positions) docs.add(p.source.where);
  const texts: string[] = [];
  let seedBytes = 0;
  for (const where of docs) {
    if (/^https?:/.test(where)) continue;
    const candidates = [resolveAsset(where), join(dirname(full), where), join(dirname(dirname(full)), where)];
    const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
    if (!found) continue;
    const bytes = statSync(found).size;
    seedBytes += bytes;
    if (bytes > CLAIM_SET_LIMITS.seedBytes || seedBytes > CLAIM_SET_LIMITS.seedTotalBytes) {
      throw new ClaimSetError(
        'too-large',
        `the seed documents claim set ${full} cites are too large (${found}: ${bytes} bytes; ` +
          `at most ${CLAIM_SET_LIMITS.seedBytes} each, ${CLAIM_SET_LIMITS.seedTotalBytes} in all)`,
        {
          remedy: 'cite the seed articles themselves, not archives or other large files',
        },
      );
    }
    texts.push(await readFile(found, 'utf8'));
  }
  return { path: full, file, compiled: compileClaimSet(file, texts) };
}
