import type { ClaimSetFile } from '../claimset/schema.js';
import type { Stance } from '../types.js';
import type { DigestClaim, DigestInput, DigestPosition, Standing, StatusChange } from './types.js';

/** The claim set's claims in the digest's shape: seed positions with actor display names, seed values. */
export function claimsForDigest(file: ClaimSetFile): DigestClaim[] {
  const names = new Map(file.actors.map((a) => [a.id, a.name]));
  return file.claims.map((c) => ({
    id: c.id,
    text: c.text,
    attribute: c.attribute ?? null,
    positions: c.positions.map((p) => ({
      actor: names.get(p.actor) ?? p.actor,
      stance: (p.stance === 'asserts' ? 'supports' : p.stance) satisfies Stance,
      evidence: p.evidence,
      source: p.source,
    })),
    values: c.values.map((v) => ({ value: v.value, sources: v.sources })),
  }));
}

/** How a claim stands given the stances on record. */
export function standing(stances: ReadonlySet<Stance>): Standing {
  const asserted = stances.has('supports');
  const denied = stances.has('denies');
  if (asserted && denied) return 'contested';
  if (asserted) return 'asserted';
  if (denied) return 'denied';
  return stances.has('reports') ? 'reported' : 'no positions';
}

const STANCE_WORD: Record<Stance, string> = { supports: 'assertion', denies: 'denial', reports: 'report' };

/**
 * Claims whose standing moved during the period: before = the claim set plus what was learned earlier;
 * after = that plus the period's positions. "First denial, by X" says why.
 */
export function statusChanges(
  input: Pick<DigestInput, 'claims'>,
  earlier: readonly DigestPosition[],
  during: readonly DigestPosition[],
): StatusChange[] {
  const out: StatusChange[] = [];
  for (const claim of input.claims) {
    const now = during.filter((p) => p.claim === claim.id);
    if (!now.length) continue;
    const before = new Set<Stance>([
      ...claim.positions.map((p) => p.stance),
      ...earlier.filter((p) => p.claim === claim.id).map((p) => p.stance),
    ]);
    const after = new Set<Stance>([...before, ...now.map((p) => p.stance)]);
    const was = standing(before);
    const is = standing(after);
    if (was === is) continue;
    const firsts = (['denies', 'supports', 'reports'] as const)
      .filter((s) => after.has(s) && !before.has(s))
      .map((s) => {
        const actors = new Set(now.filter((p) => p.stance === s).map((p) => p.actor));
        return `first ${STANCE_WORD[s]}, by ${[...actors].join(', ')}`;
      });
    const note = `${is === 'contested' ? 'newly contested: ' : ''}${firsts.join('; ')}`;
    out.push({ claim: claim.id, claimText: claim.text, before: was, after: is, note });
  }
  return out;
}
