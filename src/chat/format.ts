import type { SourceRef } from '../core/types.js';
import type { Link } from './command.js';
import { safeUrl } from './sanitize.js';

/** Small wording helpers shared by the commands' replies. */

/** A source as a link when it has a web address, else "Outlet (seeds/000_….txt)". */
export function sourceInline(source: SourceRef): string | Link {
  const label = source.date ? `${source.outlet}, ${source.date}` : source.outlet;
  return safeUrl(source.where) ? { text: label, url: source.where } : `${label} (${source.where})`;
}

/** "12 min ago", "3 h ago", "2 days ago", or "never". */
export function ago(iso: string | null, now: Date): string {
  if (!iso) return 'never';
  const ms = now.getTime() - Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  if (ms < 60_000) return 'just now';
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min ago`;
  if (ms < 48 * 3_600_000) return `${Math.round(ms / 3_600_000)} h ago`;
  return `${Math.round(ms / 86_400_000)} days ago`;
}

/** "1 claim", "3 claims". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
