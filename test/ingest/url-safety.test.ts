import { describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../src/errors.js';
import { feedAllowHosts } from '../../src/app/feed-limits.js';
import { loadConfig } from '../../src/app/config.js';
import { checkFeedUrl, hostPolicy, isPublicAddress, type HostPolicy, type Resolver } from '../../src/ingest/index.js';

/** A resolver with a fixed table, standing in for DNS. */
const dnsTable =
  (table: Record<string, string[]>): Resolver =>
  async (host) => {
    const addresses = table[host];
    if (!addresses) throw new Error(`ENOTFOUND ${host}`);
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

async function refusal(
  url: string,
  resolve?: Resolver,
  allowHosts: HostPolicy = hostPolicy([]),
): Promise<FeedFetchError> {
  const err = await checkFeedUrl(url, { allowHosts, ...(resolve ? { resolve } : {}) }).then(
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
    expect(err.remedy).toMatch(/FEEDS_ALLOW_HOSTS/);
  });

  it('refuses a name when any one of its addresses is private', async () => {
    const err = await refusal(
      'https://mixed.example/rss',
      dnsTable({ 'mixed.example': ['93.184.216.34', '127.0.0.1'] }),
    );
    expect(err.code).toBe('private-address');
  });

  it('accepts a name that resolves only to public addresses', async () => {
    const resolve = dnsTable({ 'news.example': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'] });
    const url = await checkFeedUrl('https://news.example/rss', { resolve });
    expect(url.hostname).toBe('news.example');
  });

  it('accepts an intranet feed the operator lists in FEEDS_ALLOW_HOSTS, by name, address or range', async () => {
    const resolve = dnsTable({ 'feeds.intranet': ['10.1.2.3'], 'wiki.intranet': ['10.9.9.9'] });
    const allowHosts = hostPolicy(['feeds.intranet', '127.0.0.1', '192.168.10.0/24']);
    await expect(checkFeedUrl('http://feeds.intranet/rss', { allowHosts, resolve })).resolves.toBeInstanceOf(URL);
    await expect(checkFeedUrl('http://127.0.0.1:8080/feed', { allowHosts })).resolves.toBeInstanceOf(URL);
    await expect(checkFeedUrl('http://192.168.10.77/feed', { allowHosts })).resolves.toBeInstanceOf(URL);
    // Not listed: still refused.
    expect((await refusal('http://wiki.intranet/', resolve, allowHosts)).code).toBe('private-address');
    expect((await refusal('http://127.0.0.2/', undefined, allowHosts)).code).toBe('private-address');
  });

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://[fe80::1]/',
    'http://[fd00:ec2::254]/latest/meta-data/',
    'http://100.100.100.200/latest/meta-data/',
    'http://0.0.0.0:3000/metrics',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://[64:ff9b::a9fe:a9fe]/latest/meta-data/',
    'http://[2002:a9fe:a9fe::1]/latest/meta-data/',
  ])('never fetches %s, whatever the allow-list says', async (url) => {
    const everything = hostPolicy(['0.0.0.0/0', '::/0', 'metadata.google.internal']);
    const resolve = dnsTable({ 'metadata.google.internal': ['169.254.169.254'] });
    const err = await refusal(url, resolve, everything);
    expect(err.code).toBe('private-address');
    expect(err.message).toMatch(/never fetched/);
  });

  it('keeps FEEDS_ALLOW_PRIVATE=true working for one release, for loopback and private ranges only', async () => {
    const allowHosts = feedAllowHosts(loadConfig({ FEEDS_ALLOW_PRIVATE: 'true' }));
    await expect(checkFeedUrl('http://127.0.0.1:8080/feed', { allowHosts })).resolves.toBeInstanceOf(URL);
    await expect(checkFeedUrl('http://10.0.0.8/feed', { allowHosts })).resolves.toBeInstanceOf(URL);
    await expect(checkFeedUrl('http://[::1]/feed', { allowHosts })).resolves.toBeInstanceOf(URL);
    // It used to open everything, the cloud metadata service included.
    expect((await refusal('http://169.254.169.254/latest/meta-data/', undefined, allowHosts)).code).toBe(
      'private-address',
    );
    expect((await refusal('http://100.64.0.1/feed', undefined, allowHosts)).code).toBe('private-address');
  });

  it('stops start-up on an allow-list entry that is not a host, an address or a range, naming it', () => {
    expect(() => loadConfig({ FEEDS_ALLOW_HOSTS: '127.0.0.1,10.0.0.0/99' })).toThrow(
      /FEEDS_ALLOW_HOSTS: "10\.0\.0\.0\/99" is not a host name, an IP address or a CIDR range/,
    );
    expect(() => loadConfig({ FEEDS_ALLOW_HOSTS: 'http://feeds.intranet/' })).toThrow(
      /FEEDS_ALLOW_HOSTS: "http:\/\/feeds\.intranet\/" is not a host name/,
    );
    expect(loadConfig({ FEEDS_ALLOW_HOSTS: 'feeds.intranet, 127.0.0.1' }).FEEDS_ALLOW_HOSTS).toEqual([
      'feeds.intranet',
      '127.0.0.1',
    ]);
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
