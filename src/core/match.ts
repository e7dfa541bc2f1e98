import type { CompiledClaim, CompiledClaimSet } from './claimset/compile.js';
import type { Statement } from './statements/build.js';

/**
 * Which claims a statement speaks to, through the claim set's inverted index: only claims sharing a stem
 * with the sentence are scored, so the cost grows with the sentence, not with the number of claims.
 */
export interface ClaimMatch {
  claim: CompiledClaim;
  score: number;
  /** Character offsets of the claim's words in the sentence. */
  termOffsets: number[];
}

/** A sentence's matching keys, worked out once: each token's stem and short key, and the set of all. */
interface SentenceKeys {
  perToken: Array<[string, string]>;
  all: Set<string>;
}

function keysOf(st: Statement): SentenceKeys {
  const perToken = st.tokens.map((t): [string, string] => [t.stem, t.short]);
  const all = new Set<string>();
  for (const [a, b] of perToken) {
    all.add(a);
    all.add(b);
  }
  return { perToken, all };
}

/** Are all the stems of a term within a short window of the sentence (its length plus three words)? */
function phraseIn(phrase: ReadonlySet<string>, keys: SentenceKeys): boolean {
  for (const s of phrase) if (!keys.all.has(s)) return false;
  if (phrase.size === 1) return true;
  const span = phrase.size + 3;
  const toks = keys.perToken;
  const key = (i: number) => {
    const [a, b] = toks[i]!;
    return phrase.has(a) ? a : phrase.has(b) ? b : null;
  };
  for (let i = 0; i < toks.length; i++) {
    if (!key(i)) continue;
    const found = new Set<string>();
    for (let j = Math.max(0, i - span); j < Math.min(toks.length, i + span); j++) {
      const k = key(j);
      if (k) found.add(k);
    }
    if (found.size === phrase.size) return true;
  }
  return false;
}

/** Minimum share of a claim's heaviest vocabulary a sentence must carry. */
export const MATCH_THRESHOLD = 0.3;

/**
 * Claims a statement speaks to. Only the claims sharing an evoking-term stem with the sentence become
 * candidates (an inverted index), so the cost follows the sentence, not the size of the claim set.
 */
export function matchClaims(st: Statement, contextEntities: ReadonlySet<string>, cs: CompiledClaimSet): ClaimMatch[] {
  const keys = keysOf(st);
  const candidates = new Set<number>();
  for (const k of keys.all) for (const i of cs.termIndex.get(k) ?? []) candidates.add(i);
  const out: ClaimMatch[] = [];
  for (const i of candidates) {
    const claim = cs.claims[i]!;
    if (claim.attribute) continue;
    if (!claim.entities.every((e) => st.entities.has(e) || contextEntities.has(e))) continue;
    // At least one evoking term must be present whole and together ("best in the world", not "world" alone,
    // nor "no" and "return" at two ends of a sentence).
    let phrases = 0;
    for (const ph of claim.termPhrases) if (phraseIn(ph, keys)) phrases++;
    if (!phrases) continue;
    let sum = 0;
    for (const k of keys.all) sum += claim.vocab.get(k) ?? 0;
    // A whole evoking term is strong evidence on its own; more of them, stronger still; the claim's entities
    // named in the sentence itself (not only around it) stronger again.
    const inSentence = claim.entities.length > 0 && claim.entities.every((e) => st.entities.has(e)) ? 0.1 : 0;
    const score = Math.min(1, Math.max(sum / claim.norm, MATCH_THRESHOLD + 0.1 * (phrases - 1)) + inSentence);
    if (score < MATCH_THRESHOLD) continue;
    const termOffsets = st.tokens.filter((t) => claim.vocab.has(t.stem) || claim.vocab.has(t.short)).map((t) => t.start);
    out.push({ claim, score, termOffsets });
  }
  out.sort((x, y) => y.score - x.score);
  const best = out[0]?.score ?? 0;
  return out.filter((m) => m.score >= best * 0.75).slice(0, 3);
}

/**
 * Does the sentence come close to any claim (a third of a claim's heaviest words, whole terms or not)?
 * Such a sentence restates something on record in other words; it is no candidate for a new claim.
 */
export function nearClaim(st: Statement, cs: CompiledClaimSet): boolean {
  const sums = new Map<number, number>();
  for (const k of keysOf(st).all) for (const p of cs.index.get(k) ?? []) sums.set(p.claim, (sums.get(p.claim) ?? 0) + p.weight);
  for (const [i, sum] of sums) if (sum / cs.claims[i]!.norm >= 0.33) return true;
  return false;
}
