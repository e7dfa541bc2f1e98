import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Text of a file in test/fixtures/feeds. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/feeds/${name}`, import.meta.url)), 'utf8');
}
