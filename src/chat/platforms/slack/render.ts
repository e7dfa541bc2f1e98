import type { OutboundPayload } from '../../../store/store.js';
import {
  SLACK_CONTEXT_TEXT,
  SLACK_FALLBACK_TEXT,
  SLACK_HEADER_TEXT,
  SLACK_MAX_BLOCKS,
  SLACK_SECTION_TEXT,
} from './limits.js';
import { fitEscaped, truncate } from '../../sanitize.js';
import { slackEscape, slackLink, slackMrkdwn } from './escape.js';
import { alertView, byline, speakersLine, type AlertView, type ClaimSection } from '../../render/alert-view.js';
import type { SourceView } from '../../render/conflict-source.js';
import { chunkText, fitLines } from '../../render/fit.js';
import { FEEDBACK_BUTTONS, feedbackRef } from '../../feedback.js';

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
  | { type: 'actions'; block_id: string; elements: SlackButton[] }
  | { type: 'divider' };

/** https://docs.slack.dev/reference/block-kit/block-elements/button-element */
export interface SlackButton {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string };
  value: string;
  style?: 'primary' | 'danger';
}

/** Prefix of the alert buttons' action ids; the Slack app routes presses on it. */
export const SLACK_FEEDBACK_ACTION = 'claimwatch_feedback_';

export interface SlackMessage {
  /** Notification and screen-reader fallback; escaped like the blocks, since Slack parses it too. */
  text: string;
  blocks: SlackBlock[];
}

/**
 * Render any outbox payload for Slack. Pure. `outboxId`: the message's outbox entry, named by the buttons under an
 * alert ("Confirm", "False alarm", "Wrong speaker"); without it the alert has no buttons.
 */
export function renderSlack(payload: OutboundPayload, opts: { outboxId?: number } = {}): SlackMessage {
  if (payload.type === 'digest') return renderDigest(payload.text);
  const view = alertView(payload);
  if (payload.type === 'source') return renderSource(view);
  const message = renderAlert(view);
  if (opts.outboxId !== undefined) message.blocks.push(feedbackButtons(opts.outboxId));
  return message;
}

function feedbackButtons(outboxId: number): SlackBlock {
  return {
    type: 'actions',
    block_id: 'claimwatch_feedback',
    elements: FEEDBACK_BUTTONS.map(({ verdict, label }) => ({
      type: 'button',
      action_id: `${SLACK_FEEDBACK_ACTION}${verdict}`,
      text: { type: 'plain_text', text: label },
      value: feedbackRef(verdict, outboxId),
      ...(verdict === 'confirm' ? { style: 'primary' as const } : {}),
    })),
  };
}

/** Claims shown in full in one message; the rest are named in a last line. */
const MAX_SECTIONS = 8;

function renderAlert(view: AlertView): SlackMessage {
  const blocks: SlackBlock[] = [header(`${view.style.emoji} ${view.style.label}`)];
  for (const s of view.sections.slice(0, MAX_SECTIONS)) blocks.push(...sectionBlocks(view, s));
  const rest = view.sections.slice(MAX_SECTIONS);
  if (rest.length)
    blocks.push(mrkdwn(`…and ${rest.length} more: ${rest.map((s) => code(s.claimId ?? s.claim)).join(', ')}`));
  blocks.push(mrkdwn(`*Article:* ${articleLink(view)}`));
  if (view.claimIds.length)
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `Look up: ${view.claimIds.map((id) => code(`/claimwatch claim ${id}`)).join(' · ')}`,
        },
      ],
    });
  const first = view.sections[0]?.statements[0];
  const said = first ? ` “${fitEscaped(first.evidence, 500, slackMrkdwn)}”` : '';
  const text =
    `${view.style.label}: ${fitEscaped(speakersLine(view), 200, slackMrkdwn)} ${view.style.verb}${said}` +
    ` (${fitEscaped(byline(view), 200, slackMrkdwn)})`;
  return { text: truncate(text, SLACK_FALLBACK_TEXT), blocks };
}

function sectionBlocks(view: AlertView, s: ClaimSection): SlackBlock[] {
  const id = s.claimId ? ` ${code(s.claimId)}` : '';
  const blocks = [mrkdwn(`*Claim*${id}*:* ${fitEscaped(s.claim, SLACK_SECTION_TEXT - 200, slackMrkdwn)}`)];
  const said = s.statements.map((t) => {
    const role = t.role ? ` (${fitEscaped(t.role, 200, slackMrkdwn)})` : '';
    const who = `*${fitEscaped(t.speaker, 200, slackMrkdwn)}*${role}`;
    if (t.shownAbove) return `${who}, in the statement quoted above.`;
    const room = Math.floor((SLACK_SECTION_TEXT - 40) / s.statements.length) - who.length - 20;
    return `${who} ${view.style.verb}:\n>“${fitEscaped(t.evidence, Math.max(100, room), slackMrkdwn)}”`;
  });
  blocks.push(mrkdwn(fitLines(said, SLACK_SECTION_TEXT - 20)));
  if (s.conflicts.length) {
    const lines = s.conflicts.map(
      (c) => `• ${fitEscaped(c.value, 300, slackMrkdwn)} — ${c.sources.map(slackSource).join('; ')}`,
    );
    blocks.push(mrkdwn(`*Conflicts with:*\n${fitLines(lines, SLACK_SECTION_TEXT - 20)}`));
  }
  const why = fitLines(
    s.reasons.map((r) => fitEscaped(r, 600, slackMrkdwn)),
    SLACK_CONTEXT_TEXT,
  );
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: why }] });
  return blocks;
}

/** A conflicting record's source: linked when it is an article, the seed file and outlet when it is a seed. */
function slackSource(s: SourceView): string {
  const label = fitEscaped(s.label, 200, slackMrkdwn);
  if (s.url) return slackLink(s.url, truncate(s.label, 200));
  return s.where ? `${label} (seed file ${code(s.where)})` : label;
}

/** Inline code for ids and commands a reader copies (nothing formats inside; a backtick would end it). */
function code(text: string): string {
  return `\`${slackEscape(truncate(text.replace(/`/g, "'"), 200))}\``;
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
