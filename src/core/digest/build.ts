import { dayLabel, localDate, periodDays, periodKey, periodLabel } from './calendar.js';
import { statusChanges } from './claims.js';
import { contradictionItem } from './contradictions.js';
import type {
  ActorActivity,
  DenialItem,
  DigestDay,
  DigestInput,
  DigestModel,
  DigestPosition,
  FeedFailureSummary,
  NewClaimItem,
} from './types.js';

/** Voices listed under "most active"; the rest are counted in the totals only. */
export const TOP_ACTORS = 5;

/**
 * What moved in the story during a period, from what the store recorded: new claims, new denials,
 * contradictions side by side, claims whose standing changed, the busiest voices, articles by outlet,
 * feeds that failed, and a day-by-day count. Pure: the same input always gives the same model.
 */
export function buildDigest(input: DigestInput): DigestModel {
  const { period } = input;
  const since = Date.parse(period.since);
  const until = Date.parse(period.until);
  const inPeriod = (at: string) => {
    const t = Date.parse(at);
    return t >= since && t < until;
  };
  const during = input.positions.filter((p) => inPeriod(p.at));
  const earlier = input.positions.filter((p) => Date.parse(p.at) < since);
  const events = input.events.filter((e) => inPeriod(e.createdAt));
  const outlets = outletIndex(input);
  const outletOf = (url: string) => outlets.get(url) ?? hostOf(url);
  const claims = new Map(input.claims.map((c) => [c.id, c]));

  const denials: DenialItem[] = events
    .filter((e) => e.kind === 'denial')
    .map((e) => ({
      claim: e.claim,
      claimText: claims.get(e.claim ?? '')?.text ?? e.reason,
      actor: e.actor,
      evidence: e.evidence,
      url: e.firstArticleUrl,
      outlet: outletOf(e.firstArticleUrl),
      at: e.createdAt,
      sources: e.sources,
    }));
  const newClaims: NewClaimItem[] = events
    .filter((e) => e.kind === 'new-claim')
    .map((e) => ({
      actor: e.actor,
      evidence: e.evidence,
      url: e.firstArticleUrl,
      outlet: outletOf(e.firstArticleUrl),
      at: e.createdAt,
      sources: e.sources,
    }));
  const contradictions = events
    .filter((e) => e.kind === 'contradiction')
    .map((e) => contradictionItem(e, { input, claims, inPeriod, outletOf }));

  const days = dayBuckets(input, during, events);
  const sum = (k: 'assertions' | 'denials' | 'contradictions') => days.reduce((n, d) => n + d[k], 0);
  const byOutlet = Object.entries(input.counts.outlets)
    .map(([outlet, articles]) => ({ outlet, articles }))
    .sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
  const failures = input.feedFailures.filter((f) => inPeriod(f.at));
  const learnedValues = input.values.filter((v) => inPeriod(v.at));

  return {
    story: input.story ?? null,
    period: { ...period, key: periodKey(period), label: periodLabel(period) },
    empty: !events.length && !during.length && !learnedValues.length && !input.counts.articles && !failures.length,
    totals: {
      assertions: sum('assertions'),
      denials: sum('denials'),
      contradictions: sum('contradictions'),
      articles: input.counts.articles,
      relevant: input.counts.relevant,
      outlets: byOutlet.length,
    },
    days,
    newClaims,
    denials,
    contradictions,
    statusChanges: statusChanges(input, earlier, during),
    actors: mostActive(during),
    outlets: byOutlet,
    feedFailures: summariseFailures(failures),
  };
}

/** One bucket per calendar day of the period in its time zone, each statement and alert in the day it was recorded. */
function dayBuckets(
  input: DigestInput,
  during: readonly DigestPosition[],
  events: DigestInput['events'],
): DigestDay[] {
  const tz = input.period.tz;
  const days = new Map(
    periodDays(input.period).map((date) => [
      date,
      { date, label: dayLabel(date), assertions: 0, denials: 0, contradictions: 0 },
    ]),
  );
  for (const p of during) {
    const day = days.get(localDate(p.at, tz));
    if (day && p.stance === 'supports') day.assertions++;
    if (day && p.stance === 'denies') day.denials++;
  }
  for (const e of events) {
    const day = days.get(localDate(e.createdAt, tz));
    if (day && e.kind === 'contradiction') day.contradictions++;
  }
  return [...days.values()];
}

function mostActive(during: readonly DigestPosition[]): ActorActivity[] {
  const byActor = new Map<string, ActorActivity>();
  for (const p of during) {
    const a = byActor.get(p.actor) ?? { actor: p.actor, positions: 0, supports: 0, denies: 0, reports: 0 };
    a.positions++;
    a[p.stance]++;
    byActor.set(p.actor, a);
  }
  return [...byActor.values()]
    .sort((a, b) => b.positions - a.positions || a.actor.localeCompare(b.actor))
    .slice(0, TOP_ACTORS);
}

function summariseFailures(failures: DigestInput['feedFailures']): FeedFailureSummary[] {
  const byUrl = new Map<string, FeedFailureSummary>();
  for (const f of failures) {
    const s = byUrl.get(f.url) ?? { url: f.url, failures: 0, lastError: f.error, lastAt: f.at };
    s.failures++;
    if (Date.parse(f.at) >= Date.parse(s.lastAt)) Object.assign(s, { lastError: f.error, lastAt: f.at });
    byUrl.set(f.url, s);
  }
  return [...byUrl.values()].sort((a, b) => b.failures - a.failures || a.url.localeCompare(b.url));
}

/** Article URL → outlet, from the sources of what was learned (events keep only the URL). */
function outletIndex(input: DigestInput): Map<string, string> {
  const m = new Map<string, string>();
  for (const x of [...input.positions, ...input.values]) if (x.source.outlet) m.set(x.source.where, x.source.outlet);
  return m;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
