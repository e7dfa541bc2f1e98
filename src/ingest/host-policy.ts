import ipaddr from 'ipaddr.js';

/**
 * Which hosts a feed fetch may reach besides the public internet (FEEDS_ALLOW_HOSTS): host names, single
 * addresses and CIDR ranges. Whatever the list says, link-local addresses (where cloud metadata services
 * live), the known metadata addresses, unspecified, multicast and broadcast addresses are never reached.
 */
export interface HostPolicy {
  /** Host names allowed whatever they resolve to (lower case, no trailing dot). */
  names: ReadonlySet<string>;
  /** Address ranges allowed. */
  ranges: ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]>;
}

/** What `FEEDS_ALLOW_PRIVATE=true` still means for one release: loopback and the private ranges, nothing else. */
export const LOOPBACK_AND_PRIVATE: readonly string[] = [
  '127.0.0.0/8',
  '::1/128',
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  'fc00::/7',
];

/** Metadata services outside the link-local ranges (AWS over IPv6, Alibaba Cloud). */
const METADATA = ['fd00:ec2::254/128', '100.100.100.200/32'].map((c) => ipaddr.parseCIDR(c));
const METADATA_NAMES = new Set(['metadata.google.internal', 'metadata.goog', 'metadata']);
/** Ranges ipaddr.js names that no allow-list opens: 0.0.0.0 reaches the local host on Linux. */
const NEVER = new Set(['linkLocal', 'unspecified', 'multicast', 'broadcast']);

/**
 * Parse FEEDS_ALLOW_HOSTS entries. Throws an Error naming the first entry that is neither a host, an address nor a
 * CIDR.
 */
export function hostPolicy(entries: readonly string[]): HostPolicy {
  const names = new Set<string>();
  const ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]> = [];
  for (const raw of entries) {
    const entry = raw.trim().replace(/^\[|\]$/g, '');
    if (!entry) continue;
    if (ipaddr.isValidCIDR(entry)) {
      const [addr, bits] = ipaddr.parseCIDR(entry);
      ranges.push(
        addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()
          ? [(addr as ipaddr.IPv6).toIPv4Address(), Math.max(0, bits - 96)]
          : [addr, bits],
      );
    } else if (ipaddr.isValid(entry)) {
      const addr = ipaddr.process(entry);
      ranges.push([addr, addr.kind() === 'ipv4' ? 32 : 128]);
    } else if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(entry)) {
      names.add(normaliseName(entry));
    } else {
      throw new Error(`"${raw}" is not a host name, an IP address or a CIDR range`);
    }
  }
  return { names, ranges };
}

/** An empty allow-list: public addresses only. */
export const PUBLIC_ONLY: HostPolicy = { names: new Set(), ranges: [] };

/**
 * Why the bot must not connect to `address` for `hostname`, or null when it may. Public unicast addresses are
 * allowed; others only when the host name or the address is on the allow-list; link-local and metadata never.
 */
export function addressRefusal(hostname: string, address: string, policy: HostPolicy): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const addr = ipaddr.process(address);
  const name = normaliseName(hostname);
  if (isNeverFetched(addr) || METADATA_NAMES.has(name)) {
    return `${address} is a link-local or cloud metadata address, which is never fetched`;
  }
  if (addr.range() === 'unicast') return null;
  if (policy.names.has(name)) return null;
  if (policy.ranges.some((r) => sameKind(addr, r[0]) && addr.match(r))) return null;
  return `${hostname === address ? address : `${hostname} resolves to ${address}`}, a non-public address`;
}

/** Link-local, metadata and the like, also when wrapped in IPv6 (NAT64 64:ff9b::/96, 6to4 2002::/16). */
function isNeverFetched(addr: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  if (NEVER.has(addr.range()) || METADATA.some((m) => sameKind(addr, m[0]) && addr.match(m))) return true;
  if (addr.kind() !== 'ipv6') return false;
  const bytes = addr.toByteArray();
  const range = addr.range();
  if (range === 'rfc6052') return isNeverFetched(new ipaddr.IPv4(bytes.slice(12, 16)));
  if (range === '6to4') return isNeverFetched(new ipaddr.IPv4(bytes.slice(2, 6)));
  return false;
}

function sameKind(a: ipaddr.IPv4 | ipaddr.IPv6, b: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  return a.kind() === b.kind();
}

function normaliseName(host: string): string {
  return host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
}
