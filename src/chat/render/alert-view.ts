import type { AlertDecision, AlertKind } from '../../core/types.js';
import { alertsOf, type AlertMessage, type ArticleMeta } from '../../store/store.js';
import { oneLine } from '../sanitize.js';
import { conflictView, type ConflictView } from './conflict-source.js';

/**
 * The platform-neutral reading of an alert message: what a journalist needs to see, in the order they read it.
 * One message carries every alert of one kind from one article, sorted by claim: each claim once, then who said what
 * about it. Slack, Discord and the console each lay this out in their own way; none of them decides content.
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

/** One statement of the article: who, in what role, and their words. */
export interface StatementView {
  speaker: string;
  /** The claim set's role of the speaker, when it knows them. */
  role: string | null;
  evidence: string;
  /** The same speaker and words were shown under an earlier claim of the message: say so rather than repeat them. */
  shownAbove: boolean;
}

/** One claim the message is about: the claim, the statements on it, what they conflict with, and why. */
export interface ClaimSection {
  claimId: string | null;
  /** The claim as the claim set states it, or a note that it is not in the set yet. */
  claim: string;
  statements: StatementView[];
  conflicts: ConflictView[];
  reasons: string[];
}

export interface AlertView {
  kind: AlertKind;
  style: KindStyle;
  story: string;
  sections: ClaimSection[];
  /** The claim ids of the sections, each once. */
  claimIds: string[];
  article: ArticleMeta;
  /** YYYY-MM-DD or null. */
  published: string | null;
}

/** Read an alert (or extra-source) payload into the neutral view. Pure. */
export function alertView(payload: AlertMessage): AlertView {
  const { article } = payload;
  const alerts = alertsOf(payload);
  const sections = new Map<string, ClaimSection>();
  for (const alert of alerts) {
    const key = alert.claim ?? `text:${alert.claimText ?? ''}`;
    let section = sections.get(key);
    if (!section) sections.set(key, (section = emptySection(alert)));
    addStatement(section, alert, payload.roles, article.source);
  }
  const all = [...sections.values()];
  const shown = new Set<string>();
  for (const s of all)
    for (const t of s.statements) {
      const key = `${t.speaker}\u0000${t.evidence}`;
      t.shownAbove = shown.has(key);
      shown.add(key);
    }
  return {
    kind: payload.alert.kind,
    style: KIND_STYLE[payload.alert.kind],
    story: payload.story,
    sections: all,
    claimIds: all.map((s) => s.claimId).filter((id): id is string => Boolean(id)),
    article: { ...article, title: oneLine(article.title), source: oneLine(article.source) },
    published: isoDay(article.published),
  };
}

function emptySection(alert: AlertDecision): ClaimSection {
  return {
    claimId: alert.claim,
    claim: oneLine(alert.claimText ?? (alert.claim ? alert.claim : 'Not in the claim set yet')),
    statements: [],
    conflicts: [],
    reasons: [],
  };
}

/** Adds what is not there yet: the same words, conflict or reason twice in one message says nothing new. */
function addStatement(
  section: ClaimSection,
  alert: AlertDecision,
  roles: Record<string, string> | undefined,
  outlet: string,
): void {
  const speaker = oneLine(alert.actor ?? outlet);
  const role = alert.actor && roles?.[alert.actor] ? oneLine(roles[alert.actor]!) : null;
  const evidence = oneLine(alert.evidence);
  if (!section.statements.some((s) => s.speaker === speaker && s.evidence === evidence))
    section.statements.push({ speaker, role, evidence, shownAbove: false });
  for (const c of alert.conflictsWith.map(conflictView))
    if (!section.conflicts.some((k) => k.value === c.value && k.label === c.label)) section.conflicts.push(c);
  const reason = oneLine(alert.reason);
  if (!section.reasons.includes(reason)) section.reasons.push(reason);
}

/** "2025-09-05" from an ISO timestamp, or null when there is none or it does not parse. */
export function isoDay(iso: string | null): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/** Outlet and publication date, as a byline: "Pravda.Ru, published 2025-09-05". */
export function byline(view: AlertView): string {
  return `${view.article.source}, ${view.published ? `published ${view.published}` : 'publication date unknown'}`;
}

/** A statement as one plain line: "Dmitry Peskov (Kremlin spokesperson) denies: “…”". */
export function statementLine(view: AlertView, s: StatementView): string {
  return s.shownAbove
    ? `${speakerWithRole(s)}, in the statement quoted above.`
    : `${speakerWithRole(s)} ${view.style.verb}: “${s.evidence}”`;
}

/** The speaker as a line reads them: "Dmitry Peskov (Kremlin spokesperson)". */
export function speakerWithRole(s: StatementView): string {
  return s.role ? `${s.speaker} (${s.role})` : s.speaker;
}

/** The speakers of a message, for a one-line fallback: "Deniz Aksoy and 1 more". */
export function speakersLine(view: AlertView): string {
  const names = [...new Set(view.sections.flatMap((s) => s.statements.map((t) => t.speaker)))];
  return names.length > 1 ? `${names[0]} and ${names.length - 1} more` : (names[0] ?? view.article.source);
}
