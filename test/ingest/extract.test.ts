import { afterEach, describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../src/errors.js';
import { articleText, extractArticle, fetchArticlePage, htmlToText, type FeedItem } from '../../src/ingest/index.js';
import { ExtractPool } from '../../src/ingest/extract-pool.js';
import { longParagraphs } from './support/feeds.js';
import { fixture } from './support/fixtures.js';
import { serveFeed, startFeedServer, type FeedServer } from './support/feed-server.js';
import { testLimits } from './support/limits.js';

let server: FeedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const html = (body: string) => serveFeed(body, { contentType: 'text/html; charset=utf-8' });

function item(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    guid: 'g1',
    link: null,
    title: 'Envoy rules out returning the systems',
    published: null,
    contentHtml: null,
    summary: null,
    author: null,
    publisher: null,
    ...overrides,
  };
}

describe('text from feed HTML', () => {
  it('keeps paragraphs as blank-line-separated blocks and line breaks as new lines', () => {
    const text = htmlToText(
      '<p>First   paragraph,\n wrapped.</p><p>Second<br>line two</p><ul><li>one</li><li>two</li></ul>',
    );
    expect(text).toBe('First paragraph, wrapped.\n\nSecond\nline two\n\none\n\ntwo');
  });

  it('drops scripts and styles and decodes entities', () => {
    expect(htmlToText('<style>p{}</style><p>Ankara &amp; Moscow&nbsp;talk</p><script>alert(1)</script>')).toBe(
      'Ankara & Moscow talk',
    );
  });

  it('leaves plain text alone apart from spacing', () => {
    expect(htmlToText('  just   words  ')).toBe('just words');
  });
});

describe('reading an article page', () => {
  it('extracts the article body, title, byline and site name, without navigation or scripts', () => {
    const article = extractArticle(fixture('article-page.html'), 'https://harbour-gazette.example/envoy');
    expect(article).not.toBeNull();
    expect(article?.title).toBe('Envoy rules out returning the systems');
    expect(article?.byline).toBe('By Deniz Sample');
    expect(article?.siteName).toBe('Harbour Gazette');
    expect(article?.text).toMatch(/^The envoy said on Wednesday/);
    expect(article?.text).toContain(
      'sent back, contradicting a report published abroad earlier in the week.\n\n"There is no such plan',
    );
    expect(article?.text).not.toMatch(/not article text|Privacy|Sport/);
  });

  it('returns nothing for a page without an article', () => {
    expect(extractArticle('<html><body></body></html>', 'https://x.example/')).toBeNull();
  });

  it('fetches a page under the feed limits and extracts it', async () => {
    server = await startFeedServer({ '/envoy': html(fixture('article-page.html')) });
    const article = await fetchArticlePage(server.url('/envoy'), testLimits());
    expect(article?.text).toContain('There is no such plan');
    expect(article?.url).toBe(server.url('/envoy'));
  });

  it('does not read a page that is not HTML', async () => {
    server = await startFeedServer({ '/report.pdf': serveFeed('%PDF-1.7', { contentType: 'application/pdf' }) });
    const err = await fetchArticlePage(server.url('/report.pdf'), testLimits()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FeedFetchError);
    expect((err as FeedFetchError).code).toBe('unexpected-content-type');
  });
});

