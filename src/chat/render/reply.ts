import type { Line, Link, Reply } from '../command.js';

/**
 * A command's neutral reply, laid out per platform (platforms/<name>/reply.ts). Replies quote feed text (evidence,
 * titles), so every piece is escaped there exactly as alerts are.
 */

/** The longest a reply line's text runs before it is cut. */
export const LINE_MAX = 600;

/** A reply line as one string: each text piece escaped, each link written, by the platform's own functions. */
export function inlineText(line: Line, escape: (s: string) => string, link: (l: Link) => string): string {
  const parts = typeof line === 'string' ? [line] : line;
  // Each piece is bounded by the callers; cutting the joined line could split a link's markup.
  return parts.map((p) => (typeof p === 'string' ? escape(p) : link(p))).join('');
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
