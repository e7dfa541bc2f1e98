import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { ZodRawShape } from 'zod';
import type { Command, CommandContext, CommandUser } from '../command.js';
import type { FeedbackDeps } from '../feedback.js';
import type { TextWriter } from './console/sink.js';
import type { ChartProvider, Sink } from '../sink.js';
import type { PlatformReport } from '../doctor-check.js';

/**
 * One place alerts go and commands come from: the console, Slack, Discord. Each lives in one folder
 * (platforms/<name>/) and exports one `Platform`; the rest of the bot only walks the list in platforms/index.ts,
 * so a new platform is a folder and a line there: its config keys, doctor checks and sink come with it. The outbox
 * worker (delivery.ts) and the command runtime (command.ts, invoke.ts) know no platform.
 */

/** Where a platform's messages go; null from `channels` when the configuration leaves it off. */
export interface Channels {
  /** The desk: new denials and contradictions. */
  alert: string;
  /** New-claim candidates for review (else the desk). */
  review?: string | undefined;
  /** The weekly digest (else the desk). */
  digest?: string | undefined;
}

export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** What brings commands and button presses in: handlers to mount on the bot's server, and/or a connection. */
export interface Transport {
  routes: Record<string, HttpHandler>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface TransportDeps {
  registry: readonly Command[];
  context(user: CommandUser): CommandContext;
  feedback?: FeedbackDeps | undefined;
  log: Logger;
}

export interface SinkDeps {
  out: TextWriter;
  log: Logger;
  chart?: ChartProvider;
}

export interface Capabilities {
  /** Later sources of an alert go into a thread under it. */
  threads: boolean;
  /** Alerts carry the editors' buttons (Confirm, False alarm, Wrong speaker). */
  buttons: boolean;
  /** Slash commands reach the bot. */
  commands: boolean;
}

/** On or off, and why, in words an operator can act on ("SLACK_BOT_TOKEN is not set"). */
export interface PlatformState {
  on: boolean;
  why: string;
  /** Off although some of its keys are set: probably a mistake worth a warning. */
  suspicious?: boolean;
}

/**
 * The keys a platform adds to the configuration: a zod fragment the app's schema merges (src/app/config.ts), and
 * the checks across keys that only matter when the bot posts ("SLACK_ALERT_CHANNEL: required with SLACK_BOT_TOKEN").
 */
export interface PlatformKeys<C, S extends ZodRawShape = ZodRawShape> {
  shape: S;
  /** One "KEY: what is wrong" line per problem, for a configuration that is about to post. */
  problems?(cfg: C): string[];
  /** What to set so the platform posts, for the hint on an entry no sink can take ("SLACK_BOT_TOKEN"). */
  posting?: string;
  /** The platform's name in a sentence ("Slack"), and the keys that make it post alerts, for setup hints. */
  label?: string;
  postingKeys?: string;
  /** The key listing who may press an alert's buttons, and its value. */
  editorsKey?: string;
  editors?(cfg: C): readonly string[];
}

/**
 * `C` is the part of the configuration the platform reads; the app's `Config` satisfies every platform's. `S` is the
 * zod fragment of its keys. Heavy SDKs load only when a sink, transport or doctor is asked for, so the list stays
 * cheap to import for commands that never post.
 */
export interface Platform<C = unknown, S extends ZodRawShape = ZodRawShape> {
  readonly name: string;
  readonly capabilities: Capabilities;
  readonly config: PlatformKeys<C, S>;
  channels(cfg: C): Channels | null;
  state(cfg: C): PlatformState;
  /** The outbox sink, or null when the platform is off. */
  sink(cfg: C, deps: SinkDeps): Promise<Sink | null>;
  /** The command and button transport, or null when there is none to run. */
  transport(cfg: C, deps: TransportDeps): Promise<Transport | null>;
  /** Setup subcommands (`claimwatch <name> <command>`): registering the bot with the platform, its manifest. */
  readonly setup?: PlatformSetup<C>;
  /** `claimwatch doctor`'s lines for the platform (an "off" line when it is off); none for a local one. */
  doctor?(cfg: C, opts: { timeoutMs: number }): Promise<PlatformReport>;
}

/** One option of a setup subcommand, as commander takes it ("--out <file>", its help, its default). */
export interface SetupOption {
  flags: string;
  description: string;
  default?: string;
}

/** What a setup subcommand gets: the slash-command registry, an output, the configuration (posting nothing). */
export interface SetupDeps<C> {
  registry: readonly Command[];
  out(s: string): void;
  config(): C;
}

/** One setup subcommand; `run` resolves to the exit code and throws an AppError the CLI prints with its remedy. */
export interface SetupCommand<C> {
  name: string;
  description: string;
  options: SetupOption[];
  run(opts: Record<string, unknown>, deps: SetupDeps<C>): Promise<number>;
}

/** `claimwatch <platform> …`: the group's help line and its subcommands. */
export interface PlatformSetup<C> {
  description: string;
  commands: ReadonlyArray<SetupCommand<C>>;
}
