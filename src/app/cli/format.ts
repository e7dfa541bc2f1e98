import type { AlertDecision, AnalysisReport } from '../../core/types.js';

const KIND: Record<AlertDecision['kind'], string> = {
  denial: 'NEW DENIAL',
  contradiction: 'CONTRADICTION',
  'new-claim': 'NEW CLAIM?',
};

/** A human-readable analysis report for the terminal. */
export function formatReport(r: AnalysisReport, repeats: AlertDecision[] = []): string {
  const lines = [
    `${r.title}`,
    `  ${r.url} · ${r.language} · ` +
      (r.relevant ? `relevant to ${r.story} (${r.relevance})` : `not relevant (${r.relevance})`),
  ];
  for (const f of r.findings)
    lines.push(`  finding  ${f.stance.padEnd(8)} ${f.claim} — ${f.actor ?? 'the article'} (${f.confidence})`);
  for (const v of r.values) lines.push(`  value    ${v.attribute}: ${v.value}`);
  for (const a of r.alerts) {
    lines.push(`  ALERT ${KIND[a.kind]}: ${a.reason}`);
    lines.push(`      evidence: "${a.evidence}"`);
    for (const c of a.conflictsWith) lines.push(`      conflicts with: ${c.value} — ${c.source}`);
  }
  for (const a of repeats) lines.push(`  (already on record: ${a.reason})`);
  if (r.relevant && !r.alerts.length) lines.push('  no alerts: nothing new against the claim set');
  return `${lines.join('\n')}\n\n`;
}
