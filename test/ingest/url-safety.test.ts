import { describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../src/errors.js';
import { checkFeedUrl, isPublicAddress, type Resolver } from '../../src/ingest/index.js';

/** A resolver with a fixed table, standing in for DNS. */
const dnsTable =
  (table: Record<string, string[]>): Resolver =>
  async (host) => {
    const addresses = table[host];
    if (!addresses) throw new Error(`ENOTFOUND ${host}`);
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

async function refusal(url: string, resolve?: Resolver): Promise<FeedFetchError> {
  const err = await checkFeedUrl(url, { allowPrivate: false, resolve }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, url).toBeInstanceOf(FeedFetchError);
  return err as FeedFetchError;
}

describe('which feed addresses the bot will fetch', () => {
  it.each([
    'http://127.0.0.1/feed',
    'http://10.0.0.8/feed',
    'http://172.20.1.1/feed',
    'http://192.168.1.10/feed',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/feed',
    'http://0.0.0.0/feed',
    'http://[::1]/feed',
    'http://[fd12:3456::1]/feed',
    'http://[fe80::1]/feed',
    'http://[::ffff:127.0.0.1]/feed',
    'http://[::ffff:a9fe:a9fe]/feed',
  ])('refuses the internal address %s', async (url) => {
    expect((await refusal(url)).code).toBe('private-address');
  });

  it('refuses a public-looking name that resolves to a private address', async () => {
    const err = await refusal('https://intranet.example/rss', dnsTable({ 'intranet.example': ['10.1.2.3'] }));
    expect(err.code).toBe('private-address');
    expect(err.remedy).toMatch(/FEEDS_ALLOW_PRIVATE/);
  });

  it('refuses a name when any one of its addresses is private', async () => {
    const err = await refusal('https://mixed.example/rss', dnsTable({ 'mixed.example': ['93.184.216.34', '127.0.0.1'] }));
    expect(err.code).toBe('private-address');
  });

  it('accepts a name that resolves only to public addresses', async () => {
    const resolve = dnsTable({ 'news.example': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'] });
    const url = await checkFeedUrl('https://news.example/rss', { allowPrivate: false, resolve });
    expect(url.hostname).toBe('news.example');
  });

  it('accepts private addresses when the operator allows them', async () => {
    await expect(checkFeedUrl('http://127.0.0.1:8080/feed', { allowPrivate: true })).resolves.toBeInstanceOf(URL);
  });

  it('fetches only http and https', async () => {
    expect((await refusal('file:///etc/passwd')).code).toBe('bad-url');
    expect((await refusal('ftp://files.example/feed.xml')).code).toBe('bad-url');
    expect((await refusal('not a url')).code).toBe('bad-url');
  });

  it('reports a name that does not resolve as a DNS problem', async () => {
    expect((await refusal('https://nowhere.example/', dnsTable({}))).code).toBe('dns');
  });

  it('classes ordinary public addresses as public', () => {
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('2001:4860:4860::8888')).toBe(true);
    expect(isPublicAddress('172.15.255.255')).toBe(true);
    expect(isPublicAddress('172.16.0.1')).toBe(false);
  });
});
