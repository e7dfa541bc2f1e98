import type { CompiledClaimSet } from './claimset/compile.js';
import type { ConflictRef, Finding, History, Stance } from './types.js';
import { byClaim, sourceLine } from './history-index.js';

/**
 * What is on record for an alert decision: positions from the claim set and the store, who speaks with whose voice
 * (claim-set affiliations), and how actors are named.
 */

/** A finding plus what the alert judge needs to know about where it came from. */
export interface JudgedFinding extends Finding {
  /** Actor key: claim-set actor id, `name:<Name>` or `outlet:<Outlet>`. */
  actorKey: string;
  attributed: boolean;
  rule: string;
  quotes: string[];
}

export interface AlertContext {
  cs: CompiledClaimSet;
  history: History;
  /** The article's URL (or seed path): positions recorded from this same document are known. */
  where: string;
  /** The article's own date (ISO), when it has one: how old the record is against it. */
  published?: string | null;
}

export const toStance = (s: 'asserts' | 'denies' | 'reports'): Stance => (s === 'asserts' ? 'supports' : s);

/**
 * The voice an actor speaks with: the body it speaks for (claim-set affiliation), else itself. A ministry's
 * denial repeated by its spokesman is not a new denial, and one alert stands for both.
 */
export function voiceOf(cs: CompiledClaimSet, actorKey: string): string {
  // A person speaks for the body named; a body speaks for itself, even as one office of a larger one.
  const a = cs.actors.get(actorKey);
  return a?.kind === 'person' && a.affiliation ? a.affiliation : actorKey;
}

/** Keys and display names of every actor with the same voice (the body and the people who speak for it). */
export function voiceMembers(ctx: AlertContext, actorKey: string): Set<string> {
  const voice = voiceOf(ctx.cs, actorKey);
  const out = new Set([actorKey, actorName(ctx, actorKey), voice, actorName(ctx, voice)]);
  if (voice.startsWith('name:') || voice.startsWith('outlet:')) return out;
  for (const a of ctx.cs.actors.values()) if (a.affiliation === voice) out.add(a.id).add(a.name);
  return out;
}

/**
 * The bodies above a voice (its affiliation chain): the state a ministry belongs to, the group a company does. Their
 * denial is the office's too: "North Korea denies" on record makes its UN mission's denial no news.
 */
function aboveVoice(ctx: AlertContext, actorKey: string): string[] {
  const out: string[] = [];
  let key = voiceOf(ctx.cs, actorKey);
  for (let hops = 0; hops < 5; hops++) {
    const next = ctx.cs.actors.get(key)?.affiliation;
    if (!next || !ctx.cs.actors.has(next) || out.includes(next)) break;
    out.push(next, actorName(ctx, next));
    key = next;
  }
  return out;
}

/**
 * Is (claim, actor, stance) already on record, from the claim set or the store, in this actor's voice? A denial is
 * also on record when a body the actor's voice belongs to made it.
 */
export function isKnown(ctx: AlertContext, claim: string, actorKey: string, stance: Stance): boolean {
  const voice = voiceMembers(ctx, actorKey);
  if (stance === 'denies') for (const k of aboveVoice(ctx, actorKey)) voice.add(k);
  const seeds = ctx.cs.positions.get(claim) ?? [];
  if (seeds.some((p) => toStance(p.stance) === stance && (voice.has(p.actor) || p.source.where === ctx.where)))
    return true;
  // The store keeps actors by display name ("Dmitry Peskov"); the claim set by id ("peskov").
  const recorded = byClaim(ctx.history).positions.get(claim);
  if (!recorded) return false;
  return recorded.some((p) => p.stance === stance && (voice.has(p.actor) || p.source.where === ctx.where));
}

/**
 * A position firm enough to hold a change against: one the editors curated into the claim set, or a denial the
 * bot already alerted on. Other findings in the store are the engine's own readings; a reading it got wrong
 * once must not make every later article look like a reversal.
 */
export function onFirmRecord(ctx: AlertContext, claim: string, actorKey: string, stance: Stance): boolean {
  const voice = voiceMembers(ctx, actorKey);
  if ((ctx.cs.positions.get(claim) ?? []).some((p) => toStance(p.stance) === stance && voice.has(p.actor)))
    return true;
  return stance === 'denies' && ctx.history.alertedEvents.has(`denial:${claim}:${voiceOf(ctx.cs, actorKey)}`);
}

/** The top of an actor's affiliation chain: the government or company all its offices belong to. */
export function rootOf(cs: CompiledClaimSet, actorKey: string): string {
  let key = actorKey;
  for (let hops = 0; hops < 5; hops++) {
    const next = cs.actors.get(key)?.affiliation;
    if (!next) break;
    key = next;
  }
  return key;
}

/** Positions on record for a claim with a given stance, as conflict references. */
export function positionsOf(ctx: AlertContext, claim: string, stance: Stance, actorKey?: string): ConflictRef[] {
  const out: ConflictRef[] = [];
  for (const p of ctx.cs.positions.get(claim) ?? [])
    if (toStance(p.stance) === stance && (!actorKey || p.actor === actorKey))
      out.push({ value: p.evidence, source: sourceLine(p.source.outlet, p.source.where, p.source.date) });
  const name = actorKey ? actorName(ctx, actorKey) : null;
  for (const p of byClaim(ctx.history).positions.get(claim) ?? [])
    if (p.stance === stance && (!actorKey || p.actor === actorKey || p.actor === name))
      out.push({ value: p.evidence, source: sourceLine(p.source.outlet, p.source.where, p.source.date) });
  return out;
}

/**
 * An actor key's display name: the claim set's name for a known actor, else the key without its kind ("name:",
 * "outlet:").
 */
export function displayName(cs: CompiledClaimSet, key: string): string {
  const known = cs.actors.get(key);
  if (known) return known.name;
  return key.startsWith('name:') ? key.slice(5) : key.startsWith('outlet:') ? key.slice(7) : key;
}

export function actorName(ctx: AlertContext, key: string): string {
  return displayName(ctx.cs, key);
}
