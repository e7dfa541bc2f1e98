import type { CompiledClaim, CompiledClaimSet } from './claimset/compile.js';
import type { Statement } from './statements/build.js';
import type { NormalisedValue, ValueFinding } from './types.js';
import { extractValues } from './values/index.js';

/**
 * Typed values in a statement, each assigned to the value claim (attribute) it speaks to: the value's kind
 * must fit the attribute, the claim's entities must be in reach, and one of its cue words must stand close by.
 */

const DEFAULT_KIND: Record<string, NormalisedValue['kind']> = {
  quantity: 'count', contract_value: 'money', deadline: 'duration', contract_date: 'date', first_delivery: 'date',
  delivery_completed: 'date', test_firing: 'date', meeting_date: 'date',
};

function expectedKind(c: CompiledClaim): NormalisedValue['kind'] | null {
  return c.knownValues[0]?.normalised.kind ?? DEFAULT_KIND[c.attribute ?? ''] ?? null;
}

/** Values in one statement, with the value claim each belongs to (unassigned values are dropped). */
export function valueFindings(st: Statement, contextEntities: ReadonlySet<string>, cs: CompiledClaimSet, lang: string, actor: string | null): ValueFinding[] {
  const extracted = extractValues(st.sentence.text, lang);
  if (!extracted.length) return [];
  const valueClaims = cs.claims.filter((c) => c.attribute && c.entities.every((e) => st.entities.has(e) || contextEntities.has(e)));
  const out: ValueFinding[] = [];
  for (const v of extracted) {
    let best: { claim: CompiledClaim; distance: number } | null = null;
    for (const c of valueClaims) {
      if (expectedKind(c) !== v.normalised.kind) continue;
      // Counts must be in a unit the claim counts in ("two leaders" is not a quantity of systems).
      if (v.normalised.kind === 'count' && c.units.size && !c.units.has(v.normalised.unit ?? '')) continue;
      for (const tok of st.tokens) {
        if (!c.cueStems.has(tok.stem) && !c.termStems.has(tok.stem)) continue;
        const inside = tok.start >= v.start && tok.start < v.end;
        const distance = inside ? 0 : tok.start < v.start ? v.start - tok.start : tok.start - v.end;
        if (distance > 120) continue;
        if (!best || distance < best.distance) best = { claim: c, distance };
      }
    }
    if (best) {
      out.push({ attribute: best.claim.attribute!, claim: best.claim.id, value: v.text, normalised: v.normalised, evidence: st.sentence.text, actor });
    }
  }
  return out;
}
