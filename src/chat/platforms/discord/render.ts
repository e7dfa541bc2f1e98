import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { OutboundPayload } from '../../../store/store.js';
import { DISCORD_CONTENT, DISCORD_EMBED } from './limits.js';
import { discordEscape, discordLink, noMentions } from './escape.js';
import { fitEscaped, safeUrl, truncate } from '../../sanitize.js';
import { alertView, byline, type AlertView } from '../../render/alert-view.js';
import type { SourceView } from '../../render/conflict-source.js';
import { fitLines } from '../../render/fit.js';
import { FEEDBACK_BUTTONS, feedbackRef } from '../../feedback.js';

/** https://discord.com/developers/docs/resources/message#message-object-message-flags */
export const SUPPRESS_EMBEDS = 1 << 2;
/** "@silent": no push or desktop notification. Same table as above. */
export const SUPPRESS_NOTIFICATIONS = 1 << 12;

/** The body of POST /channels/{id}/messages, minus the idempotency fields the sink adds. */
export interface DiscordMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: DiscordButtonRow[];
  allowed_mentions: { parse: [] };
  flags?: number;
}

/** https://discord.com/developers/docs/components/reference#action-row, #button */
export interface DiscordButtonRow {
  type: 1;
  components: Array<{ type: 2; style: 1 | 2 | 4; label: string; custom_id: string }>;
}

/** The buttons under an alert: each names its verdict and the message's outbox entry (custom_id ≤ 100 characters). */
function feedbackRow(outboxId: number): DiscordButtonRow {
  const style = { confirm: 1, 'false-alarm': 4, 'wrong-speaker': 2 } as const;
  return {
    type: 1,
    components: FEEDBACK_BUTTONS.map(({ verdict, label }) => ({
      type: 2,
      style: style[verdict],
      label,
      custom_id: feedbackRef(verdict, outboxId),
    })),
  };
}

/** Render any outbox payload for Discord. Pure. `outboxId`: see renderSlack (the alert's buttons). */
export function renderDiscord(payload: OutboundPayload, opts: { outboxId?: number } = {}): DiscordMessage {
  if (payload.type === 'digest') {
    const embed: APIEmbed = {
      title: 'Weekly digest',
      description: fitEscaped(payload.text, DISCORD_EMBED.description, discordEscape),
    };
    return { embeds: [embed], allowed_mentions: noMentions() };
  }
  const view = alertView(payload);
  if (payload.type === 'source') {
    const link = discordLink(view.article.url, truncate(view.article.title || view.article.url, 300));
    const content = `Also reported by **${fitEscaped(view.article.source, 200, discordEscape)}**: ${link}`;
    return {
      content: truncate(content, DISCORD_CONTENT),
      allowed_mentions: noMentions(),
      flags: SUPPRESS_EMBEDS | SUPPRESS_NOTIFICATIONS,
    };
  }
  return {
    content: `**${view.style.label}**${view.claimIds.length ? ` · claim ${view.claimIds.join(', ')}` : ''}`,
    embeds: [alertEmbed(view)],
    allowed_mentions: noMentions(),
    ...(opts.outboxId !== undefined ? { components: [feedbackRow(opts.outboxId)] } : {}),
  };
}

function alertEmbed(view: AlertView): APIEmbed {
  const several = view.sections.length > 1;
  const parts = view.sections.map((s) => {
    const said = s.statements.map((t) => {
      const role = t.role ? ` (${fitEscaped(t.role, 200, discordEscape)})` : '';
      const who = `**${fitEscaped(t.speaker, 200, discordEscape)}**${role}`;
      if (t.shownAbove) return `${who}, in the statement quoted above.`;
      const room = Math.floor(DISCORD_EMBED.description / (view.sections.length * s.statements.length)) - 300;
      return `${who} ${view.style.verb}:\n> “${fitEscaped(t.evidence, Math.max(100, room), discordEscape)}”`;
    });
    const head = several
      ? `**Claim${s.claimId ? ` ${inlineCode(s.claimId)}` : ''}:** ${fitEscaped(s.claim, 300, discordEscape)}\n`
      : '';
    return `${head}${said.join('\n')}`;
  });
  const fields: APIEmbedField[] = [];
  for (const s of view.sections) {
    if (!s.conflicts.length) continue;
    const lines = s.conflicts.map(
      (c) => `• ${fitEscaped(c.value, 300, discordEscape)} — ${c.sources.map(discordSource).join('; ')}`,
    );
    const name = several && s.claimId ? `Conflicts with (${s.claimId})` : 'Conflicts with';
    fields.push({ name: truncate(name, DISCORD_EMBED.fieldName), value: fitLines(lines, DISCORD_EMBED.fieldValue) });
  }
  fields.push({
    name: 'Article',
    value: truncate(
      `${discordLink(view.article.url, truncate(view.article.title || view.article.url, 300))}\n` +
        fitEscaped(byline(view), 300, discordEscape),
      DISCORD_EMBED.fieldValue,
    ),
  });
  const reasons = view.sections.flatMap((s) => s.reasons.map((r) => fitEscaped(r, 500, discordEscape)));
  fields.push({ name: 'Why this alert', value: fitLines(reasons, DISCORD_EMBED.fieldValue) });
  if (view.claimIds.length)
    fields.push({
      name: 'Look up',
      value: fitLines(
        view.claimIds.map((id) => `\`/claim ${id.replace(/`/g, "'")}\``),
        DISCORD_EMBED.fieldValue,
      ),
    });
  const first = view.sections[0]!;
  const more = several ? ` (and ${view.sections.length - 1} more)` : '';
  const embed: APIEmbed = {
    title: fitEscaped(
      `${view.style.emoji} ${view.style.label}: ${first.claim}${more}`,
      DISCORD_EMBED.title,
      discordEscape,
    ),
    description: fitLines(parts, DISCORD_EMBED.description - 20, (n) => `…and ${n} more claims`),
    color: view.style.colour,
    fields: fields.slice(0, DISCORD_EMBED.fields),
    footer: {
      text: truncate(
        `${view.story}${view.claimIds.length ? ` · claim ${view.claimIds.join(', ')}` : ''}`,
        DISCORD_EMBED.footer,
      ),
    },
  };
  const url = safeUrl(view.article.url);
  if (url) embed.url = url;
  if (view.article.published && !Number.isNaN(Date.parse(view.article.published)))
    embed.timestamp = new Date(view.article.published).toISOString();
  return fitEmbed(embed);
}

/** A conflicting record's source: linked when it is an article, the seed file and outlet when it is a seed. */
function discordSource(s: SourceView): string {
  if (s.url) return discordLink(s.url, truncate(s.label, 200));
  const label = fitEscaped(s.label, 200, discordEscape);
  return s.where ? `${label} (seed file ${inlineCode(s.where)})` : label;
}

/** Inline code for ids and commands a reader copies; a backtick inside would end it. */
function inlineCode(text: string): string {
  return `\`${truncate(text.replace(/`/g, "'"), 200)}\``;
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
  const quoted = description.endsWith('”');
  const cut = quoted ? `${truncate(description.slice(0, -1), room - 1)}”` : truncate(description, room);
  const fitted: APIEmbed = { ...embed, description: cut };
  while (embedLength(fitted) > DISCORD_EMBED.total && fitted.fields?.length)
    fitted.fields = fitted.fields.slice(0, -1);
  return fitted;
}
