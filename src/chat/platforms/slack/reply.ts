import type { Reply } from '../../command.js';
import { fitLines } from '../../render/fit.js';
import { inlineText, LINE_MAX } from '../../render/reply.js';
import { fitEscaped, truncate } from '../../sanitize.js';
import { slackLink, slackMrkdwn } from './escape.js';
import { SLACK_FALLBACK_TEXT, SLACK_MAX_BLOCKS, SLACK_SECTION_TEXT } from './limits.js';
import type { SlackBlock } from './render.js';

/** A command's reply as a Slack message (see ../../render/reply.ts). */

export interface SlackReply {
  response_type: 'ephemeral' | 'in_channel';
  text: string;
  blocks: SlackBlock[];
  unfurl_links: false;
  unfurl_media: false;
}

/** For `respond()` / `ack()` of a Slack slash command. */
export function replyToSlack(reply: Reply): SlackReply {
  const text = fitEscaped(reply.text, SLACK_FALLBACK_TEXT, slackMrkdwn);
  const blocks: SlackBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: fitEscaped(reply.text, SLACK_SECTION_TEXT, slackMrkdwn) } },
  ];
  for (const section of reply.blocks ?? []) {
    const heading = section.heading ? `*${fitEscaped(section.heading, 200, slackMrkdwn)}*` : '';
    const lines = section.lines.map((l) =>
      inlineText(
        l,
        (s) => slackMrkdwn(truncate(s, LINE_MAX)),
        (k) => slackLink(k.url, truncate(k.text, 200)),
      ),
    );
    const body = fitLines(lines, SLACK_SECTION_TEXT - heading.length - 1);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: heading ? `${heading}\n${body}` : body } });
  }
  if (blocks.length > SLACK_MAX_BLOCKS) {
    blocks.splice(SLACK_MAX_BLOCKS - 1, Infinity, {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '…more than fits in one message; narrow the question down.' }],
    });
  }
  return {
    response_type: reply.ephemeral ? 'ephemeral' : 'in_channel',
    text,
    blocks,
    unfurl_links: false,
    unfurl_media: false,
  };
}
