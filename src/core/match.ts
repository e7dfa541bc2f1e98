import { NEAR_SHARE, type CompiledClaim, type CompiledClaimSet, type MatchIndex } from './claimset/compile.js';
import type { Statement } from './statements/build.js';

/**
 * Which claims a statement speaks to, through the claim set's indexes (see {@link MatchIndex}): a sentence
 * opens only the terms filed under stems it carries, so the cost follows the sentence and the few terms it
 * could contain, not the number of claims.
 */
export interface ClaimMatch {
  claim: CompiledClaim;
  score: number;
  /** Character offsets of the claim's words in the sentence. */
  termOffsets: number[];
}

/** Minimum share of a claim's heaviest vocabulary a sentence must carry. */
export const MATCH_THRESHOLD = 0.3;

const NONE = -1;

/** Per-claim-set scratch arrays, reused sentence after sentence and left clean after each. */
interface Scratch {
  /** Key id → 1 while the current sentence carries it. */
  mark: Uint8Array;
  /** Claim index → terms present in the current sentence. */
  terms: Int32Array;
  /** Claim index → 1 once its common terms were looked at for the current sentence. */
  opened: Uint8Array;
  /** The claims with terms in the current sentence, and those whose common terms were opened (lists, no repeats). */
  touched: Int32Array;
  visited: Int32Array;
}

// One scratch per compiled claim set. The engine is synchronous, so a sentence's marks are always
// cleared before the next sentence (of any article) is matched.
const scratches = new WeakMap<CompiledClaimSet, Scratch>();

function scratchOf(cs: CompiledClaimSet): Scratch {
  let s = scratches.get(cs);
  if (!s) {
    const n = cs.claims.length;
    s = {
      mark: new Uint8Array(cs.match.keys.size),
      terms: new Int32Array(n),
      opened: new Uint8Array(n),
      touched: new Int32Array(n),
      visited: new Int32Array(n),
    };
    scratches.set(cs, s);
  }
  return s;
}

/**
 * A sentence's keys as claim-vocabulary ids: per token its stem's and short key's id (-1 when no claim uses
 * it), and the distinct ids present, marked in the scratch array so membership is one load.
 */
class SentenceKeys {
  // Plain arrays: small typed arrays cost a backing store each, and a sentence makes two.
  readonly stemIds: number[];
  readonly shortIds: number[];
  readonly present: number[] = [];
  readonly mark: Uint8Array;
  constructor(st: Statement, ix: MatchIndex, mark: Uint8Array) {
    this.mark = mark;
    const n = st.tokens.length;
    this.stemIds = new Array<number>(n);
    this.shortIds = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const t = st.tokens[i]!;
      const a = ix.keys.get(t.stem) ?? NONE;
      const b = t.short === t.stem ? a : (ix.keys.get(t.short) ?? NONE);
      this.stemIds[i] = a;
      this.shortIds[i] = b;
      if (a !== NONE && !mark[a]) {
        mark[a] = 1;
        this.present.push(a);
      }
      if (b !== NONE && !mark[b]) {
        mark[b] = 1;
        this.present.push(b);
      }
    }
  }

  has(id: number): boolean {
    return this.mark[id] === 1;
  }

  release(): void {
    for (const id of this.present) this.mark[id] = 0;
  }
}

function withKeys<T>(st: Statement, cs: CompiledClaimSet, fn: (keys: SentenceKeys, scratch: Scratch) => T): T {
  const scratch = scratchOf(cs);
  const keys = new SentenceKeys(st, cs.match, scratch.mark);
  try {
    return fn(keys, scratch);
  } finally {
    keys.release();
  }
}

/**
 * Is the term at `offset` of `ix.terms` in the sentence: all its stems, within a short window (the term's
 * length plus three words)?
 */
function termIn(ix: MatchIndex, offset: number, keys: SentenceKeys): boolean {
  const t = ix.terms;
  const len = t[offset]!;
  for (let k = 1; k <= len; k++) if (keys.mark[t[offset + k]!] !== 1) return false;
  if (len === 1) return true;
  const span = len + 3;
  const n = keys.stemIds.length;
  // Each of the term's words is a bit; a window holds the term when its tokens set every bit. (Terms are
  // short phrases: one longer than 30 words is taken as present once all its words are.)
  if (len > 30) return true;
  const full = (1 << len) - 1;
  for (let i = 0; i < n; i++) {
    if (!wordBit(t, offset, len, keys, i)) continue;
    let found = 0;
    for (let j = Math.max(0, i - span); j < Math.min(n, i + span); j++) found |= wordBit(t, offset, len, keys, j);
    if (found === full) return true;
  }
  return false;
}

/** The bit of the term's word that token `i` stands for (by its stem, else its short key), or 0. */
function wordBit(t: Int32Array, offset: number, len: number, keys: SentenceKeys, i: number): number {
  const a = keys.stemIds[i]!;
  if (a !== NONE) for (let k = 1; k <= len; k++) if (t[offset + k] === a) return 1 << (k - 1);
  const b = keys.shortIds[i]!;
  if (b !== NONE) for (let k = 1; k <= len; k++) if (t[offset + k] === b) return 1 << (k - 1);
  return 0;
}

const IN_SENTENCE = 2;
const IN_CONTEXT = 1;

