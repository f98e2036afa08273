import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent, fetch as undiciFetch } from 'undici';

/**
 * Callbacks go where partners say, so a partner must not be able to make the gateway call inside our
 * network (OWASP API7, SSRF): unless allowed, only public unicast addresses are reached — checked on
 * the address actually connected to (a name that resolves to 127.0.0.1, or later re-resolves there, is
 * refused too), and redirects are not followed.
 */
export class PrivateDestinationError extends Error {
  constructor(address: string) {
    super(`callback destination ${address} is not a public address`);
  }
}

/** IPv6's global unicast block: the rest (::/8 with its IPv4-compatible ::a.b.c.d, fc00::/7…) is not public. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/** Whether an address is one callbacks may reach: public unicast (not loopback, private, link-local…). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  if (parsed.range() !== 'unicast') return false;
  return parsed.kind() === 'ipv4' || (parsed as ipaddr.IPv6).match(GLOBAL_UNICAST_V6);
}

/** The literal IP of a URL's host, if it is one (a literal is connected to without any lookup). */
function literalHost(url: string | URL): string | null {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return isIP(host) ? host : null;
}

/** Refuses, before any request, a URL whose host is plainly not public (for answers at subscription time). */
export function plainlyPrivate(url: string | URL): boolean {
  // A name may end with the root's dot (localhost. is localhost).
  const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal')) return true;
  const literal = literalHost(url);
  return literal !== null && !isPublicAddress(literal);
}

/**
 * What is wrong with a callback URL before any request, or null: one a URL parser refuses (a host like
 * 1.2.3.4.5, which is neither a name nor an address) or, unless allowed, a plainly private one.
 */
export function callbackUrlProblem(url: string, allowPrivate: boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be a valid URL (its host a name or an IP address)';
  }
  if (!allowPrivate && plainlyPrivate(parsed)) {
    return 'must be a public address (not localhost or a private network)';
  }
  return null;
}

type Lookup = (
  hostname: string,
  options: object,
  callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
) => void;

const publicOnly: Lookup = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused) return callback(new PrivateDestinationError(refused.address), []);
    const all = (options as { all?: boolean }).all;
    if (all) return callback(null, addresses);
    const first = addresses[0] as LookupAddress;
    return callback(null, first.address, first.family);
  });
};

export type CallbackFetch = (
  url: string,
  init: { headers: Record<string, string>; body: string },
) => Promise<number>;

/** Posts a callback; answers the status code (a redirect is an answer, not followed). */
export function createCallbackFetch({ allowPrivate }: { allowPrivate: boolean }): CallbackFetch {
  const agent = new Agent({ connect: { lookup: publicOnly as never }, connections: 16 });
  return async (url, { headers, body }) => {
    if (!allowPrivate) {
      const literal = literalHost(url);
      if (literal !== null && !isPublicAddress(literal)) throw new PrivateDestinationError(literal);
    }
    const response = await undiciFetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
      ...(allowPrivate ? {} : { dispatcher: agent }),
    });
    await response.arrayBuffer().catch(() => undefined);
    return response.status;
  };
}
