import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { AppError, asAppError } from './errors.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withEnvFile, type EnvFileReport } from './app/env-file.js';
import { packageRoot } from './app/paths.js';
import type { Config } from './app/config.js';
import { platforms, type SetupCommand } from './chat/platforms/index.js';
// Each command is loaded when it runs: `--help` or `stance` should not pay for discord.js and Bolt.
const analyzeCommand = async (...a: Parameters<typeof import('./app/cli/analyze.js').analyzeCommand>) =>
  (await import('./app/cli/analyze.js')).analyzeCommand(...a);
const stanceCommand = async (...a: Parameters<typeof import('./app/cli/stance.js').stanceCommand>) =>
  (await import('./app/cli/stance.js')).stanceCommand(...a);
const evalCommand = async (...a: Parameters<typeof import('./app/cli/stance.js').evalCommand>) =>
  (await import('./app/cli/stance.js')).evalCommand(...a);
const evalArticlesCommand = async (
  ...a: Parameters<typeof import('./app/cli/eval-articles.js').evalArticlesCommand>
) => (await import('./app/cli/eval-articles.js')).evalArticlesCommand(...a);
const claimsCommand = async (...a: Parameters<typeof import('./app/cli/claims.js').claimsCommand>) =>
  (await import('./app/cli/claims.js')).claimsCommand(...a);
const feedsCommand = async (...a: Parameters<typeof import('./app/cli/feeds.js').feedsCommand>) =>
  (await import('./app/cli/feeds.js')).feedsCommand(...a);
const runCommand = async (...a: Parameters<typeof import('./app/cli/run.js').runCommand>) =>
  (await import('./app/cli/run.js')).runCommand(...a);
const digestCommand = async (...a: Parameters<typeof import('./app/cli/digest.js').digestCommand>) =>
  (await import('./app/cli/digest.js')).digestCommand(...a);
const doctorCommand = async (...a: Parameters<typeof import('./app/cli/doctor.js').doctorCommand>) =>
  (await import('./app/cli/doctor.js')).doctorCommand(...a);
const setupCommand = async (...a: Parameters<typeof import('./app/cli/setup.js').setupCommand>) =>
  (await import('./app/cli/setup.js')).setupCommand(...a);

/** Output streams, injectable so tests can run the CLI in-process. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  /** What `.env` contributed (the real CLI reads it from the working directory; in-process tests pass env as is). */
  envFile?: { report: EnvFileReport | null; cwd: string };
}

/**
 * A writer that stops quietly when the reader goes away (`claimwatch claims | head -3`): EPIPE is the reader's
 * choice, not an error worth a stack trace. Other stream errors still surface.
 */
function quietOnClose(stream: NodeJS.WriteStream): (s: string) => void {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
  });
  return (s) => {
    if (!closed) stream.write(s);
  };
}

