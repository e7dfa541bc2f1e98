import type { APIEmbed } from 'discord.js';
import type { Line, Link, Reply } from '../command.js';
import {
  DISCORD_CONTENT,
  DISCORD_EMBED,
  SLACK_FALLBACK_TEXT,
  SLACK_MAX_BLOCKS,
  SLACK_SECTION_TEXT,
} from '../limits.js';
import { discordEscape, discordLink, fitEscaped, noMentions, slackLink, slackMrkdwn, truncate } from '../sanitize.js';
import { fitLines } from './fit.js';
import type { SlackBlock } from './slack.js';

/**
 * A command's neutral reply, laid out per platform. Replies quote feed text (evidence, titles),
 * so every piece is escaped here exactly as alerts are.
 */

/** Discord: only the asker sees it. https://discord.com/developers/docs/resources/message#message-object-message-flags */
export const EPHEMERAL = 1 << 6;
const LINE_MAX = 600;

function inlineText(line: Line, escape: (s: string) => string, link: (l: Link) => string): string {
  const parts = typeof line === 'string' ? [line] : line;
  // Each piece is bounded by the callers; cutting the joined line could split a link's markup.
  return parts.map((p) => (typeof p === 'string' ? escape(p) : link(p))).join('');
}

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

export interface DiscordReply {
  content: string;
  embeds: APIEmbed[];
  allowed_mentions: { parse: [] };
  flags?: number;
}

/** For an interaction response or follow-up. The short answer goes in `content`, sections in one embed. */
export function replyToDiscord(reply: Reply): DiscordReply {
  const content = fitEscaped(reply.text, DISCORD_CONTENT, discordEscape);
  const embeds: APIEmbed[] = [];
  if (reply.blocks?.length) {
    const sections = reply.blocks.map((section) => {
      const lines = section.lines.map((l) =>
        inlineText(
          l,
          (s) => discordEscape(truncate(s, LINE_MAX)),
          (k) => discordLink(k.url, truncate(k.text, 200)),
        ),
      );
      const text = [section.heading ? `**${fitEscaped(section.heading, 200, discordEscape)}**` : '', ...lines]
        .filter(Boolean)
        .join('\n');
      return truncate(text, DISCORD_EMBED.description - 40);
    });
    // One description holds it all (4,096 < the 6,000 total), whole sections first, then "…and N more".
    embeds.push({
      description: fitLines(
        sections,
        DISCORD_EMBED.description,
        (n) => `…and ${n} more section${n === 1 ? '' : 's'}`,
      ),
    });
  }
  return { content, embeds, allowed_mentions: noMentions(), ...(reply.ephemeral ? { flags: EPHEMERAL } : {}) };
}

/** For the console and the CLI: plain text, links as "text <url>". */
export function replyToText(reply: Reply): string {
  const out = [reply.text];
  for (const section of reply.blocks ?? []) {
    if (section.heading) out.push('', section.heading);
    for (const l of section.lines)
      out.push(
        `  ${inlineText(
          l,
          (s) => s,
          (k) => `${k.text} <${k.url}>`,
        )}`,
      );
  }
  return out.join('\n');
}
