import type { OutboundPayload } from '../../store/store.js';
import {
  SLACK_CONTEXT_TEXT,
  SLACK_FALLBACK_TEXT,
  SLACK_HEADER_TEXT,
  SLACK_MAX_BLOCKS,
  SLACK_SECTION_TEXT,
} from '../limits.js';
import { fitEscaped, slackLink, slackMrkdwn, truncate } from '../sanitize.js';
import { alertView, byline, type AlertView } from './alert-view.js';
import { chunkText, fitLines } from './fit.js';

/**
 * Slack Block Kit for an outbound payload. Only the shapes we use are typed here; the Web API
 * accepts any `{type}` block, so these stay assignable to `chat.postMessage`'s `blocks`.
 * https://docs.slack.dev/reference/block-kit/blocks
 */
export type SlackText = { type: 'mrkdwn'; text: string } | { type: 'plain_text'; text: string; emoji?: boolean };
export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji?: boolean } }
  | { type: 'section'; text: SlackText }
  | { type: 'context'; elements: SlackText[] }
  | { type: 'divider' };

export interface SlackMessage {
  /** Notification and screen-reader fallback; escaped like the blocks, since Slack parses it too. */
  text: string;
  blocks: SlackBlock[];
}

/** Render any outbox payload for Slack. Pure. */
export function renderSlack(payload: OutboundPayload): SlackMessage {
  if (payload.type === 'digest') return renderDigest(payload.text);
  const view = alertView(payload);
  return payload.type === 'source' ? renderSource(view) : renderAlert(view);
}

function renderAlert(view: AlertView): SlackMessage {
  const who = fitEscaped(view.speaker, 200, slackMrkdwn);
  const saysHead = `*${who}* ${view.style.verb}:\n>“`;
  const blocks: SlackBlock[] = [
    header(`${view.style.emoji} ${view.style.label}`),
    mrkdwn(`*Claim:* ${fitEscaped(view.claim, SLACK_SECTION_TEXT - 12, slackMrkdwn)}`),
    mrkdwn(`${saysHead}${fitEscaped(view.evidence, SLACK_SECTION_TEXT - saysHead.length - 1, slackMrkdwn)}”`),
  ];
  if (view.conflicts.length) {
    const lines = view.conflicts.map(
      (c) => `• ${fitEscaped(c.value, 300, slackMrkdwn)} — ${fitEscaped(c.source, 300, slackMrkdwn)}`,
    );
    blocks.push(mrkdwn(`*Conflicts with:*\n${fitLines(lines, SLACK_SECTION_TEXT - 20)}`));
  }
  blocks.push(mrkdwn(`*Article:* ${articleLink(view)}`));
  blocks.push({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: fitEscaped(view.reason, SLACK_CONTEXT_TEXT, slackMrkdwn) }],
  });
  const text = `${view.style.label}: ${fitEscaped(view.speaker, 200, slackMrkdwn)} ${view.style.verb} “${fitEscaped(view.evidence, 500, slackMrkdwn)}” (${fitEscaped(byline(view), 200, slackMrkdwn)})`;
  return { text: truncate(text, SLACK_FALLBACK_TEXT), blocks };
}

/** Quiet: one context line in the claim's thread, no header. */
function renderSource(view: AlertView): SlackMessage {
  const link = slackLink(view.article.url, truncate(view.article.title || view.article.url, 300));
  const line = `Also reported by ${fitEscaped(view.article.source, 200, slackMrkdwn)}: ${link}`;
  return { text: line, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: line }] }] };
}

function renderDigest(text: string): SlackMessage {
  const room = SLACK_MAX_BLOCKS - 1;
  let chunks = chunkText(text, SLACK_SECTION_TEXT - 200).map((c) => fitEscaped(c, SLACK_SECTION_TEXT, slackMrkdwn));
  if (chunks.length > room)
    chunks = [...chunks.slice(0, room - 1), '…the rest of the digest did not fit in one message.'];
  return {
    text: fitEscaped(text, 500, slackMrkdwn),
    blocks: [header('Weekly digest'), ...chunks.map(mrkdwn)],
  };
}

function articleLink(view: AlertView): string {
  // A 300-character title stays well inside the section budget even if every character grows when escaped.
  const link = slackLink(view.article.url, truncate(view.article.title || view.article.url, 300));
  return `${link} · ${fitEscaped(byline(view), 300, slackMrkdwn)}`;
}

function header(text: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, SLACK_HEADER_TEXT), emoji: true } };
}

function mrkdwn(text: string): SlackBlock {
  // Callers size their parts to fit; this is the last guard so a bug cannot turn into a 400 from Slack.
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, SLACK_SECTION_TEXT) } };
}
