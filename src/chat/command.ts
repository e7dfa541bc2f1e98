import type { Logger } from 'pino';
import type { ClaimSetFile } from '../core/claimset/schema.js';
import type { Store } from '../store/store.js';

/**
 * The platform-neutral shape of a slash command. Each file in commands/ exports `definition` and
 * `run` (and optionally `precheck` and `autocomplete`); Slack and Discord adapters, the Slack
 * manifest and the Discord registration are all derived from the same registry.
 */

export interface CommandOption {
  name: string;
  description: string;
  type: 'string';
  required: boolean;
  /** Fixed values; anything else is refused with a message listing them. */
  choices?: readonly string[];
  /** Discord offers suggestions as the user types (the command must export `autocomplete`). */
  autocomplete?: boolean;
}

export interface CommandDefinition {
  /** Lower-case, no slash: "claims". */
  name: string;
  /** One line, at most 100 characters (Discord's limit). */
  description: string;
  options: readonly CommandOption[];
  /** Answer only the person who asked (operator commands), not the channel. */
  ephemeral?: boolean;
}

export interface Link {
  text: string;
  url: string;
}
/** A line of a reply: plain text, or text and links side by side. Platforms escape the text. */
export type Line = string | ReadonlyArray<string | Link>;

export interface ReplySection {
  heading?: string;
  lines: readonly Line[];
}

/** What a command answers, before any platform formatting. */
export interface Reply {
  /** Always present: the short answer, and the fallback where sections cannot be shown. */
  text: string;
  blocks?: readonly ReplySection[];
  ephemeral?: boolean;
}

export type FeedCheck = { ok: true; title?: string | null } | { ok: false; reason: string };

export interface CommandUser {
  id: string;
  /** The platform's name in the registry ("slack", "discord"), or "cli". */
  platform: string;
}

export interface CommandContext {
  store: Store;
  claimSet: ClaimSetFile;
  user: CommandUser;
  /** ADMIN_USER_IDS: plain ids, or platform-qualified ("slack:U123", "discord:123"). */
  admins: readonly string[];
  log: Logger;
  /** Fetches and parses a feed URL before it is stored (the ingest module's check, injected). */
  checkFeedUrl(url: string): Promise<FeedCheck>;
  /** The current week's digest, once the digest issue provides it. */
  digest?: () => Promise<Reply | string>;
  now?: () => Date;
}

export type CommandArgs = Readonly<Record<string, string | undefined>>;

export interface Choice {
  name: string;
  value: string;
}

export interface Command {
  definition: CommandDefinition;
  run(ctx: CommandContext, args: CommandArgs): Promise<Reply>;
  /**
   * Settles a request from the claim set alone (no store, no network) before the platform is
   * acknowledged, e.g. "no claim with that id": the user gets a private answer at once.
   */
  precheck?(ctx: Pick<CommandContext, 'claimSet'>, args: CommandArgs): Reply | null;
  autocomplete?(ctx: Pick<CommandContext, 'claimSet'>, option: string, typed: string): Choice[];
}

/** A private answer telling the user what to do differently. */
export function userError(text: string): Reply {
  return { text, ephemeral: true };
}

/** Whether the user may change feeds. */
export function isAdmin(ctx: Pick<CommandContext, 'admins' | 'user'>): boolean {
  return ctx.admins.includes(ctx.user.id) || ctx.admins.includes(`${ctx.user.platform}:${ctx.user.id}`);
}
