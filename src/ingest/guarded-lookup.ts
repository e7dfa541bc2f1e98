import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { Agent } from 'undici';
import { FeedFetchError } from '../errors.js';
import { addressRefusal, type HostPolicy } from './host-policy.js';
import { PRIVATE_ADDRESS_REMEDY, type Resolver } from './url-safety.js';

/**
 * A DNS lookup for the socket itself: it resolves the name, refuses the connection when any address is not
 * allowed, and hands the socket exactly the addresses it checked. So a name that answers a public address to
 * an earlier check and a private one to the connection (DNS rebinding) still cannot reach an internal service.
 * Literal IP hosts skip lookups; they are checked before the request (checkFeedUrl), and cannot change.
 */
export function guardedLookup(policy: HostPolicy, resolve: Resolver = dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    const family = typeof options === 'number' ? options : options?.family;
    const all = typeof options === 'object' && options !== null && options.all === true;
    resolve(hostname, { all: true })
      .then((found) => {
        const wanted = found.filter((f) => !family || f.family === Number(String(family).replace('IPv', '')));
        if (wanted.length === 0) throw Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' });
        for (const f of wanted) {
          const refusal = addressRefusal(hostname, f.address, policy);
          if (refusal !== null)
            throw new FeedFetchError('private-address', refusal, { remedy: PRIVATE_ADDRESS_REMEDY });
        }
        return wanted;
      })
      .then(
        (wanted) => {
          if (all)
            (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, wanted);
          else callback(null, wanted[0]!.address, wanted[0]!.family);
        },
        (err: NodeJS.ErrnoException) => callback(err, '', 0),
      );
  };
}

/** An HTTP client whose every connection goes through {@link guardedLookup}. Close it when done. */
export function guardedAgent(policy: HostPolicy, resolve?: Resolver): Agent {
  return new Agent({ connect: { lookup: guardedLookup(policy, resolve) } });
}
