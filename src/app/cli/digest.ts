import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Io } from '../../cli.js';
import { UsageError } from '../../errors.js';
import { addDays, lastDays, localDate, startOfLocalDay, type DigestPeriod } from '../../core/digest/index.js';
import { openStore } from '../../store/index.js';
import { digestRoutes } from '../../chat/routing.js';
import { platforms } from '../../chat/platforms/index.js';
import { loadConfig } from '../config.js';
import { loadClaimSet } from '../claimset.js';
import { renderDigestChart } from '../chart.js';
import { chartDirFor, digestText, gatherDigest, postDigest, routeName } from '../digest.js';

export interface DigestOptions {
  since?: string;
  until?: string;
  chart?: string;
  post?: boolean;
}

/**
 * A bare date arrives as UTC midnight (the CLI parses `2025-10-20` that way); the newsroom means
 * midnight where it is, so such a value is read as the start of that calendar day in TZ.
 */
function atLocal(iso: string, tz: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T00:00:00(\.000)?Z$/.exec(iso);
  return m?.[1] ? startOfLocalDay(m[1], tz) : new Date(iso).toISOString();
}

/** The period asked for: the last seven days ending now unless --since/--until say otherwise. */
export function periodFor(opts: DigestOptions, now: Date, tz: string): DigestPeriod {
  const until = opts.until ? atLocal(opts.until, tz) : now.toISOString();
  const since = opts.since
    ? atLocal(opts.since, tz)
    : opts.until
      ? startOfLocalDay(addDays(localDate(Date.parse(until) - 1, tz), -6), tz)
      : lastDays(now, tz).since;
  if (Date.parse(since) >= Date.parse(until)) {
    throw new UsageError('bad-period', `--since (${since}) must be before --until (${until})`, {
      remedy: 'e.g. --since 2025-10-20 --until 2025-10-27 (until is exclusive)',
    });
  }
  return { since, until, tz };
}

/**
 * `claimwatch digest [--since DATE] [--until DATE] [--chart FILE] [--post]`: print the digest; optionally chart and
 * post it.
 */
export async function digestCommand(opts: DigestOptions, io: Io): Promise<number> {
  const cfg = loadConfig(io.env);
  const period = periodFor(opts, new Date(), cfg.TZ);
  // Posting to the console alone would mark the period as posted and leave Slack and Discord without it later.
  if (opts.post && !digestRoutes(cfg).some((r) => r.sink !== 'console')) {
    // The platforms that post, from the registry: "Slack or Discord", "SLACK_BOT_TOKEN and … (or DISCORD_TOKEN …)".
    const posting = platforms().flatMap((p) => (p.config.label && p.config.postingKeys ? [p.config] : []));
    const [first, ...rest] = posting.map((k) => k.postingKeys!);
    throw new UsageError(
      'no-sink',
      `--post needs ${posting.map((k) => k.label).join(' or ')} to post to, and ` +
        `${posting.length === 2 ? 'neither' : 'none'} is configured; nothing was posted, the period stays open`,
      {
        remedy:
          `set ${first ?? 'a chat platform'}${rest.map((k) => ` (or ${k})`).join('')} in .env, ` +
          'then run it again; without --post the digest is only printed',
      },
    );
  }
  const claimSet = await loadClaimSet(cfg.CLAIMS_FILE);
  const store = await openStore(cfg.DATABASE_URL);
  try {
    const model = await gatherDigest(store, claimSet, period);
    io.out(`${await digestText(store, model)}\n`);
    if (opts.chart) {
      const file = resolve(opts.chart);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, renderDigestChart(model));
      io.err(`chart written to ${file}\n`);
    }
    if (opts.post) {
      const res = await postDigest({
        store,
        claimSet,
        period,
        routes: digestRoutes(cfg),
        now: () => new Date(),
        chartDir: chartDirFor(cfg.DATABASE_URL),
      });
      if (res.posted.length)
        io.err(
          `posted to ${res.posted.map(routeName).join(', ')} ` +
            `(period ${res.periodKey}; queued in the outbox, delivered by the running bot)\n`,
        );
      if (res.alreadyPosted.length)
        io.err(
          `already posted for this period (${res.periodKey}) to ${res.alreadyPosted.map(routeName).join(', ')}\n`,
        );
    }
    return 0;
  } finally {
    await store.close();
  }
}
