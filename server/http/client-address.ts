/**
 * The client's address as far as this server can vouch for it. The TCP peer is the only fact; `X-Forwarded-For` is
 * text anyone can send. It is read only when the peer is one of our own reverse proxies (`TRUSTED_PROXIES`, a
 * comma-separated list of addresses or CIDR ranges), and then from the right: each trusted proxy appends the address
 * it saw, so the right-most entry that is not itself a trusted proxy is the client (nginx `real_ip_recursive`, Caddy
 * `trusted_proxies`, a CDN's documented egress ranges). Everything to its left was written by the client.
 *
 * No `server-only`: the production server (scripts/serve.ts) imports this outside the React server bundle.
 */
import { BlockList, isIP } from 'node:net';

export type TrustedProxies = { list: BlockList; entries: readonly string[] };

/** Parses `TRUSTED_PROXIES`; an entry that is neither an address nor a CIDR range is an error naming it (fail loudly). */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (setting ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (family === 0 || rest.length > 0 || !(bits >= 0 && bits <= (family === 6 ? 128 : 32))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, 127.0.0.1/32, fd00::/8)`);
    }
    list.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4');
  }
  return { list, entries };
}

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1; anything else is returned as it is. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client address for a request that reached us from `peer` carrying these `X-Forwarded-For` values (Node joins
 * repeated headers with ", "). Without trusted proxies, or from a peer that is not one, the peer itself. An entry
 * that is not an IP address ends the walk at the proxy that passed it on: that proxy is the last address we can vouch for.
 */
export function clientAddress(peer: string, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  let client = plainAddress(peer);
  if (!isTrusted(client, trusted) || !forwardedFor) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((s) => plainAddress(s.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) return client;
    client = hop;
    if (!isTrusted(hop, trusted)) return hop;
  }
  return client;
}

/** Forwarding headers only a trusted proxy may set: from anyone else they are removed before Next.js reads them. */
const PROXY_HEADERS = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'] as const;

type MutableRequest = { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } };

/**
 * Rewrites the request as the production server hands it to Next.js: `X-Forwarded-For` becomes the one address we
 * vouch for (better-auth's rate limit and the sign-in action key on it; Next.js only fills the header in when it is
 * absent, so a client's own value would otherwise pass through), and the other forwarding headers are kept only
 * when a trusted proxy sent the request. Returns the address.
 */
export function trustClientAddress(req: MutableRequest, trusted: TrustedProxies): string {
  const peer = plainAddress(req.socket.remoteAddress ?? '');
  const client = clientAddress(peer, req.headers['x-forwarded-for'], trusted);
  if (!isTrusted(peer, trusted)) for (const name of PROXY_HEADERS) delete req.headers[name];
  if (client) req.headers['x-forwarded-for'] = client;
  else delete req.headers['x-forwarded-for'];
  return client;
}
