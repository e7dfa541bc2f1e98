import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Command, CommandContext, CommandUser } from '../command.js';
import type { FeedbackDeps } from '../feedback.js';
import type { TextWriter } from './console/sink.js';
import type { ChartProvider, Sink } from '../sink.js';

/**
 * One place alerts go and commands come from: the console, Slack, Discord. Each lives in one folder
 * (platforms/<name>/) and exports one `Platform`; the rest of the bot only walks the list in platforms/index.ts,
 * so a new platform is a folder and a line there (plus its keys in the app's config schema). The outbox worker
 * (delivery.ts) and the command runtime (command.ts, invoke.ts) know no platform.
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

/** `C` is the part of the configuration the platform reads; the app's `Config` satisfies every platform's. */
export interface Platform<C = unknown> {
  readonly name: string;
  readonly capabilities: Capabilities;
  channels(cfg: C): Channels | null;
  state(cfg: C): PlatformState;
  /** The outbox sink, or null when the platform is off. */
  sink(cfg: C, deps: SinkDeps): Sink | null;
  /** The command and button transport, or null when there is none to run. */
  transport(cfg: C, deps: TransportDeps): Transport | null;
}
