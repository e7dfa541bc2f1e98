import { spawn } from 'node:child_process';

const bin = new URL('../../../bin/claimwatch.js', import.meta.url).pathname;
export const repoRoot = new URL('../../..', import.meta.url).pathname;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the compiled CLI (bin/claimwatch.js → dist/) as an operator would, in `cwd` (where it looks for `.env`), with
 * only PATH and the given variables in its environment. Asynchronous, so fakes served by the test process answer it.
 */
export function runCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string>; stdinClosed?: boolean } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: opts.cwd ?? repoRoot,
      env: { PATH: process.env.PATH ?? '', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The JSON log lines the CLI wrote to stderr, by message. */
export function logLines(stderr: string): Array<{ level: number; msg: string; [k: string]: unknown }> {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
}
