import { escapeMarkdown } from 'discord.js';
import { hostLabel, showsForeignHost, stripInvisible } from '../../link-label.js';
import { safeUrl, ZWSP } from '../../sanitize.js';

/** Feed text made safe for Discord: no pings, no markdown it did not ask for (see ../../sanitize.ts). */

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

/**
 * Nobody is pinged by anything we send.
 * https://discord.com/developers/docs/resources/message#allowed-mentions-object
 */
export function noMentions(): { parse: [] } {
  return { parse: [] };
}
