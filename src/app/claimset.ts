import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ClaimSetError } from '../errors.js';
import { parseClaimSet } from '../core/claimset/parse.js';
import { compileClaimSet, type CompiledClaimSet } from '../core/claimset/compile.js';
import type { ClaimSetFile } from '../core/claimset/schema.js';
import { resolveAsset } from './paths.js';

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
    text = await readFile(full, 'utf8');
  } catch (err) {
    throw new ClaimSetError('unreadable', `cannot read claim set ${full}: ${(err as Error).message}`, { cause: err, remedy: 'check CLAIMS_FILE' });
  }
  const file = parseClaimSet(text, path);
  const docs = new Set<string>();
  for (const c of file.claims) for (const p of c.positions) docs.add(p.source.where);
  const texts: string[] = [];
  for (const where of docs) {
    if (/^https?:/.test(where)) continue;
    const candidates = [resolveAsset(where), join(dirname(full), where), join(dirname(dirname(full)), where)];
    const found = candidates.find((c) => existsSync(c));
    if (found) texts.push(await readFile(found, 'utf8'));
  }
  return { path: full, file, compiled: compileClaimSet(file, texts) };
}
