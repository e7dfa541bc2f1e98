import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { OutboundPayload } from '../../store/store.js';
import { DISCORD_CONTENT, DISCORD_EMBED } from '../limits.js';
import { discordEscape, discordLink, fitEscaped, noMentions, safeUrl, truncate } from '../sanitize.js';
import { alertView, byline, type AlertView } from './alert-view.js';
import { fitLines } from './fit.js';

/** https://discord.com/developers/docs/resources/message#message-object-message-flags */
export const SUPPRESS_EMBEDS = 1 << 2;
/** "@silent": no push or desktop notification. Same table as above. */
export const SUPPRESS_NOTIFICATIONS = 1 << 12;

/** The body of POST /channels/{id}/messages, minus the idempotency fields the sink adds. */
export interface DiscordMessage {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions: { parse: [] };
  flags?: number;
}

/** Render any outbox payload for Discord. Pure. */
export function renderDiscord(payload: OutboundPayload): DiscordMessage {
  if (payload.type === 'digest') {
    const embed: APIEmbed = {
      title: 'Weekly digest',
      description: fitEscaped(payload.text, DISCORD_EMBED.description, discordEscape),
    };
    return { embeds: [embed], allowed_mentions: noMentions() };
  }
  const view = alertView(payload);
  if (payload.type === 'source') {
    const content = `Also reported by **${fitEscaped(view.article.source, 200, discordEscape)}**: ${discordLink(view.article.url, truncate(view.article.title || view.article.url, 300))}`;
    return {
      content: truncate(content, DISCORD_CONTENT),
      allowed_mentions: noMentions(),
      flags: SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS,
    };
  }
  return {
    content: `**${view.style.label}**${view.claimId ? ` · ${view.claimId}` : ''}`,
    embeds: [alertEmbed(view)],
    allowed_mentions: noMentions(),
  };
}

function alertEmbed(view: AlertView): APIEmbed {
  const head = `**${fitEscaped(view.speaker, 200, discordEscape)}** ${view.style.verb}:\n> “`;
  const fields: APIEmbedField[] = [];
  if (view.conflicts.length) {
    const lines = view.conflicts.map(
      (c) => `• ${fitEscaped(c.value, 300, discordEscape)} — ${fitEscaped(c.source, 300, discordEscape)}`,
    );
    fields.push({ name: 'Conflicts with', value: fitLines(lines, DISCORD_EMBED.fieldValue) });
  }
  fields.push({
    name: 'Article',
    value: truncate(
      `${discordLink(view.article.url, truncate(view.article.title || view.article.url, 300))}\n${fitEscaped(byline(view), 300, discordEscape)}`,
      DISCORD_EMBED.fieldValue,
    ),
  });
  fields.push({ name: 'Why this alert', value: fitEscaped(view.reason, DISCORD_EMBED.fieldValue, discordEscape) });
  const embed: APIEmbed = {
    title: fitEscaped(`${view.style.emoji} ${view.style.label}: ${view.claim}`, DISCORD_EMBED.title, discordEscape),
    description: `${head}${fitEscaped(view.evidence, DISCORD_EMBED.description - head.length - 1, discordEscape)}”`,
    color: view.style.colour,
    fields: fields.slice(0, DISCORD_EMBED.fields),
    footer: {
      text: truncate(`${view.story}${view.claimId ? ` · claim ${view.claimId}` : ''}`, DISCORD_EMBED.footer),
    },
  };
  const url = safeUrl(view.article.url);
  if (url) embed.url = url;
  if (view.article.published && !Number.isNaN(Date.parse(view.article.published)))
    embed.timestamp = new Date(view.article.published).toISOString();
  return fitEmbed(embed);
}

/** Characters Discord counts towards the 6,000 total of an embed. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/** Shrink the description, then drop trailing fields, until the embed fits the 6,000 total. */
function fitEmbed(embed: APIEmbed): APIEmbed {
  const over = embedLength(embed) - DISCORD_EMBED.total;
  if (over <= 0) return embed;
  const description = embed.description ?? '';
  const room = Math.max(200, description.length - over);
  // The description ends in our closing quote; keep it after the cut so the quote reads as a quote.
  const fitted: APIEmbed = { ...embed, description: `${truncate(description.slice(0, -1), room - 1)}”` };
  while (embedLength(fitted) > DISCORD_EMBED.total && fitted.fields?.length)
    fitted.fields = fitted.fields.slice(0, -1);
  return fitted;
}
