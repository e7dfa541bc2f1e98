import type { AlertFeedback, Verdict } from './store.js';
import { readTimeRequired, toIso } from './time.js';

/**
 * Editors' verdicts, in SQL both databases read the same way: only the placeholders differ ("?" or "$n"), so the
 * two stores share the statements and the row mapping.
 */

export type Placeholder = (n: number) => string;

export const INSERT_FEEDBACK = (p: Placeholder): string =>
  `INSERT INTO alert_feedback (event_key, claim, verdict, platform, user_id, at)
   VALUES (${[1, 2, 3, 4, 5, 6].map(p).join(', ')})
   ON CONFLICT (event_key, verdict, platform, user_id) DO NOTHING`;

export function feedbackParams(f: AlertFeedback): unknown[] {
  return [f.eventKey, f.claim, f.verdict, f.platform, f.userId, toIso(f.at)];
}

/** The SELECT for a filter, with its parameters in order. */
export function selectFeedback(
  filter: { claim?: string; eventKey?: string; since?: string; until?: string },
  p: Placeholder,
): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (ph: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(p(params.length)));
  };
  if (filter.claim !== undefined) add((ph) => `claim = ${ph}`, filter.claim);
  if (filter.eventKey !== undefined) add((ph) => `event_key = ${ph}`, filter.eventKey);
  if (filter.since !== undefined) add((ph) => `at >= ${ph}`, toIso(filter.since));
  if (filter.until !== undefined) add((ph) => `at < ${ph}`, toIso(filter.until));
  const sql =
    'SELECT event_key, claim, verdict, platform, user_id, at FROM alert_feedback' +
    `${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY at, id`;
  return { sql, params };
}

export function toFeedback(r: Record<string, unknown>): AlertFeedback {
  return {
    eventKey: String(r.event_key),
    claim: r.claim == null ? null : String(r.claim),
    verdict: String(r.verdict) as Verdict,
    platform: String(r.platform),
    userId: String(r.user_id),
    at: readTimeRequired(r.at),
  };
}
