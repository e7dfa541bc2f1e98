import type {
  CommandArgs,
  CommandContext,
  CommandDefinition,
  Line,
  Reply,
  ReplySection,
} from '../src/chat/command.js';
import { ago, plural } from '../src/chat/format.js';

/** /status — is the bot healthy: failing feeds, last poll, outbox backlog, dead letters. */
export const definition: CommandDefinition = {
  name: 'status',
  description: 'Bot health: failing feeds, last poll, messages waiting and messages given up on',
  options: [],
  ephemeral: true,
};

export async function run(ctx: CommandContext, _args: CommandArgs): Promise<Reply> {
  const now = ctx.now?.() ?? new Date();
  const [feeds, stats, dead] = await Promise.all([
    ctx.store.listFeeds(),
    ctx.store.outboxStats(),
    ctx.store.deadLetters(5),
  ]);
  const failing = feeds.filter((f) => f.failureCount > 0);
  const lastPoll =
    feeds
      .map((f) => f.lastPolledAt)
      .filter((t): t is string => !!t)
      .sort()
      .at(-1) ?? null;

  const blocks: ReplySection[] = [];
  if (failing.length) {
    blocks.push({
      heading: 'Failing feeds',
      lines: failing.map((f): Line => [
        { text: f.title ?? f.url, url: f.url },
        ` — ${plural(f.failureCount, 'failure')}, last ${ago(f.lastPolledAt, now)}: ${f.lastError ?? 'unknown error'}`,
      ]),
    });
  }
  blocks.push({
    heading: 'Outbox',
    lines: [
      `${stats.pending} waiting` +
        (stats.oldestPendingAt ? ` (oldest since ${ago(stats.oldestPendingAt, now)})` : '') +
        `, ${stats.delivered} delivered, ${stats.dead} given up`,
    ],
  });
  if (dead.length) {
    blocks.push({
      heading: 'Given up (dead letters)',
      lines: dead.map(
        (d) =>
          `#${d.id} ${d.kind} to ${d.sink} ${d.channel}, ` +
          `${plural(d.attempts, 'attempt')}: ${d.lastError ?? 'no error recorded'}`,
      ),
    });
  }
  const text =
    `${plural(feeds.length, 'feed')} (${failing.length} failing) · last poll ${ago(lastPoll, now)} · ` +
    `${stats.pending} waiting · ${stats.dead} given up`;
  return { text, blocks, ephemeral: true };
}
