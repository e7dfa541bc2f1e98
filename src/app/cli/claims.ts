import type { Io } from '../../cli.js';
import { loadConfig } from '../config.js';
import { loadClaimSet } from '../claimset.js';
import { foldForMatch } from '../../core/text/fold.js';

/** `claimwatch claims [QUERY] [--json]`: the claim set's claims with who asserts, denies and reports them. */
export async function claimsCommand(query: string | undefined, opts: { json?: boolean }, io: Io): Promise<number> {
  const cfg = loadConfig(io.env);
  const { file } = await loadClaimSet(cfg.CLAIMS_FILE);
  const q = query ? foldForMatch(query) : null;
  const actorName = new Map(file.actors.map((a) => [a.id, a.name]));
  const hits = file.claims.filter(
    (c) => !q || foldForMatch([c.id, c.text, ...c.terms, ...c.paraphrases].join(' ')).includes(q),
  );
  if (opts.json) {
    io.out(`${JSON.stringify(hits)}\n`);
    return 0;
  }
  for (const c of hits) {
    io.out(`${c.id}\n  ${c.text}\n`);
    for (const stance of ['asserts', 'denies', 'reports'] as const) {
      const who = [
        ...new Set(c.positions.filter((p) => p.stance === stance).map((p) => actorName.get(p.actor) ?? p.actor)),
      ];
      if (who.length) io.out(`  ${stance.padEnd(8)} ${who.join(', ')}\n`);
    }
    if (c.values.length)
      io.out(
        `  values   ${c.values.map((v) => `${v.value} (${v.sources.map((s) => s.outlet).join(', ')})`).join(' | ')}\n`,
      );
  }
  if (!hits.length) io.out(`no claim matches "${query}"\n`);
  return 0;
}
