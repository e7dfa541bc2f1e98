import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ClaimSetError } from '../../errors.js';
import { claimSetSchema, type ClaimSetFile } from './schema.js';

/**
 * Parse and validate a claim-set file's text. Errors name the file, the claim (by id when it has one)
 * and the field, so an editor can find the bad entry.
 */
export function parseClaimSet(text: string, fileName: string): ClaimSetFile {
  let raw: unknown;
  try {
    raw = fileName.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? ` at line ${err.linePos[0].line}` : '';
    const format = fileName.endsWith('.json') ? 'JSON' : 'YAML';
    throw new ClaimSetError(
      'syntax',
      `${fileName}${where}: not valid ${format}: ${(err as Error).message.split('\n')[0]}`,
      { cause: err },
    );
  }
  const parsed = claimSetSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 10).map((i) => `  ${describePath(raw, i.path)}: ${i.message}`);
    throw new ClaimSetError('bad-entry', `${fileName}: invalid claim set:\n${lines.join('\n')}`, {
      remedy: 'fix the entries above (docs/claim-set.md describes every field)',
    });
  }
  checkReferences(parsed.data, fileName);
  return parsed.data;
}

/** "claims[3] (id: turkey-seeks-return).positions[0].stance" instead of a bare index path. */
function describePath(raw: unknown, path: PropertyKey[]): string {
  let node: unknown = raw;
  let out = '';
  for (const key of path) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    const id = node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
    if (typeof key === 'number' && typeof id === 'string') out += ` (id: ${id})`;
  }
  return out || '(root)';
}

function checkReferences(cs: ClaimSetFile, fileName: string): void {
  const problems: string[] = [];
  const actors = new Set(cs.actors.map((a) => a.id));
  const entities = new Set(cs.entities.map((e) => e.id));
  const claims = new Set<string>();
  for (const c of cs.claims) {
    if (claims.has(c.id)) problems.push(`claim ${c.id}: id used twice`);
    claims.add(c.id);
  }
  for (const e of [...cs.relevance.all, ...cs.relevance.any])
    if (!entities.has(e)) problems.push(`relevance: unknown entity "${e}"`);
  for (const e of cs.entities)
    for (const r of e.near?.with ?? [])
      if (!entities.has(r) || r === e.id) problems.push(`entity ${e.id}.near.with: unknown entity "${r}"`);
  if (cs.story.central && !claims.has(cs.story.central))
    problems.push(`story.central: unknown claim "${cs.story.central}"`);
  for (const a of cs.actors) {
    if (a.affiliation && !actors.has(a.affiliation))
      problems.push(`actor ${a.id}.affiliation: unknown actor "${a.affiliation}"`);
    if (a.affiliation === a.id) problems.push(`actor ${a.id}.affiliation: an actor cannot speak for itself`);
    for (const r of a.near?.with ?? [])
      if (!entities.has(r)) problems.push(`actor ${a.id}.near.with: unknown entity "${r}"`);
  }
  for (const c of cs.claims) {
    for (const e of [...c.entities, ...c.terms.filter((t) => t.startsWith('@')).map((t) => t.slice(1))])
      if (!entities.has(e)) problems.push(`claim ${c.id}.entities: unknown entity "${e}"`);
    c.positions.forEach((p, i) => {
      if (!actors.has(p.actor)) problems.push(`claim ${c.id}.positions[${i}].actor: unknown actor "${p.actor}"`);
    });
    c.values.forEach((v, i) => {
      if (v.actor && !actors.has(v.actor))
        problems.push(`claim ${c.id}.values[${i}].actor: unknown actor "${v.actor}"`);
    });
    for (const other of c.conflicts)
      if (!claims.has(other)) problems.push(`claim ${c.id}.conflicts: unknown claim "${other}"`);
    for (const other of c.implies)
      if (!claims.has(other) || other === c.id) problems.push(`claim ${c.id}.implies: unknown claim "${other}"`);
    if (c.values.length && !c.attribute)
      problems.push(`claim ${c.id}.attribute: a claim with values needs an attribute`);
  }
  if (problems.length) {
    throw new ClaimSetError(
      'bad-entry',
      `${fileName}: invalid claim set:\n${problems
        .slice(0, 10)
        .map((p) => `  ${p}`)
        .join('\n')}`,
      {
        remedy: 'fix the entries above (docs/claim-set.md describes every field)',
      },
    );
  }
}
