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

/** Minimum share of a claim's heaviest vocabulary a sentence must carry. */
export const MATCH_THRESHOLD = 0.3;

export function matchClaims(st: Statement, contextEntities: ReadonlySet<string>, cs: CompiledClaimSet): ClaimMatch[] {
  const acc = new Map<number, { sum: number; terms: number; offsets: number[]; seen: Set<string> }>();
  for (const tok of st.tokens) {
    const postings = cs.index.get(tok.stem);
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
    if (!claim.entities.every((e) => st.entities.has(e) || contextEntities.has(e))) continue;
    const score = Math.min(1, a.sum / claim.norm);
    if (score >= MATCH_THRESHOLD) out.push({ claim, score, termOffsets: a.offsets });
  }
  out.sort((x, y) => y.score - x.score);
  const best = out[0]?.score ?? 0;
  return out.filter((m) => m.score >= best * 0.6).slice(0, 3);
}
