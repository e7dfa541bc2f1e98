import { stripInvisible } from './link-label.js';

/**
 * Feed text is untrusted: a headline may carry "@everyone", "<!channel>" or a markdown link.
 * Everything from a feed passes through one of these functions before it reaches a platform,
 * so it can neither ping anyone nor change the layout of our message.
 */

/** Zero-width space: breaks a marker or a mention without changing what the reader sees. */
export const ZWSP = '\u200B';
const ELLIPSIS = '…';

/**
 * Cut `text` to at most `max` characters, at a word boundary when one is near, ending in "…".
 * Never splits a surrogate pair (an emoji half would show as a broken glyph).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? ELLIPSIS : '';
  let cut = max - ELLIPSIS.length;
  if (isLowSurrogate(text.charCodeAt(cut))) cut -= 1;
  const head = text.slice(0, cut);
  const space = head.search(/\s\S*$/);
  // Only back off to a word boundary when it costs less than a fifth of the room.
  const end = space >= Math.floor(cut * 0.8) ? space : cut;
  return head.slice(0, end).replace(/[\s,;:]+$/u, '') + ELLIPSIS;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Escape, then make it fit: truncating after escaping could cut "&amp;" in half, and truncating
 * before could overflow once entities grow. So shrink the raw text until its escaped form fits.
 */
export function fitEscaped(raw: string, max: number, escape: (s: string) => string): string {
  // Escaping only ever lengthens text, so anything longer than `max` raw is cut before escaping.
  let room = Math.min(raw.length, max);
  let escaped = escape(room < raw.length ? truncate(raw, room) : raw);
  while (escaped.length > max && room > 0) {
    room = Math.min(room - 1, Math.floor((room * max) / escaped.length));
    escaped = escape(truncate(raw, room));
  }
  return escaped.length > max ? '' : escaped;
}

/** The URL in canonical form when it is http(s), else null (no `javascript:` or `slack://` links). */
export function safeUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * For terminals and logs: drop control characters (an ANSI escape in a headline could repaint the
 * operator's terminal) but keep newlines and tabs.
 */
export function consoleSafe(text: string): string {
  return stripInvisible(text).replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}

/** Collapse runs of whitespace (feed text often carries newlines and tabs mid-sentence). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
