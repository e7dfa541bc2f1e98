import type { CompiledClaimSet } from './claimset/compile.js';
import type { Statement } from './statements/build.js';
import type { AlertDecision } from './types.js';
import { contentStems } from './text/tokens.js';

/**
 * A candidate new claim for editors: an attributed statement on the story (a named speaker with a
 * reporting verb, touching one of the story's entities) that matches no claim in the set. Lower priority.
 */
export function decideNewClaim(
  st: Statement,
  actor: string,
  cs: CompiledClaimSet,
  alreadyKnown: () => boolean,
): AlertDecision | null {
  if (!st.speaker || st.speaker === 'name:unnamed sources' || !st.cues.some((c) => c.kind !== 'report')) return null;
  if (st.entities.size === 0 || st.tokens.length < 8 || st.tokens.length > 80) return null;
  if (/\?\s*["'’]?$/.test(st.sentence.text)) return null;
  // Checked last: it is the costly part (a sentence close to a claim restates something on record).
  if (alreadyKnown()) return null;
  const stems = [...contentStems(st.sentence.text)].sort();
  return {
    kind: 'new-claim',
    claim: null,
    actor,
    evidence: st.sentence.text,
    conflictsWith: [],
    reason: `${actor} says something on the story that no claim in "${cs.story.title}" covers yet`,
    eventKey: `new:${stems.slice(0, 12).join('-')}`,
  };
}
