/** Builders for feed documents, so each test states only what it is about. Stories are fictional. */

export interface ItemSpec {
  title: string;
  link: string;
  guid?: string;
  pubDate?: string;
  description?: string;
  content?: string;
  author?: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 document. `encoding` only writes the XML declaration; encoding the bytes is the caller's job. */
export function rss(title: string, items: ItemSpec[], opts: { encoding?: string } = {}): string {
  const decl = `<?xml version="1.0" encoding="${opts.encoding ?? 'UTF-8'}"?>`;
  const body = items
    .map(
      (i) => `  <item>
    <title>${esc(i.title)}</title>
    <link>${esc(i.link)}</link>
    ${i.guid ? `<guid isPermaLink="false">${esc(i.guid)}</guid>` : ''}
    ${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}
    ${i.description ? `<description>${esc(i.description)}</description>` : ''}
    ${i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ''}
    ${i.author ? `<dc:creator>${esc(i.author)}</dc:creator>` : ''}
  </item>`,
    )
    .join('\n');
  return `${decl}
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>${esc(title)}</title>
  <link>https://outlet.example/</link>
  <description>Test outlet</description>
${body}
</channel>
</rss>`;
}

/** A paragraph of invented reporting, repeated to reach "full article" length. */
export function longParagraphs(n: number, topic = 'the air-defence systems'): string {
  return Array.from(
    { length: n },
    (_, k) =>
      `<p>Paragraph ${k + 1}: officials in Ankara were asked again about ${topic} and gave no new answer, ` +
      'a spokesman said on Tuesday.</p>',
  ).join('\n');
}
