import type { APIEmbed } from 'discord.js';
import type { Reply } from '../../command.js';
import { fitLines } from '../../render/fit.js';
import { inlineText, LINE_MAX } from '../../render/reply.js';
import { fitEscaped, truncate } from '../../sanitize.js';
import { discordEscape, discordLink, noMentions } from './escape.js';
import { DISCORD_CONTENT, DISCORD_EMBED } from './limits.js';

/** A command's reply as a Discord message (see ../../render/reply.ts). */

/** Only the asker sees it. https://discord.com/developers/docs/resources/message#message-object-message-flags */
export const EPHEMERAL = 1 << 6;

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
