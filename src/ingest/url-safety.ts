import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { FeedFetchError } from '../errors.js';

/** Resolve a host name to every address it has (the shape of `dns.promises.lookup` with `{ all: true }`). */
export type Resolver = (hostname: string, options: { all: true }) => Promise<Array<{ address: string; family: number }>>;

export interface UrlSafetyOptions {
  allowPrivate: boolean;
  resolve?: Resolver;
}

/**
 * Refuse a feed address the bot must not fetch: anything but http(s), and hosts that resolve to loopback,
 * private, link-local, CGNAT, cloud-metadata or unique-local addresses (IPv4-mapped IPv6 included).
 * Called on the first request and again on every redirect hop, so a public feed cannot bounce us inward.
 * Returns the parsed URL.
 */
export async function checkFeedUrl(url: string, options: UrlSafetyOptions): Promise<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new FeedFetchError('bad-url', `not a valid address: ${url}`, { cause });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FeedFetchError('bad-url', `only http and https feeds are fetched, not ${parsed.protocol} (${url})`);
  }
  if (options.allowPrivate) return parsed;

  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(host) ? [host] : await resolveAll(host, options.resolve ?? lookup);
  const refused = addresses.find((a) => !isPublicAddress(a));
  if (refused !== undefined) {
    throw new FeedFetchError('private-address', `${parsed.hostname} resolves to a non-public address (${refused})`, {
      remedy: 'set FEEDS_ALLOW_PRIVATE=true to poll feeds on your own network',
    });
  }
  return parsed;
}

async function resolveAll(host: string, resolve: Resolver): Promise<string[]> {
  try {
    const found = await resolve(host, { all: true });
    if (found.length === 0) throw new Error('no addresses');
    return found.map((f) => f.address);
  } catch (cause) {
    throw new FeedFetchError('dns', `cannot resolve ${host}`, { cause });
  }
}

/**
 * True only for ordinary global unicast addresses. An allow-list on purpose: every special range ipaddr.js
 * knows (loopback, private, linkLocal, carrierGradeNat, uniqueLocal, unspecified, reserved, 6to4, teredo…)
 * is refused, and `process` first unwraps IPv4-mapped IPv6 (::ffff:127.0.0.1) to the IPv4 it hides.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}
