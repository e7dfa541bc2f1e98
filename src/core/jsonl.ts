import type { z } from 'zod';
import { UsageError } from '../errors.js';

/**
 * Lines of JSON, each checked against a schema; a bad line stops with the file name and its line number, naming the
 * field at fault. Blank lines are skipped.
 */
export function parseJsonLines<S extends z.ZodType>(raw: string, name: string, schema: S): Array<z.output<S>> {
  const out: Array<z.output<S>> = [];
  raw.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new UsageError('bad-jsonl', `${name}:${i + 1}: not valid JSON`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((x) => `${x.path.join('.') || 'line'}: ${x.message}`);
      throw new UsageError('bad-jsonl', `${name}:${i + 1}: ${issues.join('; ')}`);
    }
    out.push(parsed.data);
  });
  return out;
}
