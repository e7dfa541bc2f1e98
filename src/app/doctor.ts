import { readFile } from 'node:fs/promises';
import pLimit from 'p-limit';
import { asAppError } from '../errors.js';
import { parseOpml } from '../ingest/index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { platforms, type Platform } from '../chat/platforms/index.js';
import { loadClaimSet } from './claimset.js';
import { loadConfig, type Config } from './config.js';
import { fail, ok, type Check, type PlatformReport } from './doctor-checks.js';
import { probeFeed } from './feed-check.js';
import { resolveAsset } from './paths.js';

/**
 * `claimwatch doctor`: everything the bot needs, checked in the order a newcomer sets it up: config, claim set,
 * database, each feed, then each platform in the list. Each check reports as soon as it is done (`report`), so a
 * slow feed does not hide the rest. Resolves to whether every check passed.
 */
export async function runDoctor(
  env: NodeJS.ProcessEnv,
  report: (c: Check) => void,
  list: ReadonlyArray<Platform<Config>> = platforms(),
): Promise<boolean> {
  let failed = false;
  const say = (c: Check) => {
    if (c.status === 'fail') failed = true;
    report(c);
  };
  let cfg: Config;
  try {
    cfg = loadConfig(env, { platforms: list as ReadonlyArray<Platform<never>> });
    say(ok('config', 'every key valid'));
  } catch (err) {
    const e = asAppError(err);
    say(fail('config', e.message.replace(/\n\s*/g, ' '), e.remedy));
    return false;
  }
  await attempt('claim set', say, async () => {
    const { file } = await loadClaimSet(cfg.CLAIMS_FILE);
    return ok(
      'claim set',
      `${cfg.CLAIMS_FILE}: “${file.story.title}”, ${file.claims.length} claims, ${file.actors.length} speakers`,
    );
  });
  let store: Store | null = null;
  await attempt('database', say, async () => {
    store = await openStore(cfg.DATABASE_URL);
    return ok('database', `${describeDatabase(cfg.DATABASE_URL)}, schema up to date`);
  });
  try {
    await checkFeeds(cfg, store, say);
  } finally {
    await (store as Store | null)?.close();
  }
  for (const r of await platformReports(cfg, 10_000, list)) r.checks.forEach(say);
  return !failed;
}

/**
 * Each registered platform's doctor lines (an "off" line for one the configuration leaves off), in list order;
 * `list` is the registered platforms unless a test brings its own.
 */
export async function platformReports(
  cfg: Config,
  timeoutMs = 10_000,
  list: ReadonlyArray<Platform<Config>> = platforms(),
): Promise<PlatformReport[]> {
  const reports = await Promise.all(list.map((p) => p.doctor?.(cfg, { timeoutMs })));
  return reports.filter((r): r is PlatformReport => r !== undefined);
}

/** The feeds in the store, or (before the first run) the default list the bot would add; each fetched and parsed. */
async function checkFeeds(cfg: Config, store: Store | null, say: (c: Check) => void): Promise<void> {
  let urls = store ? (await (store as Store).listFeeds()).map((f) => f.url) : [];
  let from = 'the store';
  if (!urls.length) {
    try {
      urls = parseOpml(await readFile(resolveAsset(cfg.FEEDS_FILE), 'utf8')).map((f) => f.url);
      from = `${cfg.FEEDS_FILE} (added on the first run)`;
    } catch (err) {
      say(
        fail(
          'feeds',
          `no feeds in the store, and ${cfg.FEEDS_FILE} cannot be read: ${asAppError(err).message}`,
          'fix FEEDS_FILE, or add a feed: claimwatch feeds add URL',
        ),
      );
      return;
    }
  }
  if (!urls.length) {
    say(fail('feeds', 'none to poll', 'add one: claimwatch feeds add URL'));
    return;
  }
  say(ok('feeds', `${urls.length} from ${from}`));
  const limit = pLimit(cfg.FEED_CONCURRENCY);
  // Lines come in list order, each as soon as it and those before it are done.
  const probes = urls.map((url) => limit(() => probeFeed(url, cfg)));
  for (const [i, url] of urls.entries()) {
    const p = await probes[i]!;
    say(
      p.ok
        ? ok(`feed ${url}`, `${p.items} items${p.title ? `, “${p.title}”` : ''}`)
        : fail(
            `feed ${url}`,
            p.reason,
            p.fix ?? `check that it opens as RSS or Atom in a browser, or remove it: claimwatch feeds remove ${url}`,
          ),
    );
  }
}

async function attempt(name: string, say: (c: Check) => void, check: () => Promise<Check>): Promise<void> {
  try {
    say(await check());
  } catch (err) {
    const e = asAppError(err);
    say(fail(name, e.message.replace(/\n\s*/g, ' '), e.remedy));
  }
}

/** The database without its password: "SQLite ./data/claimwatch.db", "PostgreSQL db.internal:5432/claimwatch". */
function describeDatabase(url: string): string {
  if (url.startsWith('file:')) return `SQLite ${url.slice(5)}`;
  const u = new URL(url);
  return `PostgreSQL ${u.host}${u.pathname}`;
}