describe('choosing an article’s text', () => {
  it('uses the feed’s own content when it carries the full article', async () => {
    const full = item({ contentHtml: longParagraphs(5), link: 'http://127.0.0.1:9/never-fetched' });
    const chosen = await articleText(full, full.link, { limits: testLimits(), fetchPages: true });
    expect(chosen.from).toBe('feed');
    expect(chosen.text).toMatch(/^Paragraph 1:/);
    expect(chosen.text.split('\n\n')).toHaveLength(5);
  });

  it('fetches and extracts the page when the feed only has a teaser', async () => {
    server = await startFeedServer({ '/envoy': html(fixture('article-page.html')) });
    const teaser = item({ summary: 'The envoy spoke on Wednesday.', link: server.url('/envoy') });
    const chosen = await articleText(teaser, teaser.link, { limits: testLimits(), fetchPages: true });
    expect(chosen.from).toBe('page');
    expect(chosen.text).toContain('There is no such plan');
    expect(chosen.pageTitle).toBe('Envoy rules out returning the systems');
  });

  it('keeps the summary when the page cannot be read', async () => {
    server = await startFeedServer({ '/gone': (_req, res) => res.writeHead(410).end() });
    const errors: unknown[] = [];
    const teaser = item({ summary: 'The envoy spoke on Wednesday.', link: server.url('/gone') });
    const chosen = await articleText(teaser, teaser.link, {
      limits: testLimits(),
      fetchPages: true,
      onPageError: (e) => errors.push(e),
    });
    expect(chosen).toMatchObject({ from: 'summary', text: 'The envoy spoke on Wednesday.' });
    expect((errors[0] as FeedFetchError).code).toBe('http-410');
  });

  it('does not fetch pages when told not to (a new feed’s backlog)', async () => {
    server = await startFeedServer({ '/envoy': html(fixture('article-page.html')) });
    const teaser = item({ summary: 'The envoy spoke on Wednesday.', link: server.url('/envoy') });
    const chosen = await articleText(teaser, teaser.link, { limits: testLimits(), fetchPages: false });
    expect(chosen.text).toBe('The envoy spoke on Wednesday.');
    expect(server.seen).toHaveLength(0);
  });
});

describe('pages built to exhaust the extractor', () => {
  it('turns deeply nested HTML into its text without overflowing the stack', () => {
    const html = `${'<div>'.repeat(12_000)}<p>At the bottom.</p>${'</div>'.repeat(12_000)}<p>After.</p>`;
    expect(htmlToText(html)).toBe('At the bottom.\n\nAfter.');
  });

  it('stops reading markup after 25,000 tags, keeping the text before them', () => {
    const html = `<p>Opening words.</p>${'<i>'.repeat(100_000)}<p>Never reached.</p>`;
    expect(htmlToText(html)).toBe('Opening words.');
  });

  it('does not hand a page nested 1,000 levels deep to Readability (it took ~9 s); the feed text is kept', () => {
    const words = 'Words at the bottom of the page. '.repeat(40);
    const html =
      `<html><body>${'<div>'.repeat(1_000)}<article><p>${words}</p></article>` +
      `${'</div>'.repeat(1_000)}</body></html>`;
    expect(extractArticle(html, 'https://deep.example/page')).toBeNull();
  });

  it('still drops scripts, styles and forms, and keeps what follows a self-closed svg', () => {
    expect(
      htmlToText(
        '<p>a</p><svg/><p>b &eacute; &#x41;</p><script>x<p>y</p></script><form><form></form>in</form><p>c<br>d</p>',
      ),
    ).toBe('a\n\nb é A\n\nc\nd');
  });
});

describe('extracting pages off the event loop', () => {
  const paragraph = (k: number) =>
    `<p>Paragraph ${k}: the envoy said on Wednesday that no agreement existed, officials confirmed.</p>`;
  const page = (paragraphs: number) =>
    '<html><body><article><h1>Envoy speaks</h1>' +
    `${Array.from({ length: paragraphs }, (_, k) => paragraph(k)).join('')}</article></body></html>`;

  it('gives up on a page whose extraction outlasts its time, and other pages are still extracted', async () => {
    const pool = new ExtractPool(50);
    // ~4 MB of paragraphs: Readability needs seconds for it, far past 50 ms.
    expect(await pool.extract(page(40_000), 'https://slow.example/a')).toBeNull();
    const next = await new ExtractPool(10_000).extract(page(20), 'https://quick.example/b');
    expect(next?.text).toContain('Paragraph 19: the envoy said on Wednesday');
  });
});
