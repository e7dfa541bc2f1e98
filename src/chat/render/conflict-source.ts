import type { ConflictRef } from '../../core/types.js';
import { oneLine, safeUrl } from '../sanitize.js';

/**
 * Where a conflicting record comes from, read back from the engine's source line ("Pravda.Ru, 2025-09-05 (where)",
 * several joined by "; ") so each renderer can link it: an article by its URL, a seed by its file and outlet.
 */

export interface SourceView {
  /** Outlet and date: "Pravda.Ru, 2025-09-05". */
  label: string;
  /** The seed file or article address, when the line names one. */
  where: string | null;
  /** `where` when it is an http(s) address. */
  url: string | null;
}

export interface ConflictView {
  value: string;
  /** The source line as the engine wrote it (for comparing). */
  label: string;
  sources: SourceView[];
}

const WITH_WHERE = /^(.*\S)\s+\(([^()\s]+)\)$/;

export function conflictView(c: ConflictRef): ConflictView {
  const label = oneLine(c.source);
  return { value: oneLine(c.value), label, sources: label.split('; ').filter(Boolean).map(sourceView) };
}

function sourceView(line: string): SourceView {
  const m = WITH_WHERE.exec(line);
  if (!m) return { label: line, where: null, url: null };
  const where = m[2]!;
  return { label: m[1]!, where, url: /^https?:\/\//i.test(where) ? safeUrl(where) : null };
}

/** A source for plain text: "Pravda.Ru, 2025-09-05 (seed seeds/004.txt)" or "Harbour Post (https://…)". */
export function plainSource(s: SourceView): string {
  if (!s.where) return s.label;
  return s.url ? `${s.label} ${s.url}` : `${s.label} (seed file ${s.where})`;
}
