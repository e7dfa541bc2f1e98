import type { ActorDef, ClaimDef, ClaimSetFile } from '../core/claimset/schema.js';
import type { PositionStance, SourceRef } from '../core/types.js';
import type { StoredPosition, StoredValue } from '../store/store.js';

/**
 * Where a claim stands: who asserts it, who denies it, and which values are contested, from the
 * curated claim set plus what the bot has learned from feeds since. Pure; used by /claims, /claim,
 * /who and /sources (and usable by the CLI's `claims`).
 */

export interface PositionEntry {
  claim: string;
  actor: string;
  stance: PositionStance;
  evidence: string;
  source: SourceRef;
  /** False for the claim set's own positions, true for what feeds taught us. */
  learned: boolean;
}

export interface ValueEntry {
  value: string;
  evidence: string;
  sources: SourceRef[];
  learned: boolean;
}

export interface ClaimStatus {
  claim: ClaimDef;
  /** Oldest first; undated last. */
  positions: PositionEntry[];
  assertedBy: string[];
  deniedBy: string[];
  reportedBy: string[];
  values: ValueEntry[];
  /** More than one distinct value is on record. */
  contested: boolean;
}

export interface Learned {
  positions: readonly StoredPosition[];
  values: readonly StoredValue[];
}

const stanceOf = (s: StoredPosition['stance']): PositionStance => (s === 'supports' ? 'asserts' : s);

/** Display name for an actor reference (id, name or alias); the reference itself when unknown. */
export function actorName(set: ClaimSetFile, ref: string): string {
  return findActor(set, ref)?.name ?? ref;
}

/** The claim set's actor for an id, name or alias (case-insensitive), or null. */
export function findActor(set: ClaimSetFile, query: string): ActorDef | null {
  const q = query.trim().toLowerCase();
  return (
    set.actors.find(
      (a) => a.id === q || a.name.toLowerCase() === q || a.aliases.some((x) => x.toLowerCase() === q),
    ) ?? null
  );
}

/** Claims whose id, text, terms or paraphrases contain every word of the query; all claims without one. */
export function findClaims(set: ClaimSetFile, query = ''): ClaimDef[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return set.claims.filter((c) => {
    const hay = [c.id, c.text, ...c.terms, ...c.paraphrases].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** Status of one claim, or null when the claim set has no such id. */
export function claimStatus(set: ClaimSetFile, claimId: string, learned: Learned): ClaimStatus | null {
  const claim = set.claims.find((c) => c.id === claimId);
  if (!claim) return null;
  const positions: PositionEntry[] = [
    ...claim.positions.map((p) => ({
      claim: claim.id,
      actor: actorName(set, p.actor),
      stance: p.stance,
      evidence: p.evidence,
      source: p.source,
      learned: false,
    })),
    ...learned.positions
      .filter((p) => p.claim === claimId)
      .map((p) => ({
        claim: claimId,
        actor: actorName(set, p.actor),
        stance: stanceOf(p.stance),
        evidence: p.evidence,
        source: p.source,
        learned: true,
      })),
  ].sort(byDate);
  const values = mergeValues([
    ...claim.values.map((v) => ({ value: v.value, evidence: v.evidence, sources: v.sources, learned: false })),
    ...learned.values
      .filter((v) => v.claim === claimId)
      .map((v) => ({ value: v.value, evidence: v.evidence, sources: [v.source], learned: true })),
  ]);
  const who = (stance: PositionStance) => unique(positions.filter((p) => p.stance === stance).map((p) => p.actor));
  return {
    claim,
    positions,
    values,
    assertedBy: who('asserts'),
    deniedBy: who('denies'),
    reportedBy: who('reports'),
    contested: values.length > 1,
  };
}

/** "asserted by A · denied by B · contested: four (X) vs two (Y)" — one line for lists. */
export function statusLine(s: ClaimStatus): string {
  const parts: string[] = [];
  if (s.assertedBy.length) parts.push(`asserted by ${s.assertedBy.join(', ')}`);
  if (s.deniedBy.length) parts.push(`denied by ${s.deniedBy.join(', ')}`);
  if (s.reportedBy.length) parts.push(`reported by ${s.reportedBy.join(', ')}`);
  if (s.values.length) {
    const vals = s.values.map((v) => `${v.value} (${unique(v.sources.map((x) => x.outlet)).join(', ')})`);
    parts.push(s.contested ? `contested: ${vals.join(' vs ')}` : `value: ${vals[0]}`);
  }
  return parts.length ? parts.join(' · ') : 'no positions on record yet';
}

/** Same value (ignoring case and spacing) reported by several sources → one entry with all of them. */
function mergeValues(values: ValueEntry[]): ValueEntry[] {
  const byKey = new Map<string, ValueEntry>();
  for (const v of values) {
    const key = v.value.toLowerCase().replace(/\s+/g, ' ').trim();
    const seen = byKey.get(key);
    if (seen)
      seen.sources = [...seen.sources, ...v.sources.filter((s) => !seen.sources.some((x) => x.where === s.where))];
    else byKey.set(key, { ...v, sources: [...v.sources] });
  }
  return [...byKey.values()];
}

function byDate(a: { source: SourceRef }, b: { source: SourceRef }): number {
  return (a.source.date ?? '9999').localeCompare(b.source.date ?? '9999');
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
