import {
  isAdmin,
  userError,
  type CommandArgs,
  type CommandContext,
  type CommandDefinition,
  type Reply,
} from '../src/chat/command.js';
import { ago, plural } from '../src/chat/format.js';
import { safeUrl } from '../src/chat/sanitize.js';

/** /feeds list|add|remove [url] — the feeds the bot polls; changes are for admins only. */
export const definition: CommandDefinition = {
  name: 'feeds',
  description: 'List the feeds the bot reads; admins can add or remove one',
  options: [
    {
      name: 'action',
      description: 'list, add or remove',
      type: 'string',
      required: false,
      choices: ['list', 'add', 'remove'],
    },
    { name: 'url', description: 'The feed address (for add and remove)', type: 'string', required: false },
  ],
  ephemeral: true,
};

export async function run(ctx: CommandContext, args: CommandArgs): Promise<Reply> {
  const action = args.action ?? 'list';
  if (action === 'list') return list(ctx);
  if (!isAdmin(ctx)) {
    return userError(
      `Only the bot’s admins can ${action} feeds. Ask one of them, ` +
        `or ask an operator to add your user id (${ctx.user.id}) to ADMIN_USER_IDS.`,
    );
  }
  const url = args.url ? safeUrl(args.url) : null;
  if (!url)
    return userError(
      `/feeds ${action} needs the feed’s web address, e.g. /feeds ${action} https://example.org/rss.xml`,
    );
  return action === 'add' ? add(ctx, url) : remove(ctx, url);
}

async function list(ctx: CommandContext): Promise<Reply> {
  const feeds = await ctx.store.listFeeds();
  if (!feeds.length) return { text: 'No feeds yet. An admin can add one with /feeds add <url>.', ephemeral: true };
  const now = ctx.now?.() ?? new Date();
  const lines = feeds.map((f) => [
    { text: f.title ?? f.url, url: f.url },
    f.failureCount
      ? ` — failing (${plural(f.failureCount, 'attempt')}): ${f.lastError ?? 'unknown error'}`
      : ` — ok, polled ${ago(f.lastPolledAt, now)}`,
  ]);
  return { text: `${plural(feeds.length, 'feed')}`, blocks: [{ lines }], ephemeral: true };
}

async function add(ctx: CommandContext, url: string): Promise<Reply> {
  const known = (await ctx.store.listFeeds()).find((f) => f.url === url);
  if (known) return { text: `Already reading ${url}.`, ephemeral: true };
  const check = await ctx.checkFeedUrl(url);
  if (!check.ok) return userError(`Not added: ${check.reason}. Check the address opens as RSS or Atom in a browser.`);
  const feed = await ctx.store.addFeed(url, check.title ?? null);
  ctx.log.info({ feed: url, by: ctx.user }, 'feed added from chat');
  return {
    text:
      `Added ${feed.title ? `“${feed.title}” ` : ''}(${url}). ` +
      'Its current articles are read quietly at the next poll (no alerts for the backlog); new ones alert as usual.',
    ephemeral: true,
  };
}

async function remove(ctx: CommandContext, url: string): Promise<Reply> {
  const removed = await ctx.store.removeFeed(url);
  if (!removed) return userError(`No feed has the address ${url}. /feeds list shows them.`);
  ctx.log.info({ feed: url, by: ctx.user }, 'feed removed from chat');
  return { text: `Removed ${url}. Articles already read stay on record.`, ephemeral: true };
}
