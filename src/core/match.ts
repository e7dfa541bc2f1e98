import type { CompiledClaim, CompiledClaimSet } from './claimset/compile.js';
import type { Statement } from './statements/build.js';
import { stem } from './text/tokens.js';

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

/** Are all the stems of a term within a short window of the sentence (its length plus three words)? */
function phraseIn(phrase: ReadonlySet<string>, st: Statement): boolean {
  const span = phrase.size + 3;
  const toks = st.tokens;
  const key = (i: number) => {
    const t = toks[i]!;
    return phrase.has(t.stem) ? t.stem : phrase.has(shortKey(t)) ? shortKey(t) : null;
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

/** A long word's first four letters: reaches short roots under agglutinated endings ("iadesi" → "iade"). */
function shortKey(t: { norm: string; stem?: string }): string {
  return t.norm.length > 4 ? stem(t.norm.slice(0, 4)) : t.stem ?? stem(t.norm);
}

/** Minimum share of a claim's heaviest vocabulary a sentence must carry. */
export const MATCH_THRESHOLD = 0.3;

export function matchClaims(st: Statement, contextEntities: ReadonlySet<string>, cs: CompiledClaimSet): ClaimMatch[] {
  const acc = new Map<number, { sum: number; terms: number; offsets: number[]; seen: Set<string> }>();
  for (const tok of st.tokens) {
    const direct = cs.index.get(tok.stem);
    const short = tok.norm.length > 4 && tok.stem !== shortKey(tok) ? cs.index.get(shortKey(tok)) : undefined;
    const postings = direct && short ? [...direct, ...short] : direct ?? short;
    if (!postings) continue;
    for (const p of postings) {
      let a = acc.get(p.claim);
      if (!a) acc.set(p.claim, (a = { sum: 0, terms: 0, offsets: [], seen: new Set() }));
      a.offsets.push(tok.start);
      if (a.seen.has(tok.stem)) continue;
      a.seen.add(tok.stem);
      a.sum += p.weight;
      if (p.term) a.terms++;
    }
  }
  const out: ClaimMatch[] = [];
  for (const [i, a] of acc) {
    const claim = cs.claims[i]!;
    if (claim.attribute || a.terms === 0) continue;
    // At least one evoking term must be present whole and together ("best in the world", not "world" alone,
    // nor "no" and "return" at two ends of a sentence).
    const phrases = claim.termPhrases.filter((ph) => phraseIn(ph, st)).length;
    if (!phrases) continue;
    if (!claim.entities.every((e) => st.entities.has(e) || contextEntities.has(e))) continue;
    // A whole evoking term is strong evidence on its own; more of them, stronger still; the claim's entities
    // named in the sentence itself (not only around it) stronger again.
    const inSentence = claim.entities.length > 0 && claim.entities.every((e) => st.entities.has(e)) ? 0.1 : 0;
    const score = Math.min(1, Math.max(a.sum / claim.norm, MATCH_THRESHOLD + 0.1 * (phrases - 1)) + inSentence);
    if (score >= MATCH_THRESHOLD) out.push({ claim, score, termOffsets: a.offsets });
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
  const seen = new Set<string>();
  for (const tok of st.tokens) {
    if (seen.has(tok.stem)) continue;
    seen.add(tok.stem);
    for (const p of cs.index.get(tok.stem) ?? []) sums.set(p.claim, (sums.get(p.claim) ?? 0) + p.weight);
  }
  for (const [i, sum] of sums) if (sum / cs.claims[i]!.norm >= 0.33) return true;
  return false;
}
