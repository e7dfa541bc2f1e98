import { readFile, writeFile } from 'node:fs/promises';
import type { Io } from '../../cli.js';
import { UsageError } from '../../errors.js';
import { evaluate, formatEvaluation, parseEvalLines, type EvalRow } from '../../core/stance/evaluate.js';
import type { StanceCall } from '../../core/stance/stance-judge.js';
import { judgeFromOption } from '../stance-judge.js';

/** `claimwatch stance --claim TEXT (--text TEXT | FILE) [--judge rules|learned]` */
export async function stanceCommand(
  file: string | undefined,
  opts: { claim: string; text?: string; judge?: string },
  io: Io,
): Promise<number> {
  if (opts.text === undefined && !file)
    throw new UsageError('missing-text', 'give the text with --text TEXT or as a FILE');
  if (opts.text !== undefined && file) throw new UsageError('two-texts', 'give either --text or a FILE, not both');
  const judge = judgeFromOption(opts.judge, io.env);
  const text =
    opts.text ??
    (await readFile(file!, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new UsageError('unreadable', `cannot read ${file}: ${e.code ?? e.message}`);
    }));
  io.out(`${judge.classify(opts.claim, text).label}\n`);
  return 0;
}

/** Macro-F1 and accuracy per language, when the file says each pair's language (`lang`). */
function byLanguage(rows: EvalRow[], calls: StanceCall[]): string {
  const langs = [...new Set(rows.map((r) => r.lang).filter((l): l is string => !!l))];
  if (!langs.length) return '';
  return langs
    .map((lang) => {
      const at = rows.map((r, i) => [r, i] as const).filter(([r]) => r.lang === lang);
      const e = evaluate(
        at.map(([r, i]) => ({ label: r.label, i })),
        (x) => calls[x.i]!.label,
      );
      return `lang ${lang}: macro_f1=${e.macroF1.toFixed(3)} accuracy=${e.accuracy.toFixed(3)} n=${e.n}\n`;
    })
    .join('');
}

/**
 * `claimwatch eval FILE.jsonl [--judge rules|learned] [--predictions FILE]`: confusion matrix, precision, recall and
 * F1 per label, per-language scores, then `macro_f1=… accuracy=… n=…` as the last line.
 */
export async function evalCommand(
  file: string,
  opts: { judge?: string; predictions?: string },
  io: Io,
): Promise<number> {
  const judge = judgeFromOption(opts.judge, io.env);
  const raw = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new UsageError('unreadable', `cannot read ${file}: ${e.code ?? e.message}`);
  });
  const rows = parseEvalLines(raw, file);
  const calls = rows.map((r) => judge.classify(r.claim, r.text));
  const result = evaluate(
    rows.map((r, i) => ({ label: r.label, i })),
    (x) => calls[x.i]!.label,
  );
  if (opts.predictions) {
    const lines = rows.map((r, i) =>
      JSON.stringify({
        claim: r.claim,
        text: r.text,
        label: r.label,
        predicted: calls[i]!.label,
        confidence: Math.round(calls[i]!.confidence * 1000) / 1000,
        rule: calls[i]!.rule,
        judge: judge.name,
        ...(r.lang ? { lang: r.lang } : {}),
      }),
    );
    await writeFile(opts.predictions, `${lines.join('\n')}\n`).catch((e: NodeJS.ErrnoException) => {
      throw new UsageError('unwritable', `cannot write ${opts.predictions}: ${e.code ?? e.message}`);
    });
  }
  const report = formatEvaluation(result);
  const last = report.trimEnd().lastIndexOf('\n') + 1;
  io.out(`judge=${judge.name}\n${report.slice(0, last)}${byLanguage(rows, calls)}${report.slice(last)}`);
  return 0;
}
