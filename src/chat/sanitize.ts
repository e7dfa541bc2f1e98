import { escapeMarkdown } from 'discord.js';
import { hostLabel, showsForeignHost, stripInvisible } from './link-label.js';

/**
 * Feed text is untrusted: a headline may carry "@everyone", "<!channel>" or a markdown link.
 * Everything from a feed passes through one of these functions before it reaches a platform,
 * so it can neither ping anyone nor change the layout of our message.
 */

const ZWSP = '\u200B';
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

// ---------------------------------------------------------------- Slack

/**
 * Slack's three control characters. With them escaped, `<!channel>`, `<!here>`, `<@U123>` and
 * `<#C123>` arrive as plain text and ping nobody. Plain `@here`, `@channel` and `@everyone` are broken with
 * a zero-width space too, whatever kind of text object they land in (a client or a `link_names` setting may
 * still read them as mentions). Bidi controls and zero-width characters from the feed are removed first.
 * https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
export function slackEscape(text: string): string {
  return stripInvisible(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(SLACK_BROADCAST, `@${ZWSP}$1`);
}

const SLACK_BROADCAST = /@(here|channel|everyone)\b/gi;

/**
 * Escape for a `mrkdwn` text object. Slack has no backslash escape for `*_~\``; it formats only
 * when a marker touches a word boundary, so a zero-width space on both sides of each marker keeps
 * the visible text identical while nothing turns bold, italic, struck or code.
 * https://docs.slack.dev/messaging/formatting-message-text#basic-formatting
 */
export function slackMrkdwn(text: string): string {
  return slackEscape(text).replace(/[*_~`]/g, (m) => `${ZWSP}${m}${ZWSP}`);
}

/**
 * A mrkdwn link, or the escaped text alone when the URL is not http(s). A label that shows another host than
 * the link's (an item titled "https://www.reuters.com/…" pointing elsewhere) stays as plain text, and the link
 * that follows it shows the real host.
 */
export function slackLink(url: string, text: string): string {
  const safe = safeUrl(url);
  const label = slackMrkdwn(text.replace(/\|/g, '¦'));
  if (!safe) return label;
  const href = slackEscape(safe).replace(/\|/g, '%7C');
  if (showsForeignHost(text, safe)) return `${label} (<${href}|${slackMrkdwn(hostLabel(safe))}>)`;
  return `<${href}|${label}>`;
}

// ---------------------------------------------------------------- Discord

const MENTION = /<(@[!&]?|#|\/)(?=[\w:-]+>)/g;
const EVERYONE = /@(everyone|here)\b/gi;

/**
 * Escape Discord markdown (including headings, lists, quotes and masked links, which
 * `escapeMarkdown` leaves alone by default) and break every mention syntax with a zero-width space.
 * `allowed_mentions: {parse: []}` is the real guarantee; this keeps the text from even looking like a ping.
 * https://discord.com/developers/docs/reference#message-formatting
 */
export function discordEscape(text: string): string {
  // escapeMarkdown's own masked-link option escapes only the first link on a line, so every `[` is escaped here.
  const escaped = escapeMarkdown(stripInvisible(text), { heading: true, bulletedList: true, numberedList: true });
  return escaped
    .replace(/\[/g, '\\[')
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/^(\s*)-#/gm, '$1\\-#')
    .replace(EVERYONE, `@${ZWSP}$1`)
    .replace(MENTION, `<${ZWSP}$1`);
}

/**
 * A masked link `[text](url)`, or the escaped text alone when the URL is not http(s). As on Slack, a label
 * showing another host than the link's is not the link's text: the link shows the real host.
 */
export function discordLink(url: string, text: string): string {
  const safe = safeUrl(url);
  const label = discordEscape(text.replace(/[[\]]/g, ''));
  if (!safe) return label;
  const href = safe.replace(/\(/g, '%28').replace(/\)/g, '%29');
  if (showsForeignHost(text, safe)) return `${label} ([${discordEscape(hostLabel(safe))}](${href}))`;
  return `[${label}](${href})`;
}

/** Nobody is pinged by anything we send. https://discord.com/developers/docs/resources/message#allowed-mentions-object */
export function noMentions(): { parse: [] } {
  return { parse: [] };
}

// ---------------------------------------------------------------- shared

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
  // eslint-disable-next-line no-control-regex
  return stripInvisible(text).replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}

/** Collapse runs of whitespace (feed text often carries newlines and tabs mid-sentence). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
