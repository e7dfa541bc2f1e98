import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (where package.json is), whether running from src/ via tsx or from dist/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/**
 * A bundled asset path (seeds/…, demo/…): as given if it exists from the working directory, else from the package
 * root.
 */
export function resolveAsset(path: string): string {
  if (isAbsolute(path) || existsSync(path)) return resolve(path);
  return join(packageRoot(), path);
}