/** Are a claim's entities named in the sentence (2), only in its context (1), or missing (0)? */
function entityTest(st: Statement, context: ReadonlySet<string>, cs: CompiledClaimSet): (ci: number) => number {
  const bits = cs.match.entityBits;
  if (bits) {
    let own = 0;
    let around = 0;
    for (const e of st.entities) own |= bits.get(e) ?? 0;
    for (const e of context) around |= bits.get(e) ?? 0;
    const reach = own | around;
    const masks = cs.match.entityMasks;
    return (ci) => ((masks[ci]! & ~own) === 0 ? IN_SENTENCE : (masks[ci]! & ~reach) === 0 ? IN_CONTEXT : 0);
  }
  return (ci) => {
    const entities = cs.claims[ci]!.entities;
    return entities.every((e) => st.entities.has(e))
      ? IN_SENTENCE
      : entities.every((e) => st.entities.has(e) || context.has(e))
        ? IN_CONTEXT
        : 0;
  };
}

/** Sum of the claim's vocabulary weights the sentence carries. */
function weightIn(ix: MatchIndex, ci: number, keys: SentenceKeys): number {
  let sum = 0;
  for (let j = ix.vocabStart[ci]!; j < ix.vocabStart[ci + 1]!; j++)
    if (keys.mark[ix.vocabKeys[j]!] === 1) sum += ix.vocabWeights[j]!;
  return sum;
}

/** Does a candidate (claim index, score) rank above another: higher score, then earlier in the claim set? */
function better(ci: number, score: number, than: { ci: number; score: number }): boolean {
  return score > than.score || (score === than.score && ci < than.ci);
}

/**
 * Claims a statement speaks to, best first (at most three, each within three quarters of the best score).
 * A claim needs one of its evoking terms whole and together in the sentence ("best in the world", not
 * "world" alone, nor "no" and "return" at two ends of a sentence) and its entities in reach.
 */
export function matchClaims(st: Statement, contextEntities: ReadonlySet<string>, cs: CompiledClaimSet): ClaimMatch[] {
  const ix = cs.match;
  const inReach = entityTest(st, contextEntities, cs);
  const hasEntities = (ci: number) => (ix.entityBits ? ix.entityMasks[ci] !== 0 : cs.claims[ci]!.entities.length > 0);
  const scored = withKeys(st, cs, (keys, { terms, opened, touched, visited }) => {
    let nTouched = 0;
    let nVisited = 0;
    try {
      for (const id of keys.present) {
        for (let k = ix.anchorStart[id]!; k < ix.anchorStart[id + 1]!; k += 2) {
          const ci = ix.anchors[k]!;
          const term = ix.anchors[k + 1]!;
          if (term >= 0 && !termIn(ix, term, keys)) continue;
          if (terms[ci] === 0) touched[nTouched++] = ci;
          terms[ci]!++;
        }
        // Common terms count only next to one of their claim's more specific words.
        for (let k = ix.openerStart[id]!; k < ix.openerStart[id + 1]!; k++) {
          const ci = ix.openers[k]!;
          if (opened[ci]) continue;
          opened[ci] = 1;
          visited[nVisited++] = ci;
          for (let j = ix.commonStart[ci]!; j < ix.commonStart[ci + 1]!; j++) {
            const term = ix.common[j]!;
            if (term < 0 ? keys.mark[-term - 1] !== 1 : !termIn(ix, term, keys)) continue;
            if (terms[ci] === 0) touched[nTouched++] = ci;
            terms[ci]!++;
          }
        }
      }
      // The three best (score, then claim-set order), kept as they come: no list of every candidate.
      const out: Array<{ ci: number; score: number }> = [];
      for (let t = 0; t < nTouched; t++) {
        const ci = touched[t]!;
        const reach = inReach(ci);
        if (!reach) continue;
        // A whole evoking term is strong evidence on its own; more of them, stronger still; the claim's entities
        // named in the sentence itself (not only around it) stronger again.
        const inSentence = reach === IN_SENTENCE && hasEntities(ci) ? 0.1 : 0;
        const score = Math.min(
          1,
          Math.max(weightIn(ix, ci, keys) / ix.norms[ci]!, MATCH_THRESHOLD + 0.1 * (terms[ci]! - 1)) + inSentence,
        );
        if (score < MATCH_THRESHOLD) continue;
        if (out.length === 3 && !better(ci, score, out[2]!)) continue;
        const m = { ci, score };
        let k = Math.min(out.length, 2);
        if (out.length < 3) out.push(m);
        else out[2] = m;
        for (; k > 0 && better(ci, score, out[k - 1]!); k--) [out[k], out[k - 1]] = [out[k - 1]!, m];
      }
      return out;
    } finally {
      for (let t = 0; t < nTouched; t++) terms[touched[t]!] = 0;
      for (let t = 0; t < nVisited; t++) opened[visited[t]!] = 0;
    }
  });
  // Claim-set order breaks ties, so the result does not depend on the order the index was walked.
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((m) => m.score >= best * 0.75)
    .map(({ ci, score }) => {
      const claim = cs.claims[ci]!;
      const termOffsets: number[] = [];
      for (const t of st.tokens) if (claim.vocab.has(t.stem) || claim.vocab.has(t.short)) termOffsets.push(t.start);
      return { claim, score, termOffsets };
    });
}

/**
 * Does the sentence come close to any claim (a third of a claim's heaviest words, whole terms or not)?
 * Such a sentence restates something on record in other words; it is no candidate for a new claim.
 */
export function nearClaim(st: Statement, cs: CompiledClaimSet): boolean {
  const ix = cs.match;
  return withKeys(st, cs, (keys, { opened, visited }) => {
    let nVisited = 0;
    try {
      for (const id of keys.present)
        for (let k = ix.nearStart[id]!; k < ix.nearStart[id + 1]!; k++) {
          const ci = ix.near[k]!;
          if (opened[ci]) continue;
          opened[ci] = 1;
          visited[nVisited++] = ci;
          if (weightIn(ix, ci, keys) >= NEAR_SHARE * ix.norms[ci]!) return true;
        }
      return false;
    } finally {
      for (let t = 0; t < nVisited; t++) opened[visited[t]!] = 0;
    }
  });
}
