import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ClaimSetError } from '../../src/errors.js';
import { loadClaimSet } from '../../src/app/claimset.js';
import { repoRoot } from './support/cli-process.js';

const bundled = join(repoRoot, 'seeds/s400-turkey.claims.yaml');

async function refusal(path: string): Promise<ClaimSetError> {
  const err = await loadClaimSet(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ClaimSetError);
  return err as ClaimSetError;
}

function writeSet(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cw-claims-')), name);
  writeFileSync(file, text);
  return file;
}

describe('a claim set too big to load', () => {
  it('is refused before it is read when the file is over 4 MB, naming the file and its size', async () => {
    const file = writeSet(
      'huge.claims.yaml',
      `${readFileSync(bundled, 'utf8')}\n${'# padding line of a claim set that grew far too large\n'.repeat(100_000)}`,
    );
    const err = await refusal(file);
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is 5\\.\\d MB, over the 4\\.0 MB`),
    );
    expect(err.remedy).toMatch(/trim/);
  });

  it('is refused when it holds more texts than the engine should compile, even under 4 MB', async () => {
    const set = YAML.parse(readFileSync(bundled, 'utf8'));
    set.claims[0].paraphrases = Array.from({ length: 150_000 }, (_, i) => `p${i}`);
    const err = await refusal(writeSet('many.claims.yaml', YAML.stringify(set)));
    expect(err.message).toMatch(/holds \d+ texts, over the 100000/);
  });

  it('is refused when it is not a file at all (a device would be read for ever)', async () => {
    expect((await refusal('/dev/zero')).message).toMatch(/not a regular file/);
  });

  it('still loads the bundled claim set', async () => {
    const loaded = await loadClaimSet(bundled);
    expect(loaded.file.claims.length).toBeGreaterThan(5);
  });
});
