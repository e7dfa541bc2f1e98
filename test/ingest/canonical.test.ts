import { describe, expect, it } from 'vitest';
import { canonicalUrl, contentHash } from '../../src/ingest/index.js';

describe('one address per article', () => {
  it('strips campaign and click-tracking parameters but keeps the ones that pick the article', () => {
    const url =
      'https://News.Example.com/world/s400-report?id=42&utm_source=twitter&utm_medium=social&fbclid=IwAR0x' +
      '&gclid=abc&mc_cid=1&mc_eid=2&igshid=z&ref=fp&ref_src=twsrc&cmpid=rss&ocid=msn&__twitter_impression=true' +
      '&at_medium=rss&at_campaign=x&yclid=9&_ga=2.1';
    expect(canonicalUrl(url)).toBe('https://news.example.com/world/s400-report?id=42');
  });

  it('sorts the remaining parameters so their order does not matter', () => {
    expect(canonicalUrl('https://o.example/a?page=2&lang=tr')).toBe(
      canonicalUrl('https://o.example/a?lang=tr&page=2'),
    );
    expect(canonicalUrl('https://o.example/a?page=2&lang=tr')).toBe('https://o.example/a?lang=tr&page=2');
  });

  it('drops the fragment, the default port and the trailing slash', () => {
    expect(canonicalUrl('HTTPS://o.example:443/news/story/#comments')).toBe('https://o.example/news/story');
    expect(canonicalUrl('http://o.example:80/news/')).toBe('http://o.example/news');
  });

  it('keeps a non-default port and the root path', () => {
    expect(canonicalUrl('http://o.example:8080/')).toBe('http://o.example:8080/');
  });

  it('leaves text that is not a URL as it is', () => {
    expect(canonicalUrl('  not a url ')).toBe('not a url');
  });
});

describe('the fingerprint of an article', () => {
  const body = 'The envoy said on Wednesday that the systems would not be sent back.';

  it('is the same for a syndicated copy with different spacing, case and punctuation', () => {
    const original = contentHash('Envoy rules out returning the systems', body);
    const copy = contentHash(
      'ENVOY RULES OUT RETURNING THE SYSTEMS!',
      `  The envoy said — on Wednesday — that the\nsystems would not be sent back`,
    );
    expect(copy).toBe(original);
    expect(original).toMatch(/^[0-9a-f]{64}$/);
  });

  it('treats compatibility characters as their plain forms (NFKC)', () => {
    expect(contentHash('ﬁnal word', 'ｔｅｘｔ')).toBe(contentHash('final word', 'text'));
  });

  it('differs for a different story', () => {
    expect(contentHash('Envoy rules out returning the systems', body)).not.toBe(
      contentHash('Envoy confirms the systems will return', body),
    );
  });

  it('looks only at the first 2,000 characters, so a different footer does not split copies', () => {
    const long = 'word '.repeat(500);
    expect(contentHash('T', `${long} footer from outlet A`)).toBe(
      contentHash('T', `${long} a different footer from outlet B`),
    );
    expect(contentHash('T', `x ${long}`)).not.toBe(contentHash('T', `y ${long}`));
  });
});