/** The process's streams, and its environment with `.env` from the working directory under it. */
function defaultIo(): Io {
  const cwd = process.cwd();
  const { env, file } = withEnvFile(process.env, cwd);
  return {
    out: quietOnClose(process.stdout),
    err: quietOnClose(process.stderr),
    env,
    stdin: process.stdin,
    envFile: { report: file, cwd },
  };
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

function isoDate(v: string): string {
  if (Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected a date such as 2025-09-01');
  return new Date(v).toISOString();
}

function build(io: Io, setCode: (c: number) => void): Command {
  const program = new Command('claimwatch')
    .description(
      'Watch feeds for a story, keep its claims straight, and alert Slack/Discord on new denials and contradictions.',
    )
    .version(packageVersion(), '-V, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();
  const done = (p: Promise<number>) => p.then(setCode);

  program
    .command('run')
    .description('run the bot: poll feeds now, then on POLL_CRON; deliver alerts to the configured sinks')
    .option('--once', 'one poll cycle and delivery, then exit')
    .option('--demo', 'serve the bundled sample feed locally and use a temporary store (implies --backfill)')
    .option('--backfill', 'alert on the backlog of newly added feeds too')
    .action((o) => done(runCommand(o, io)));

  program
    .command('analyze')
    .description('analyse articles (files, a URL, or - for stdin) against the claim set')
    .argument('<inputs...>', 'text files (first line is the title), an http(s) URL, or -')
    .option('--json', 'print one JSON object per article')
    .option('--record', "store the article and its findings in the store's history")
    .action((inputs: string[], o) => done(analyzeCommand(inputs, o, io)));

  program
    .command('stance')
    .description('stance of a text towards a claim: supports | denies | reports | unrelated')
    .requiredOption('--claim <text>', 'the claim')
    .option('--text <text>', 'the text to judge')
    .option('--judge <name>', 'rules | learned (default: STANCE_JUDGE)')
    .argument('[file]', 'read the text from a file instead of --text')
    .action((file: string | undefined, o) => done(stanceCommand(file, o, io)));

  program
    .command('eval')
    .description('score the stance judge on a JSONL file of {"claim","text","label"}')
    .argument('<file>', 'JSONL file')
    .option('--judge <name>', 'rules | learned (default: STANCE_JUDGE)')
    .option('--predictions <file>', 'write one JSON line per pair: gold label, predicted label, confidence')
    .action((file: string, o) => done(evalCommand(file, o, io)));

  program
    .command('digest')
    .description("print the week's digest (what changed in the story)")
    .option('--since <date>', 'start of the period (default: 7 days ago)', isoDate)
    .option('--until <date>', 'end of the period (default: now)', isoDate)
    .option('--chart <file>', 'write the chart PNG to this file')
    .option('--post', 'post it to the configured channels (once per period)')
    .action((o) => done(digestCommand(o, io)));

  const feeds = program.command('feeds').description('manage the feeds list');
  feeds
    .command('list')
    .description('list feeds with their health')
    .action(() => done(feedsCommand('list', undefined, io)));
  feeds
    .command('add')
    .argument('<url>')
    .description('add a feed (fetched and parsed first)')
    .option('--no-check', 'add it without fetching it now (the address rules still apply)')
    .action((u: string, o: { check: boolean }) => done(feedsCommand('add', u, io, o)));
  feeds
    .command('remove')
    .argument('<url>')
    .description('remove a feed')
    .action((u: string) => done(feedsCommand('remove', u, io)));
  feeds
    .command('import')
    .argument('<file>', 'OPML file')
    .description('add the feeds of an OPML file')
    .action((f: string) => done(feedsCommand('import', f, io)));
  feeds
    .command('export')
    .description('print the feeds as OPML')
    .action(() => done(feedsCommand('export', undefined, io)));

  program
    .command('eval-articles')
    .description("score the engine on a labelled corpus (NNN.txt + labels.jsonl), run through the bot's path")
    .argument('<dirs...>', 'corpus directories; several are scored one by one, then together')
    .option('--claims <file>', 'the claim set (default: stories/<dir name>/claims.yaml; labels-map.yaml beside it)')
    .option('--judge <name>', 'stance judge: rules | learned (default: STANCE_JUDGE)')
    .option('--details', 'list every miss and false alarm')
    .action((dirs: string[], o) => done(evalArticlesCommand(dirs, o, io)));

  program
    .command('claims')
    .description('list claims, optionally matching a query')
    .argument('[query]')
    .option('--json', 'print JSON')
    .action((q: string | undefined, o) => done(claimsCommand(q, o, io)));

  program
    .command('doctor')
    .description('check config, database, claim set, every feed, and the Slack/Discord tokens and channels')
    .action(() => done(doctorCommand(io)));

  // Each platform's setup subcommands (`slack manifest`, `discord deploy`) come from the platform list.
  for (const platform of platforms()) {
    if (!platform.setup) continue;
    const group = program.command(platform.name).description(platform.setup.description);
    for (const c of platform.setup.commands) {
      const sub = group.command(c.name).description(c.description);
      for (const o of c.options) sub.option(o.flags, o.description, o.default);
      sub.action((o: Record<string, unknown>) => done(setupCommand(c as SetupCommand<Config>, o, io)));
    }
  }
  return program;
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[], given?: Io): Promise<number> {
  let code = 0;
  let io: Io = given ?? {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    env: process.env,
    stdin: process.stdin,
  };
  try {
    if (!given) io = defaultIo();
    const program = build(io, (c) => (code = c));
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    const e = asAppError(err);
    io.err(
      `claimwatch: ${e instanceof AppError ? `${e.message}${e.remedy ? `\n  → ${e.remedy}` : ''}` : String(err)}\n`,
    );
    if (io.env.LOG_LEVEL === 'debug' && e.cause instanceof Error) io.err(`${e.cause.stack}\n`);
    return 1;
  }
}
