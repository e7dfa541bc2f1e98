import { readFile } from 'node:fs/promises';
import { basename, relative, resolve, sep } from 'node:path';
import { packageRoot } from '../paths.js';
import type { ArticleInput } from '../../core/types.js';
import { UsageError } from '../../errors.js';

/** Read a whole stream as UTF-8. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** A plain-text article: the first non-empty line is the title, the rest is the body. */
export function articleFromText(text: string, url: string, source: string): ArticleInput {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) throw new UsageError('empty-input', `${url}: the article is empty`);
  return { url, title: lines[first]!.trim(), text: lines.slice(first + 1).join('\n'), published: null, source };
}

/** Read an article from a file path or '-' (stdin). */
export async function readArticleFile(path: string, stdin: NodeJS.ReadableStream): Promise<ArticleInput> {
  if (path === '-') return articleFromText(await readStream(stdin), 'stdin', 'stdin');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(
      'unreadable',
      `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  // Inside the package, files are named as the claim set cites them (seeds/…), wherever the command runs from.
  const rel = relative(packageRoot(), resolve(path));
  const url = rel.startsWith('..') || rel.startsWith(sep) ? resolve(path) : rel;
  return articleFromText(text, url.split(sep).join('/'), basename(path));
}
