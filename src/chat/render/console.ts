import type { OutboundPayload } from '../../store/store.js';
import { consoleSafe } from '../sanitize.js';
import { alertView, byline } from './alert-view.js';

/**
 * One readable block per message for the console sink (always on): what an operator running
 * `claimwatch run` sees scroll by. Plain text, control characters removed.
 */
export function renderConsole(payload: OutboundPayload): string {
  if (payload.type === 'digest')
    return consoleSafe(
      `── Weekly digest (${payload.periodKey}) ──\n${payload.text}\n${payload.chartPath ? `chart: ${payload.chartPath}\n` : ''}`,
    );
  const view = alertView(payload);
  if (payload.type === 'source') {
    return consoleSafe(`   Also reported by ${view.article.source}: ${view.article.title} ${view.article.url}\n`);
  }
  const lines = [
    `── ${view.style.label.toUpperCase()} · ${view.story}${view.claimId ? ` · ${view.claimId}` : ''} ──`,
    `Claim:    ${view.claim}`,
    `${view.speaker} ${view.style.verb}: “${view.evidence}”`,
    ...(view.conflicts.length
      ? ['Conflicts with:', ...view.conflicts.map((c) => `  • ${c.value} — ${c.source}`)]
      : []),
    `Article:  ${view.article.title} (${byline(view)})`,
    `          ${view.article.url}`,
    `Why:      ${view.reason}`,
  ];
  return consoleSafe(`${lines.join('\n')}\n`);
}
