import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { FeedFetchError } from '../errors.js';
import { addressRefusal, PUBLIC_ONLY, type HostPolicy } from './host-policy.js';

/** Resolve a host name to every address it has (the shape of `dns.promises.lookup` with `{ all: true }`). */
export type Resolver = (
  hostname: string,
  options: { all: true },
) => Promise<Array<{ address: string; family: number }>>;

export interface UrlSafetyOptions {
  /** FEEDS_ALLOW_HOSTS; public addresses only when unset. */
  allowHosts?: HostPolicy;
  resolve?: Resolver;
}

/** What an operator can do about a refused address. */
export const PRIVATE_ADDRESS_REMEDY =
  'add the host, address or range to FEEDS_ALLOW_HOSTS to poll a feed on your own network ' +
  '(link-local and metadata addresses are never allowed)';

/**
 * Refuse a feed address the bot must not fetch: anything but http(s), and hosts that resolve to loopback,
 * private, link-local, CGNAT, cloud-metadata or unique-local addresses (IPv4-mapped IPv6 included) unless the
 * allow-list admits them. An early, clear answer for `/feeds add` and each redirect hop; the address a fetch
 * really connects to is checked again at connect time (see guarded-lookup.ts), since DNS may answer differently.
 * Returns the parsed URL.
 */
export async function checkFeedUrl(url: string, options: UrlSafetyOptions = {}): Promise<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new FeedFetchError('bad-url', `not a valid address: ${url}`, { cause });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FeedFetchError('bad-url', `only http and https feeds are fetched, not ${parsed.protocol} (${url})`);
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(host) ? [host] : await resolveAll(host, options.resolve ?? lookup);
  for (const address of addresses) {
    const refusal = addressRefusal(host, address, options.allowHosts ?? PUBLIC_ONLY);
    if (refusal !== null) throw new FeedFetchError('private-address', refusal, { remedy: PRIVATE_ADDRESS_REMEDY });
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
  return addressRefusal(address, address, PUBLIC_ONLY) === null;
}
