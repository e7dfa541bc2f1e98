import { hostLabel, showsForeignHost, stripInvisible } from '../../link-label.js';
import { safeUrl, ZWSP } from '../../sanitize.js';

/** Feed text made safe for Slack: no pings, no formatting it did not ask for (see ../../sanitize.ts). */

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
