import type { OutboundPayload } from '../../../store/store.js';
import { consoleSafe } from '../../sanitize.js';
import { alertView, byline, statementLine, type AlertView } from '../../render/alert-view.js';
import { plainSource } from '../../render/conflict-source.js';

/**
 * One readable block per message for the console sink (always on): what an operator running
 * `claimwatch run` sees scroll by. Plain text, control characters removed.
 */
export function renderConsole(payload: OutboundPayload): string {
  if (payload.type === 'digest')
    return consoleSafe(
      `── Weekly digest (${payload.periodKey}) ──\n${payload.text}\n` +
        `${payload.chartPath ? `chart: ${payload.chartPath}\n` : ''}`,
    );
  const view = alertView(payload);
  if (payload.type === 'source') {
    // No threads on the console: say which alert the copy belongs to.
    const claims = view.claimIds.length ? `, claim ${view.claimIds.join(', ')}` : '';
    const about = `${view.style.label.toLowerCase()}${claims}`;
    return consoleSafe(
      `   Also reported by ${view.article.source} (${about}): ${view.article.title} ${view.article.url}\n`,
    );
  }
  return consoleSafe(`${alertLines(view).join('\n')}\n`);
}

function alertLines(view: AlertView): string[] {
  const ids = view.claimIds.length ? ` · claim ${view.claimIds.join(', ')}` : '';
  const lines = [`── ${view.style.label.toUpperCase()} · ${view.story}${ids} ──`];
  for (const s of view.sections) {
    lines.push(`Claim:    ${s.claimId ? `[${s.claimId}] ` : ''}${s.claim}`);
    for (const t of s.statements) lines.push(statementLine(view, t));
    if (s.conflicts.length) {
      lines.push('Conflicts with:');
      for (const c of s.conflicts) lines.push(`  • ${c.value} — ${c.sources.map(plainSource).join('; ')}`);
    }
    for (const r of s.reasons) lines.push(`Why:      ${r}`);
  }
  lines.push(`Article:  ${view.article.title} (${byline(view)})`, `          ${view.article.url}`);
  if (view.claimIds.length)
    lines.push(`Look up:  ${view.claimIds.map((id) => `/claimwatch claim ${id}`).join(' · ')}`);
  return lines;
}
