import { readFile } from 'node:fs/promises';
import type { Io } from '../../cli.js';
import { UsageError } from '../../errors.js';
import { classifyStance } from '../../core/stance/classify.js';
import { evaluate, formatEvaluation, parseEvalLines } from '../../core/stance/evaluate.js';

/** `claimwatch stance --claim TEXT (--text TEXT | FILE)` */
export async function stanceCommand(file: string | undefined, opts: { claim: string; text?: string }, io: Io): Promise<number> {
  if (opts.text === undefined && !file) throw new UsageError('missing-text', 'give the text with --text TEXT or as a FILE');
  if (opts.text !== undefined && file) throw new UsageError('two-texts', 'give either --text or a FILE, not both');
  const text = opts.text ?? (await readFile(file!, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new UsageError('unreadable', `cannot read ${file}: ${e.code ?? e.message}`);
  }));
  const c = classifyStance(opts.claim, text);
  io.out(`${c.label}\n`);
  return 0;
}

/** `claimwatch eval FILE.jsonl`: confusion matrix, then `macro_f1=… accuracy=… n=…` as the last line. */
export async function evalCommand(file: string, io: Io): Promise<number> {
  const raw = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new UsageError('unreadable', `cannot read ${file}: ${e.code ?? e.message}`);
  });
  const rows = parseEvalLines(raw, file);
  const result = evaluate(rows, (r) => classifyStance(r.claim, r.text).label);
  io.out(formatEvaluation(result));
  return 0;
}
