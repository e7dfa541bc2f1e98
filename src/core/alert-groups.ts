import type { CompiledClaimSet } from './claimset/compile.js';
import type { AlertDecision } from './types.js';

/**
 * How one article's alerts become messages: one message per kind, however many statements of the article raised it
 * (a ministry's denial and its spokesperson's, read in one article, are one "new denial" for the desk). The decisions
 * themselves are untouched (alerts.ts); this only says which of them travel together. Pure.
 */

/** The alerts of one article by kind, in the order each kind first appears; an event named twice counts once. */
export function groupByKind(alerts: readonly AlertDecision[]): AlertDecision[][] {
  const groups = new Map<string, AlertDecision[]>();
  const seen = new Set<string>();
  for (const a of alerts) {
    if (seen.has(a.eventKey)) continue;
    seen.add(a.eventKey);
    const group = groups.get(a.kind);
    if (group) group.push(a);
    else groups.set(a.kind, [a]);
  }
  return [...groups.values()];
}

/**
 * The role the claim set gives each speaker of these alerts, by the name the alerts show ("Dmitry Peskov" →
 * "Kremlin spokesperson"). Speakers the set does not know have no entry.
 */
export function speakerRoles(
  alerts: readonly AlertDecision[],
  cs: Pick<CompiledClaimSet, 'actors'>,
): Record<string, string> {
  const wanted = new Set(alerts.map((a) => a.actor).filter((a): a is string => Boolean(a)));
  const roles: Record<string, string> = {};
  if (!wanted.size) return roles;
  for (const actor of cs.actors.values())
    if (actor.role && wanted.has(actor.name) && !(actor.name in roles)) roles[actor.name] = actor.role;
  return roles;
}
