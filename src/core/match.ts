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

/** Are all the stems of a term within a short window of the sentence (its length plus three words)? */
function phraseIn(phrase: ReadonlySet<string>, st: Statement): boolean {
  const span = phrase.size + 3;
  const toks = st.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!phrase.has(toks[i]!.stem)) continue;
    const found = new Set<string>();
    for (let j = Math.max(0, i - span); j < Math.min(toks.length, i + span); j++) if (phrase.has(toks[j]!.stem)) found.add(toks[j]!.stem);
    if (found.size === phrase.size) return true;
  }
  return false;
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
    // At least one evoking term must be present whole and together ("best in the world", not "world" alone,
    // nor "no" and "return" at two ends of a sentence).
    if (!claim.termPhrases.some((ph) => phraseIn(ph, st))) continue;
    if (!claim.entities.every((e) => st.entities.has(e) || contextEntities.has(e))) continue;
    const score = Math.min(1, a.sum / claim.norm);
    if (score >= MATCH_THRESHOLD) out.push({ claim, score, termOffsets: a.offsets });
  }
  out.sort((x, y) => y.score - x.score);
  const best = out[0]?.score ?? 0;
  return out.filter((m) => m.score >= best * 0.6).slice(0, 3);
}
