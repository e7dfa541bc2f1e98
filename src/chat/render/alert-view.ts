import type { AlertKind, ConflictRef } from '../../core/types.js';
import type { ArticleMeta, OutboundPayload } from '../../store/store.js';
import { oneLine } from '../sanitize.js';

/**
 * The platform-neutral reading of an alert: what a journalist needs to see, in the order they read it.
 * Slack, Discord and the console each lay this out in their own way; none of them decides content.
 */

export interface KindStyle {
  /** What the header says, so the kind is clear at a glance. */
  label: string;
  emoji: string;
  /** Discord embed colour (RGB). */
  colour: number;
  /** How the speaker's words are introduced: "Dmitry Peskov denies: …". */
  verb: string;
}

export const KIND_STYLE: Record<AlertKind, KindStyle> = {
  denial: { label: 'New denial', emoji: '🚫', colour: 0xc0392b, verb: 'denies' },
  contradiction: { label: 'Contradiction', emoji: '⚠️', colour: 0xe67e22, verb: 'says' },
  'new-claim': { label: 'New claim for review', emoji: '🆕', colour: 0x2e86c1, verb: 'says' },
};

export interface AlertView {
  kind: AlertKind;
  style: KindStyle;
  story: string;
  claimId: string | null;
  /** The claim as the claim set states it, or a note that it is not in the set yet. */
  claim: string;
  /** Who said it: the actor, or the outlet when the article itself is the speaker. */
  speaker: string;
  evidence: string;
  conflicts: ConflictRef[];
  article: ArticleMeta;
  /** YYYY-MM-DD or null. */
  published: string | null;
  reason: string;
}

type AlertPayload = Extract<OutboundPayload, { type: 'alert' | 'source' }>;

/** Read an alert (or extra-source) payload into the neutral view. Pure. */
export function alertView(payload: AlertPayload): AlertView {
  const { alert, article } = payload;
  const style = KIND_STYLE[alert.kind];
  return {
    kind: alert.kind,
    style,
    story: payload.story,
    claimId: alert.claim,
    claim: oneLine(alert.claimText ?? (alert.claim ? alert.claim : 'Not in the claim set yet')),
    speaker: oneLine(alert.actor ?? article.source),
    evidence: oneLine(alert.evidence),
    conflicts: alert.conflictsWith.map((c) => ({ value: oneLine(c.value), source: oneLine(c.source) })),
    article: { ...article, title: oneLine(article.title), source: oneLine(article.source) },
    published: isoDay(article.published),
    reason: oneLine(alert.reason),
  };
}

/** "2025-09-05" from an ISO timestamp, or null when there is none or it does not parse. */
export function isoDay(iso: string | null): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** Outlet and date, as a byline: "Pravda.Ru, 2025-09-05". */
export function byline(view: AlertView): string {
  return view.published ? `${view.article.source}, ${view.published}` : view.article.source;
}
