import * as chrono from 'chrono-node';

/** A fixed reference, so reading a date never depends on the clock (only a date missing its year would). */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 'UTC' };
/** W3C-DTF's short forms (`2025`, `2025-03`), which chrono leaves alone. */
const W3CDTF_PARTIAL = /^\d{4}(-\d{2})?$/;
/** The two forms feeds are meant to use, well written: read directly (chrono is thorough but slow, and a feed has
 * hundreds of dates). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const RFC822 = /^([A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(:\d{2})? (GMT|UTC|[+-]\d{4})$/;

/**
 * Read a feed's date (RFC 822 in RSS, RFC 3339 in Atom, and what generators really write: two-digit years, zone
 * names, `GMT+2`, no zone at all, dates wrapped in newlines) as ISO-8601 UTC. A time without a zone is taken as UTC.
 * Returns null for anything that is not a calendar date with a year: an item keeps no date rather than a wrong one,
 * and never costs its feed.
 */
export function readFeedDate(raw: string | null | undefined): string | null {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 200) return null;
  if (W3CDTF_PARTIAL.test(text) || RFC3339.test(text) || RFC822.test(text)) return iso(Date.parse(text));
  const [found] = chrono.strict.parse(text, REFERENCE);
  // The date must be most of the text: "Updated 3 times, last 2025" is not a date.
  if (found && found.start.isCertain('year') && found.text.length >= text.length * 0.6) {
    const { start } = found;
    // A date without a time is that day's start, UTC (chrono would say noon).
    if (!start.isCertain('hour'))
      return iso(Date.UTC(start.get('year')!, start.get('month')! - 1, start.get('day')!));
    return iso(start.date().getTime());
  }
  return /\b\d{4}\b/.test(text) ? iso(Date.parse(text)) : null;
}

function iso(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
