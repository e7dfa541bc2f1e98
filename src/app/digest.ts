import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import {
  buildDigest,
  claimsForDigest,
  digestHeadline,
  digestSections,
  lastDays,
  renderDigestText,
  weekBefore,
  type DigestModel,
  type DigestPeriod,
} from '../core/digest/index.js';
import type { OutboundPayload, Route, Store } from '../store/store.js';
import { sqlitePath } from '../store/index.js';
import type { Reply } from '../chat/command.js';
import { digestRoutes, type RoutingConfig } from '../chat/routing.js';
import type { LoadedClaimSet } from './claimset.js';
import { renderDigestChart } from './chart.js';
import { tallyLine, tallyVerdicts } from '../chat/feedback.js';

/**
 * The digest at the edges: read what the store recorded for a period, build the model, and post it
 * once per period and channel. The store's digest claim is what makes "once" hold across restarts and
 * across instances sharing PostgreSQL; the outbox then delivers it like any alert.
 */

/** Read the period's record from the store and build the digest model. */
export async function gatherDigest(
  store: Store,
  claimSet: LoadedClaimSet,
  period: DigestPeriod,
): Promise<DigestModel> {
  const { since, until } = period;
  const [positions, values, events, counts, feedFailures] = await Promise.all([
    store.positions({ until }),
    store.values({ until }),
    store.events({ since, until }),
    store.articleCounts({ since, until }),
    store.feedFailures({ since, until }),
  ]);
  return buildDigest({
    period,
    story: claimSet.file.story.title,
    claims: claimsForDigest(claimSet.file),
    positions,
    values,
    events,
    counts,
    feedFailures,
  });
}

/**
 * The digest as text: the model's text, then what editors said about the period's alerts with their buttons, when
 * they said anything ("Confirm 3 · False alarm 1 · Wrong speaker 0").
 */
export async function digestText(store: Store, model: DigestModel): Promise<string> {
  const text = renderDigestText(model);
  const lines = await verdictSection(store, model.period);
  return lines.length ? `${text}\n\n${lines.join('\n')}` : text;
}

/** Editors' verdicts pressed in the period, as a heading and one tally line; nothing when there were none. */
async function verdictSection(store: Store, period: Pick<DigestPeriod, 'since' | 'until'>): Promise<string[]> {
  const rows = await store.feedback({ since: period.since, until: period.until });
  if (!rows.length) return [];
  return [`Editors’ verdicts on alerts (${rows.length})`, tallyLine(tallyVerdicts(rows))];
}

export interface PostDigestDeps {
  store: Store;
  claimSet: LoadedClaimSet;
  period: DigestPeriod;
  routes: readonly Route[];
  now: () => Date;
  /** Where the chart PNG is written; its path goes into the outbox payload. */
  chartDir: string;
  log?: Logger;
}

export interface PostDigestResult {
  periodKey: string;
  model: DigestModel;
  text: string;
  chartPath: string | null;
  /** Routes this call queued the digest for. */
  posted: Route[];
  /** Routes that already had this period's digest (from an earlier run or another instance). */
  alreadyPosted: Route[];
}

/** Queue the period's digest for every route that has not had it yet; each (period, sink, channel) at most once. */
export async function postDigest(deps: PostDigestDeps): Promise<PostDigestResult> {
  const model = await gatherDigest(deps.store, deps.claimSet, deps.period);
  const periodKey = model.period.key;
  const text = await digestText(deps.store, model);
  const at = deps.now().toISOString();
  const result: PostDigestResult = { periodKey, model, text, chartPath: null, posted: [], alreadyPosted: [] };
  for (const route of deps.routes) {
    if (!(await deps.store.claimDigest(periodKey, route.sink, route.channel, at))) {
      result.alreadyPosted.push(route);
      continue;
    }
    // An empty week is one line of text; a chart of nothing adds nothing.
    if (!model.empty && result.chartPath === null) result.chartPath = await writeChart(model, deps.chartDir);
    const payload: OutboundPayload = { type: 'digest', periodKey, text, model, chartPath: result.chartPath };
    await deps.store.enqueue([
      {
        kind: 'digest',
        sink: route.sink,
        channel: route.channel,
        eventKey: periodKey,
        idempotencyKey: `digest:${route.sink}:${route.channel}:${periodKey}`,
        payload,
        nextAttemptAt: at,
        createdAt: at,
      },
    ]);
    result.posted.push(route);
  }
  deps.log?.info(
    {
      period: periodKey,
      posted: result.posted.map(routeName),
      alreadyPosted: result.alreadyPosted.map(routeName),
      empty: model.empty,
    },
    'digest queued',
  );
  return result;
}

/** Write the chart as `digest-<period>.png` in `dir`; returns its path. */
export async function writeChart(model: DigestModel, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `digest-${model.period.key.replace(/[^0-9A-Za-z-]+/g, '_')}.png`);
  await writeFile(path, renderDigestChart(model));
  return path;
}

/**
 * The chart of a queued digest: the file when this machine has it, else drawn again from the model
 * (with several instances the one delivering may not be the one that wrote the file).
 */
export async function chartForPayload(payload: Extract<OutboundPayload, { type: 'digest' }>): Promise<Buffer | null> {
  if (payload.chartPath && existsSync(payload.chartPath)) return readFile(payload.chartPath);
  const model = payload.model as DigestModel | null;
  if (!model || model.empty || !Array.isArray(model.days)) return null;
  return renderDigestChart(model);
}

/** Charts live beside an SQLite database (`data/digests`), else in the system's temporary folder. */
export function chartDirFor(databaseUrl: string): string {
  const path = databaseUrl.startsWith('file:') ? sqlitePath(databaseUrl) : null;
  return path && path !== ':memory:' ? join(dirname(path), 'digests') : join(tmpdir(), 'claimwatch-digests');
}

export function routeName(r: Route): string {
  return r.sink === r.channel ? r.sink : `${r.sink} ${r.channel}`;
}

/** The scheduled job (DIGEST_CRON): last week's digest, to the digest routes. */
export function digestJob(deps: {
  store: Store;
  claimSet: LoadedClaimSet;
  config: RoutingConfig & { TZ: string; DATABASE_URL: string };
  now: () => Date;
  log?: Logger;
}): () => Promise<PostDigestResult> {
  return () =>
    postDigest({
      store: deps.store,
      claimSet: deps.claimSet,
      period: weekBefore(deps.now(), deps.config.TZ),
      routes: digestRoutes(deps.config),
      now: deps.now,
      chartDir: chartDirFor(deps.config.DATABASE_URL),
      ...(deps.log ? { log: deps.log.child({ job: 'digest' }) } : {}),
    });
}

/** The digest as a slash-command reply (`/digest`): the last seven days, sections as blocks. */
export function digestReply(model: DigestModel, verdicts: readonly string[] = []): Reply {
  const said = verdicts.length ? [{ heading: verdicts[0]!, lines: verdicts.slice(1) }] : [];
  if (model.empty)
    return said.length ? { text: digestHeadline(model), blocks: said } : { text: digestHeadline(model) };
  const blocks = digestSections(model).map((s) => ({ heading: s.heading, lines: s.lines }));
  return { text: `Digest · ${model.period.label}\n${digestHeadline(model)}`, blocks: [...blocks, ...said] };
}

/** What `/digest` answers, for the command context's `digest()` hook. */
export async function currentDigestReply(
  store: Store,
  claimSet: LoadedClaimSet,
  tz: string,
  now: () => Date = () => new Date(),
): Promise<Reply> {
  const period = lastDays(now(), tz);
  return digestReply(await gatherDigest(store, claimSet, period), await verdictSection(store, period));
}
