import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBody, detectCharset, fetchFeed, parseFeed } from '../../src/ingest/index.js';
import { rss } from './support/feeds.js';
import { serveFeed, startFeedServer, type FeedServer } from './support/feed-server.js';
import { testLimits } from './support/limits.js';

const none = { etag: null, lastModified: null };
let server: FeedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serve `xml` encoded in `charset`, fetch it and parse it, as the poller would. */
async function fetchAndParse(xml: string, charset: string, contentType: string) {
  server = await startFeedServer({ '/feed.xml': serveFeed(iconv.encode(xml, charset), { contentType }) });
  const res = await fetchFeed(server.url('/feed.xml'), none, testLimits());
  if (res.status !== 'ok') throw new Error('expected a body');
  return parseFeed(res.body);
}

describe('feeds in legacy encodings', () => {
  it('decodes a windows-1251 feed named in the Content-Type header into correct Cyrillic', async () => {
    const xml = rss(
      'Новости обороны',
      [
        {
          title: 'Песков: вопрос о С-400 не обсуждался',
          link: 'https://ru.example/1',
          description: 'Турция не возвращает системы.',
        },
      ],
      {
        encoding: 'windows-1251',
      },
    );
    const feed = await fetchAndParse(xml, 'windows-1251', 'application/rss+xml; charset=windows-1251');
    expect(feed.title).toBe('Новости обороны');
    expect(feed.items[0]?.title).toBe('Песков: вопрос о С-400 не обсуждался');
    expect(feed.items[0]?.summary).toBe('Турция не возвращает системы.');
  });

  it('decodes a KOI8-R feed from its XML declaration when the header names no charset', async () => {
    const xml = rss(
      'Вести',
      [{ title: 'Анкара опровергла сообщения о возврате комплексов', link: 'https://ru.example/2' }],
      { encoding: 'KOI8-R' },
    );
    const feed = await fetchAndParse(xml, 'koi8-r', 'text/xml');
    expect(feed.items[0]?.title).toBe('Анкара опровергла сообщения о возврате комплексов');
  });

  it('decodes a windows-1254 Turkish feed with its dotted and dotless i', async () => {
    const xml = rss(
      'Savunma Haberleri',
      [{ title: 'Bakanlık: S-400 sistemleri iade edilmeyecek, ığdır şişli', link: 'https://tr.example/3' }],
      {
        encoding: 'windows-1254',
      },
    );
    const feed = await fetchAndParse(xml, 'windows-1254', 'application/xml; charset="windows-1254"');
    expect(feed.items[0]?.title).toBe('Bakanlık: S-400 sistemleri iade edilmeyecek, ığdır şişli');
  });

  it('decodes a KOI8-R feed that names its charset nowhere (no header charset, no XML declaration)', async () => {
    const xml = rss('Вести', [
      {
        title: 'Анкара опровергла сообщения о возврате комплексов',
        link: 'https://ru.example/2',
        description: 'Министерство заявило, что переговоры о возврате не велись и не ведутся.',
      },
    ]).replace(' encoding="UTF-8"', '');
    const feed = await fetchAndParse(xml, 'koi8-r', 'application/rss+xml');
    expect(feed.items[0]?.title).toBe('Анкара опровергла сообщения о возврате комплексов');
  });

  it('decodes a Shift_JIS feed served with a header that wrongly says UTF-8', async () => {
    const xml = rss('港町新報', [
      {
        title: '防衛省、装備の返却報道を否定',
        link: 'https://jp.example/1',
        description: '報道官は、装備を返却するという報道は事実ではないと述べた。',
      },
    ]).replace(' encoding="UTF-8"', '');
    const feed = await fetchAndParse(xml, 'shift_jis', 'application/rss+xml; charset=utf-8');
    expect(feed.items[0]?.title).toBe('防衛省、装備の返却報道を否定');
  });

  it('decodes an undeclared KOI8-R feed of many items, which a detector alone takes for Hebrew', () => {
    const items = Array.from({ length: 200 }, (_, k) => ({
      title: `Анкара опровергла сообщения о возврате комплексов ${k}`,
      link: `https://ru.example/${k}`,
      description: 'Министерство заявило, что переговоры не велись.',
    }));
    const bytes = iconv.encode(rss('Вести', items).replace(' encoding="UTF-8"', ''), 'koi8-r');
    expect(decodeBody(bytes, 'text/xml')).toContain('Анкара опровергла сообщения о возврате комплексов 199');
  });

  it('decodes an undeclared Ukrainian feed in KOI8-U with its і, ї and є', () => {
    const bytes = iconv.encode(
      rss('Вісті', [
        {
          title: 'Міністерство спростувало повідомлення про повернення систем',
          link: 'https://ua.example/1',
          description: 'Речник заявив, що їхні переговори тривають і є надія.',
        },
      ]).replace(' encoding="UTF-8"', ''),
      'koi8-u',
    );
    expect(decodeBody(bytes, 'text/xml')).toContain('Речник заявив, що їхні переговори тривають і є надія.');
  });

  it('decodes a KOI8-R feed whose server says windows-1251', async () => {
    const xml = rss('Вести', [
      {
        title: 'Анкара опровергла сообщения о возврате комплексов',
        link: 'https://ru.example/2',
        description: 'Министерство заявило, что переговоры о возврате не велись и не ведутся.',
      },
    ]).replace(' encoding="UTF-8"', '');
    const feed = await fetchAndParse(xml, 'koi8-r', 'application/rss+xml; charset=windows-1251');
    expect(feed.items[0]?.title).toBe('Анкара опровергла сообщения о возврате комплексов');
  });

  it('decodes UTF-16 and UTF-32 without a byte-order mark from the pattern of zero bytes', () => {
    const text = '<?xml version="1.0"?><rss>Анкара</rss>';
    for (const charset of ['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be']) {
      expect(decodeBody(iconv.encode(text, charset), 'text/xml'), charset).toBe(text);
    }
  });

  it('reads UTF-8 bytes as UTF-8 even when the XML declaration claims ISO-8859-1', () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss>Türkiye — Турция</rss>', 'utf8');
    expect(decodeBody(bytes, null)).toContain('Türkiye — Турция');
  });

  it('reads UTF-8 when nothing says otherwise', async () => {
    const xml = rss('Çok dilli', [{ title: 'Türkiye — Турция — تركيا', link: 'https://x.example/4' }]).replace(
      ' encoding="UTF-8"',
      '',
    );
    const feed = await fetchAndParse(xml, 'utf-8', 'application/rss+xml');
    expect(feed.items[0]?.title).toBe('Türkiye — Турция — تركيا');
  });

  it('trusts a byte-order mark over a header that names another charset', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<rss>Анкара</rss>', 'utf-16le')]);
    expect(detectCharset(bytes, 'text/xml; charset=iso-8859-1')).toBe('utf-16le');
    expect(decodeBody(bytes, 'text/xml; charset=iso-8859-1')).toBe('<rss>Анкара</rss>');
  });

  it('falls back past a charset label nobody knows', () => {
    const bytes = iconv.encode('<?xml version="1.0" encoding="windows-1251"?><rss>Москва</rss>', 'windows-1251');
    expect(decodeBody(bytes, 'text/xml; charset=x-made-up')).toContain('Москва');
  });

  it('reads the charset of an HTML page from its meta tag', () => {
    const bytes = iconv.encode(
      '<html><head><meta charset="windows-1251"></head><body>Кремль</body></html>',
      'windows-1251',
    );
    expect(decodeBody(bytes, 'text/html')).toContain('Кремль');
  });
});
