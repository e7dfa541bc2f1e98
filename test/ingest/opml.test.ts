import { describe, expect, it } from 'vitest';
import { FeedParseError } from '../../src/errors.js';
import { parseOpml, toOpml } from '../../src/ingest/index.js';
import { fixture } from './support/fixtures.js';

describe('feed lists in OPML', () => {
  it('imports every feed from nested folders once, whatever the case of xmlUrl', () => {
    expect(parseOpml(fixture('nested.opml'))).toEqual([
      { title: 'Plainwire', url: 'https://plainwire.example/rss' },
      { title: 'Harbour Gazette — Defence', url: 'https://harbour-gazette.example/defence/atom.xml' },
      { title: 'Old Town Courier', url: 'https://old-town-courier.example/rss?format=xml&lang=en' },
    ]);
  });

  it('exports a list that imports back the same, special characters included', () => {
    const feeds = [
      { title: 'Harbour Gazette — "Defence" & <Security>', url: 'https://harbour-gazette.example/rss?a=1&b=2' },
      { title: 'Новости', url: 'https://ru.example/rss' },
      { title: null, url: 'https://untitled.example/feed' },
    ];
    const xml = toOpml(feeds);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    expect(parseOpml(xml)).toEqual([
      feeds[0],
      feeds[1],
      { title: 'https://untitled.example/feed', url: 'https://untitled.example/feed' },
    ]);
  });

  it('exports an empty list as a valid, empty OPML file', () => {
    expect(parseOpml(toOpml([]))).toEqual([]);
  });

  it('refuses a file that is not OPML', () => {
    const err = (() => {
      try {
        parseOpml('<?xml version="1.0"?><rss version="2.0"><channel/></rss>');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(FeedParseError);
    expect((err as FeedParseError).code).toBe('not-opml');
  });

  it('refuses broken XML and entity bombs', () => {
    expect(() => parseOpml('<opml><body><outline xmlUrl="x"></body>')).toThrow(FeedParseError);
    expect(() => parseOpml(fixture('billion-laughs.xml'))).toThrow(/entities/);
  });
});
