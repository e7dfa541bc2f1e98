import type { CompiledClaimSet } from './claimset/compile.js';
import type { AlertDecision, ConflictRef, Finding, History, Stance } from './types.js';
import { byClaim, sourceLine } from './history-index.js';
import { quoteFingerprint, quoteSimilarity } from './statements/quotes.js';

/**
 * Alert decisions: what in an article is news against the claim set and the store's history.
 * Every decision has an event key; the same event seen again (a syndicated copy, a repeat) is a repeat,
 * not an alert.
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
}

const toStance = (s: 'asserts' | 'denies' | 'reports'): Stance => (s === 'asserts' ? 'supports' : s);

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
function voiceMembers(ctx: AlertContext, actorKey: string): Set<string> {
  const voice = voiceOf(ctx.cs, actorKey);
  const out = new Set([actorKey, actorName(ctx, actorKey), voice, actorName(ctx, voice)]);
  if (voice.startsWith('name:') || voice.startsWith('outlet:')) return out;
  for (const a of ctx.cs.actors.values()) if (a.affiliation === voice) out.add(a.id).add(a.name);
  return out;
}

/** Is (claim, actor, stance) already on record, from the claim set or the store, in this actor's voice? */
export function isKnown(ctx: AlertContext, claim: string, actorKey: string, stance: Stance): boolean {
  const voice = voiceMembers(ctx, actorKey);
  const seeds = ctx.cs.positions.get(claim) ?? [];
  if (seeds.some((p) => toStance(p.stance) === stance && (voice.has(p.actor) || p.source.where === ctx.where))) return true;
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
function onFirmRecord(ctx: AlertContext, claim: string, actorKey: string, stance: Stance): boolean {
  const voice = voiceMembers(ctx, actorKey);
  if ((ctx.cs.positions.get(claim) ?? []).some((p) => toStance(p.stance) === stance && voice.has(p.actor))) return true;
  return stance === 'denies' && ctx.history.alertedEvents.has(`denial:${claim}:${voiceOf(ctx.cs, actorKey)}`);
}

/** The top of an actor's affiliation chain: the government or company all its offices belong to. */
function rootOf(cs: CompiledClaimSet, actorKey: string): string {
  let key = actorKey;
  for (let hops = 0; hops < 5; hops++) {
    const next = cs.actors.get(key)?.affiliation;
    if (!next) break;
    key = next;
  }
  return key;
}

/**
 * Another office of the same government or company asserting what it denied ("the Kremlin denied in October; the
 * General Staff reports the troops fought in April"): one contradiction per government and claim. The denial must
 * be firm (curated, or alerted) and by another office; the claim asserted may take the denied one for granted.
 */
function reversalOf(f: JudgedFinding, ctx: AlertContext): AlertDecision | null {
  const root = rootOf(ctx.cs, f.actorKey);
  if (root === f.actorKey || !ctx.cs.actors.has(root)) return null;
  const ownVoice = voiceOf(ctx.cs, f.actorKey);
  const claim = ctx.cs.byId.get(f.claim);
  for (const target of [f.claim, ...(claim?.implies ?? [])]) {
    const offices = [...ctx.cs.actors.values()].filter((a) => rootOf(ctx.cs, a.id) === root && voiceOf(ctx.cs, a.id) !== ownVoice);
    const denier = offices.find((a) => onFirmRecord(ctx, target, a.id, 'denies'));
    if (!denier) continue;
    const rootName = actorName(ctx, root);
    return {
      kind: 'contradiction', claim: f.claim, claimText: claim?.text, actor: actorName(ctx, f.actorKey), evidence: f.evidence,
      conflictsWith: positionsOf(ctx, target, 'denies', denier.id),
      reason: `${actorName(ctx, f.actorKey)} backs "${claim?.text ?? f.claim}", which ${denier.name} (${rootName}) denied: a reversal by another office of the same side`,
      eventKey: `reversal:${f.claim}:${root}`,
    };
  }
  return null;
}

/** Positions on record for a claim with a given stance, as conflict references. */
function positionsOf(ctx: AlertContext, claim: string, stance: Stance, actorKey?: string): ConflictRef[] {
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

/** An actor key's display name: the claim set's name for a known actor, else the key without its kind ("name:", "outlet:"). */
export function displayName(cs: CompiledClaimSet, key: string): string {
  const known = cs.actors.get(key);
  if (known) return known.name;
  return key.startsWith('name:') ? key.slice(5) : key.startsWith('outlet:') ? key.slice(7) : key;
}

function actorName(ctx: AlertContext, key: string): string {
  return displayName(ctx.cs, key);
}

/**
 * Decide alerts for one finding about a claim. An event already alerted is decided again on purpose:
 * it comes back as a repeat, so a syndicated copy is recorded as one more source of it.
 */
export function decideForFinding(f: JudgedFinding, ctx: AlertContext, primary = true): AlertDecision | null {
  const d = decideNovel(f, ctx);
  if (d && d.kind === 'denial' && !primary) return null;
  if (d) return d;
  if (!ctx.history.alertedEvents.size) return null;
  for (const key of [`denial:${f.claim}:${voiceOf(ctx.cs, f.actorKey)}`, `flip:${f.claim}:${f.actorKey}:${f.stance}`, `conflict:${f.claim}:${f.actorKey}`]) {
    if (!ctx.history.alertedEvents.has(key)) continue;
    const claim = ctx.cs.byId.get(f.claim);
    const kind = key.startsWith('denial') ? 'denial' : 'contradiction';
    return { kind, claim: f.claim, claimText: claim?.text, actor: actorName(ctx, f.actorKey), evidence: f.evidence, conflictsWith: [], reason: 'already on record', eventKey: key };
  }
  return null;
}

function decideNovel(f: JudgedFinding, ctx: AlertContext): AlertDecision | null {
  const claim = ctx.cs.byId.get(f.claim);
  if (!claim) return null;
  const who = () => actorName(ctx, f.actorKey);
  const base = () => ({ claim: f.claim, claimText: claim.text, actor: who(), evidence: f.evidence });
  const opposite: Stance | null = f.stance === 'supports' ? 'denies' : f.stance === 'denies' ? 'supports' : null;
  // A change of position is news only when the words are explicit: "confirmed" against a denial on record, an
  // outright denial against an assertion. A bare restatement read one way or the other is too weak to flag.
  const explicit = f.stance === 'supports' ? f.rule === 'support-cue' : f.rule === 'denial-cue';
  if (opposite && explicit && onFirmRecord(ctx, f.claim, f.actorKey, opposite) && !isKnown(ctx, f.claim, f.actorKey, f.stance) && !f.actorKey.startsWith('outlet:')) {
    return {
      ...base(), kind: 'contradiction', conflictsWith: positionsOf(ctx, f.claim, opposite, f.actorKey),
      reason: `${who()} is quoted as ${f.stance === 'supports' ? 'confirming' : 'denying'} "${claim.text}", but is on record ${opposite === 'denies' ? 'denying' : 'asserting'} it (mistranslation or a change of position?)`,
      eventKey: `flip:${f.claim}:${f.actorKey}:${f.stance}`,
    };
  }
  const reversal = f.stance === 'supports' && f.attributed ? reversalOf(f, ctx) : null;
  if (reversal) return reversal;
  if (f.stance === 'denies' && !isKnown(ctx, f.claim, f.actorKey, 'denies') && (f.rule === 'denial-cue' || f.attributed)) {
    return {
      ...base(), kind: 'denial', conflictsWith: positionsOf(ctx, f.claim, 'supports').concat(positionsOf(ctx, f.claim, 'reports')).slice(0, 5),
      reason: `First denial on record from ${who()}: "${claim.text}"`,
      eventKey: `denial:${f.claim}:${voiceOf(ctx.cs, f.actorKey)}`,
    };
  }
  if (f.stance === 'supports' && f.attributed && !f.actorKey.startsWith('outlet:') && !isKnown(ctx, f.claim, f.actorKey, 'supports')) {
    for (const other of claim.conflicts) {
      // Held against the curated record only, like a reversal: the engine's own readings are no record.
      if (!(ctx.cs.positions.get(other) ?? []).some((p) => p.stance === 'asserts')) continue;
      const against = positionsOf(ctx, other, 'supports');
      return {
        ...base(), kind: 'contradiction', conflictsWith: against.slice(0, 5),
        reason: `${who()} backs "${claim.text}", which conflicts with "${ctx.cs.byId.get(other)?.text ?? other}" on record`,
        eventKey: `conflict:${f.claim}:${f.actorKey}`,
      };
    }
  }
  return null;
}

/** Two quotes are the same words when their content stems overlap this much (Jaccard). */
const SAME_QUOTE = 0.6;

/**
 * Known quotes (indexes, ascending) at least {@link SAME_QUOTE} similar to a fingerprint. Quotes that similar
 * share at least ⌈0.6·n⌉ of its n stems, so each shares one of any n − ⌈0.6·n⌉ + 1 of them: only the postings of
 * its rarest stems are read, however many quotes the claim set holds.
 */
function similarQuotes(fp: Set<string>, cs: AlertContext['cs']): number[] {
  if (!fp.size) return [];
  const byRarity = [...fp].sort((a, b) => (cs.quoteIndex.get(a)?.length ?? 0) - (cs.quoteIndex.get(b)?.length ?? 0));
  const candidates = new Set<number>();
  for (const stem of byRarity.slice(0, fp.size - Math.ceil(SAME_QUOTE * fp.size - 1e-9) + 1)) for (const i of cs.quoteIndex.get(stem) ?? []) candidates.add(i);
  return [...candidates].filter((i) => quoteSimilarity(fp, cs.quotes[i]!.stems) >= SAME_QUOTE).sort((a, b) => a - b);
}

/** A quote the claim set attributes to someone else. */
export function decideAttribution(f: JudgedFinding | { actorKey: string; quotes: string[]; evidence: string }, ctx: AlertContext): AlertDecision | null {
  if (f.actorKey.startsWith('outlet:') || f.actorKey.startsWith('name:unnamed')) return null;
  for (const q of f.quotes) {
    const fp = quoteFingerprint(q);
    for (const i of similarQuotes(fp, ctx.cs)) {
      const known = ctx.cs.quotes[i]!;
      if (known.actor === f.actorKey) continue;
      const who = actorName(ctx, f.actorKey);
      const real = actorName(ctx, known.actor);
      return {
        kind: 'contradiction', claim: known.claim, actor: who, evidence: f.evidence,
        conflictsWith: [{ value: `"${known.text}" (${real})`, source: sourceLine(known.source.outlet, known.source.where, known.source.date) }],
        reason: `Quote attributed to ${who}; on record it was said by ${real}`,
        eventKey: `attribution:${known.actor}:${f.actorKey}:${[...known.stems].slice(0, 6).join('-')}`,
      };
    }
  }
  return null;
}
