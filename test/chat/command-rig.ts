import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CommandContext, CommandUser, FeedCheck } from '../../src/chat/command.js';
import type { Store } from '../../src/store/store.js';
import { claimSet, silentLog } from './fixtures.js';

/** The command context the transports build per user, with a feed check the test controls. */
export function contextFactory(
  store: Store,
  opts: { admins?: string[]; feedCheck?: (url: string) => FeedCheck; now?: () => Date } = {},
) {
  const set = claimSet();
  const checked: string[] = [];
  const context = (user: CommandUser): CommandContext => ({
    store,
    claimSet: set,
    user,
    admins: opts.admins ?? [],
    log: silentLog,
    async checkFeedUrl(url) {
      checked.push(url);
      return opts.feedCheck?.(url) ?? { ok: true, title: 'A Test Feed' };
    },
    ...(opts.now ? { now: opts.now } : {}),
  });
  return { context, checked, claimSet: set };
}

/** Serve one request handler on 127.0.0.1, as the composition root's server would. */
export async function serve(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Poll until `check` returns something truthy (an answer sent after the acknowledgement). */
export async function eventually<T>(check: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting for the answer');
    await new Promise((r) => setTimeout(r, 20));
  }
}
