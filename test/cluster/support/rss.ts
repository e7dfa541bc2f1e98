/** A minimal RSS 2.0 writer for the local outlets of the cluster tests and the load benches. */

export interface RssEntry {
  title: string;
  link: string;
  guid: string;
  /** ISO-8601. */
  published: string;
  /** Plain text; blank lines separate paragraphs. */
  text: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** RSS 2.0 with each item's full text in content:encoded, so the bot has no page to fetch. Entries newest first. */
export function rss(title: string, entries: readonly RssEntry[]): string {
  const items = entries.map((e) => {
    const html = e.text
      .split(/\n\s*\n/)
      .map((p) => `<p>${esc(p.trim())}</p>`)
      .join('');
    return (
      `<item><title>${esc(e.title)}</title><link>${esc(e.link)}</link>` +
      `<guid isPermaLink="false">${esc(e.guid)}</guid>` +
      `<pubDate>${new Date(e.published).toUTCString()}</pubDate><content:encoded>${esc(html)}</content:encoded></item>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">` +
    `<channel><title>${esc(title)}</title><link>http://127.0.0.1/</link>` +
    `<description>Fictional articles for load and cluster tests</description>` +
    `${items.join('')}</channel></rss>\n`
  );
}
