import type { CompiledClaimSet } from './claimset/compile.js';
import type { Statement } from './statements/build.js';
import { matchClaims } from './match.js';

/**
 * Is an article about the story? Every required entity must be mentioned (so an S-400 story about India,
 * or a Turkey F-35 story without the S-400, is not); the score then rises with the required entities
 * meeting in one sentence and with their prominence in the title and lead.
 */
export interface Relevance {
  relevant: boolean;
  score: number;
  mentioned: Set<string>;
  /** Every required entity is named (whatever the score). */
  allPresent: boolean;
}

export function judgeRelevance(title: Statement | null, body: Statement[], cs: CompiledClaimSet): Relevance {
  const all = title ? [title, ...body] : body;
  const mentioned = new Set<string>();
  for (const s of all) for (const e of s.entities) mentioned.add(e);
  const required = cs.relevance.all;
  const present = required.filter((e) => mentioned.has(e)).length / required.length;
  const anyOk = cs.relevance.any.length === 0 || cs.relevance.any.some((e) => mentioned.has(e));
  const together = all.some((s) => required.every((e) => s.entities.has(e))) ? 1 : 0;
  // Prominence: each required entity is in the title or lead, or at least comes up more than once.
  // A story about India that mentions Turkey once in passing is not about Turkey.
  const lead = [...(title ? [title] : []), ...body.slice(0, 3)];
  const prominence = (e: string) =>
    lead.some((s) => s.entities.has(e)) ? 1 : all.filter((s) => s.entities.has(e)).length >= 2 ? 0.5 : 0;
  const prominent = Math.min(...required.map(prominence));
  const score =
    Math.round((0.25 * (present === 1 && anyOk ? 1 : present * 0.5) + 0.15 * together + 0.6 * prominent) * 100) / 100;
  return {
    relevant: present === 1 && anyOk && score >= cs.relevance.threshold,
    score,
    mentioned,
    allPresent: present === 1 && anyOk,
  };
}

/**
 * An article that names everything the story needs, though not prominently, is still about the story when its
 * headline states one of the story's claims ("Foxconn was turned down by Nissan" in a merger story): the claim
 * set defines the story through its claims as much as through its names.
 */
export function headlineSpeaksToStory(rel: Relevance, title: Statement | null, cs: CompiledClaimSet): boolean {
  if (rel.relevant || !rel.allPresent || !title) return false;
  return matchClaims(title, new Set([...rel.mentioned, ...cs.relevance.all]), cs).some((m) => !m.claim.attribute);
}
