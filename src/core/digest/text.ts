import { dayLabel, localDate } from './calendar.js';
import type { ContradictionItem, DigestModel, DigestSource } from './types.js';

/**
 * The digest as plain text: a headline, then only the sections that have something in them.
 * Sections are also handed out one by one so chat replies can lay them out their own way.
 */

export interface DigestSection {
  heading: string;
  lines: string[];
}

const QUOTE_MAX = 220;

function clip(s: string, max = QUOTE_MAX): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** Evidence in quotation marks, unless it already opens with one (a direct quote). */
function quoted(s: string, max = QUOTE_MAX): string {
  const c = clip(s, max);
  return /^["“«„']/.test(c) ? c : `"${c}"`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function when(at: string, tz: string): string {
  return dayLabel(localDate(at, tz));
}

function sourceText(s: DigestSource): string {
  return [s.outlet || null, s.date].filter(Boolean).join(', ') || s.where;
}

function moreSources(n: number): string {
  return n > 1 ? ` (+${plural(n - 1, 'more source')})` : '';
}

/** One line for the top of the digest. */
export function digestHeadline(m: DigestModel): string {
  if (m.empty)
    return `Nothing new in the story for ${m.period.label}: no articles, statements, alerts or feed failures.`;
  const t = m.totals;
  return (
    `${plural(t.articles, 'article')} (${t.relevant} about the story) from ${plural(t.outlets, 'outlet')} · ` +
    `${plural(t.assertions, 'assertion')} · ${plural(t.denials, 'denial')} · ` +
    plural(t.contradictions, 'contradiction')
  );
}

function contradictionLines(c: ContradictionItem, tz: string): string[] {
  const lines = [`• ${c.reason}`];
  if (c.type !== 'value' && c.claimText) lines.push(`    claim: ${c.claimText}`);
  for (const side of c.sides.slice(0, 6)) {
    const quote = side.quote ? ` ${quoted(side.quote, 160)}` : '';
    const from = side.sources.slice(0, 3).map(sourceText).join('; ');
    lines.push(`    ${side.label}${quote}${from ? ` — ${from}` : ''}${side.isNew ? '  ← new' : ''}`);
  }
  lines.push(`    ${when(c.at, tz)} · ${c.url}`);
  return lines;
}

/** Up to this many days, "Day by day" lists every day, quiet ones too; a longer range lists only days with events. */
export const EVERY_DAY_UP_TO = 14;

/**
 * The days "Day by day" lists: every day of a week or a fortnight, so a quiet day reads as quiet; over a longer range
 * (`--since 2000-01-01`) only the days something happened, with the year, under a heading that says so.
 */
function dayByDay(m: DigestModel): { heading: string; days: DigestModel['days']; withYear: boolean } {
  if (m.days.length <= EVERY_DAY_UP_TO) return { heading: 'Day by day', days: m.days, withYear: false };
  const busy = m.days.filter((d) => d.assertions + d.denials + d.contradictions > 0);
  return {
    heading: `Day by day (${plural(busy.length, 'day')} with events, of ${m.days.length})`,
    days: busy,
    withYear: true,
  };
}

/** The non-empty sections, in the order an editor reads them. */
export function digestSections(m: DigestModel): DigestSection[] {
  const tz = m.period.tz;
  const sections: DigestSection[] = [];
  const add = (heading: string, lines: string[]) => void (lines.length && sections.push({ heading, lines }));
  add(
    `New denials (${m.denials.length})`,
    m.denials.flatMap((d) => [
      `• ${d.actor ?? 'Unattributed'} denies: ${d.claimText}`,
      `    ${quoted(d.evidence)}`,
      `    ${[d.outlet, when(d.at, tz)].filter(Boolean).join(', ')} · ${d.url}${moreSources(d.sources)}`,
    ]),
  );
  add(
    `Contradictions (${m.contradictions.length})`,
    m.contradictions.flatMap((c) => contradictionLines(c, tz)),
  );
  add(
    `New claims to review (${m.newClaims.length})`,
    m.newClaims.flatMap((c) => [
      `• ${c.actor ?? 'Unattributed'}: ${quoted(c.evidence)}`,
      `    ${[c.outlet, when(c.at, tz)].filter(Boolean).join(', ')} · ${c.url}${moreSources(c.sources)}`,
    ]),
  );
  add(
    `Claims whose status changed (${m.statusChanges.length})`,
    m.statusChanges.map((s) => `• ${s.claimText} — ${s.before} → ${s.after} (${s.note})`),
  );
  add(
    'Most active voices',
    m.actors.map((a) => {
      const parts = [
        a.supports && plural(a.supports, 'assertion'),
        a.denies && plural(a.denies, 'denial'),
        a.reports && plural(a.reports, 'report'),
      ].filter(Boolean);
      return `• ${a.actor}: ${plural(a.positions, 'statement')} (${parts.join(', ')})`;
    }),
  );
  const { heading, days, withYear } = dayByDay(m);
  add(
    heading,
    days.map((d) => {
      const day = (withYear ? `${d.label} ${d.date.slice(0, 4)}` : d.label).padEnd(withYear ? 16 : 11);
      return (
        `  ${day} assertions ${String(d.assertions).padStart(3)}  denials ${String(d.denials).padStart(3)}  ` +
        `contradictions ${String(d.contradictions).padStart(3)}`
      );
    }),
  );
  add(
    `Articles by outlet (${m.totals.articles})`,
    m.outlets.length ? [m.outlets.map((o) => `${o.outlet} ${o.articles}`).join(' · ')] : [],
  );
  add(
    `Feeds that failed (${m.feedFailures.length})`,
    m.feedFailures.map(
      (f) => `• ${f.url} — ${plural(f.failures, 'failure')}, last ${when(f.lastAt, tz)}: ${clip(f.lastError, 120)}`,
    ),
  );
  return sections;
}

/** Plain text for a terminal or a chat message; an empty period is one line. */
export function renderDigestText(m: DigestModel): string {
  const title = `Digest${m.story ? ` · ${m.story}` : ''} · ${m.period.label} · ${m.period.key}`;
  if (m.empty) return digestHeadline(m);
  const body = digestSections(m).map((s) => `${s.heading}\n${s.lines.join('\n')}`);
  return [title, digestHeadline(m), ...body].join('\n\n');
}
