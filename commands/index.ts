import type { Command } from '../src/chat/command.js';
import * as claim from './claim.js';
import * as claims from './claims.js';
import * as digest from './digest.js';
import * as feeds from './feeds.js';
import * as help from './help.js';
import * as sources from './sources.js';
import * as status from './status.js';
import * as who from './who.js';

/**
 * Every slash command, in the order help lists them. Slack and Discord register exactly this list,
 * and the Slack manifest and Discord registration are generated from it, so names cannot drift.
 */
export const commands: readonly Command[] = [claims, claim, who, sources, digest, feeds, status, help];

/** The command with this name (no slash), or undefined. */
export function findCommand(name: string): Command | undefined {
  const bare = name.replace(/^\//, '').toLowerCase();
  return commands.find((c) => c.definition.name === bare);
}
