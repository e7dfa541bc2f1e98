import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError } from '../errors.js';

/** What a `.env` file contributed, for the start-up log. */
export interface EnvFileReport {
  path: string;
  /** Keys taken from the file. */
  applied: string[];
  /** Keys the file sets too, where the real environment won. */
  shadowed: string[];
}

export interface EnvWithFile {
  env: NodeJS.ProcessEnv;
  /** null when there is no `.env` in the working directory. */
  file: EnvFileReport | null;
}

/**
 * The environment with `.env` from the working directory under it: a key set in the real environment wins, so
 * `PORT=4000 npm start` overrides the file, as with docker and systemd's Environment=. An empty value in the real
 * environment counts as set (someone cleared it on purpose). Parsed by Node's own `util.parseEnv` (quotes, comments,
 * `export KEY=`), so no dependency is needed; nothing is written into `process.env`.
 */
export function withEnvFile(env: NodeJS.ProcessEnv, cwd: string): EnvWithFile {
  const path = join(cwd, '.env');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { env, file: null };
    throw new ConfigError('env-file', `cannot read ${path}: ${code ?? (err as Error).message}`, {
      remedy: 'make .env a readable file (see .env.example), or remove it and set the keys in the environment',
    });
  }
  const fromFile = parseEnv(text.replace(/^\uFEFF/, ''));
  const applied: string[] = [];
  const shadowed: string[] = [];
  const merged: NodeJS.ProcessEnv = { ...env };
  for (const [key, value] of Object.entries(fromFile)) {
    if (env[key] !== undefined) shadowed.push(key);
    else {
      merged[key] = value;
      applied.push(key);
    }
  }
  return { env: merged, file: { path, applied, shadowed } };
}

/** One log line's words for what `.env` did. */
export function describeEnvFile(file: EnvFileReport | null, cwd: string): string {
  if (!file) return `no .env in ${cwd}: settings come from the environment only`;
  const shadowed = file.shadowed.length ? `; ${file.shadowed.join(', ')} set in the environment too, which wins` : '';
  return `read ${file.applied.length} setting(s) from ${file.path}${shadowed}`;
}
