import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * One claimwatch instance as a child process (`node bin/claimwatch.js …`), the way an operator runs it.
 * The bot under test can be swapped with CLAIMWATCH_BIN (e.g. a build with a proposed change), and
 * CLAIMWATCH_NODE_ARGS gives every instance extra Node flags (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, which
 * NODE_OPTIONS refuses).
 */

export const CLAIMWATCH_BIN =
  process.env.CLAIMWATCH_BIN ?? fileURLToPath(new URL('../../../bin/claimwatch.js', import.meta.url));
const NODE_ARGS = (process.env.CLAIMWATCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);

/** The inherited variables a child needs to run at all; nothing else leaks in (no DATABASE_URL, no tokens). */
function baseEnv(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT'];
  return Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]));
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface BotProcess {
  readonly label: string;
  readonly pid: number;
  readonly exited: Promise<Exit>;
  /** The last lines it wrote to stderr (its log at LOG_LEVEL), for failure messages. */
  stderrTail(): string;
  /** Alerts the console sink printed (each block starts a line with its alert header). */
  stdout(): string;
  /** SIGTERM, then SIGKILL if it has not finished its work in hand after `graceMs`. */
  stop(graceMs?: number): Promise<Exit>;
  /** SIGKILL: the crash case. Resolves once the process is gone. */
  kill(): Promise<Exit>;
}

/**
 * The last `max` characters of a stream, kept as chunks and joined only when read: an instance prints every alert on
 * stdout, and copying the whole tail at each chunk cost the load benches' runner a core-second per burst.
 */
function tail(max: number): { add(chunk: string): void; text(): string } {
  let chunks: string[] = [];
  let length = 0;
  const text = () => {
    const joined = chunks.join('').slice(-max);
    chunks = [joined];
    length = joined.length;
    return joined;
  };
  return {
    add(chunk) {
      chunks.push(chunk);
      length += chunk.length;
      if (length > 2 * max) text();
    },
    text,
  };
}

/** Start `claimwatch ARGS` with exactly `env` (plus PATH/HOME). */
export function startBot(label: string, args: string[], env: Record<string, string>): BotProcess {
  const child: ChildProcess = spawn(process.execPath, [...NODE_ARGS, CLAIMWATCH_BIN, ...args], {
    env: { ...baseEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = tail(200_000);
  const err = tail(20_000);
  child.stdout!.setEncoding('utf8').on('data', out.add);
  child.stderr!.setEncoding('utf8').on('data', err.add);
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const alive = () => child.exitCode === null && child.signalCode === null;

  return {
    label,
    pid: child.pid ?? -1,
    exited,
    stderrTail: () => err.text().split('\n').slice(-30).join('\n'),
    stdout: () => out.text(),
    async stop(graceMs = 15_000) {
      if (alive()) child.kill('SIGTERM');
      const timer = setTimeout(() => alive() && child.kill('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
    async kill() {
      if (alive()) child.kill('SIGKILL');
      return exited;
    },
  };
}

/** Run a one-shot command (`feeds add URL`) to completion; rejects with its stderr when it fails. */
export async function runCli(args: string[], env: Record<string, string>, timeoutMs = 30_000): Promise<string> {
  const bot = startBot(`claimwatch ${args.join(' ')}`, args, env);
  const timer = setTimeout(() => void bot.kill(), timeoutMs);
  const exit = await bot.exited.finally(() => clearTimeout(timer));
  if (exit.code !== 0)
    throw new Error(`claimwatch ${args.join(' ')} exited ${exit.code ?? exit.signal}:\n${bot.stderrTail()}`);
  return bot.stdout();
}
