import { BlockList, isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './context.js';

/** The peer of a request that did not arrive over a socket (in-process `app.request`). */
export const UNKNOWN_ADDRESS = 'unknown';

/**
 * The address of the browser behind a request, for rate limits and logs.
 *
 * `X-Forwarded-For` is believed only when the socket peer is in `TRUSTED_PROXIES` (our web apps'
 * servers, or a reverse proxy the operator configured), and then only its right-most entry that is
 * not itself a trusted proxy: that is the address the outermost trusted hop saw. Entries further to
 * the left were written by the client and can say anything, so rotating them must not give a fresh
 * rate-limit bucket. From any other peer the socket address is the answer.
 *
 * The peer comes from the Node socket (`@hono/node-server`). Requests made in-process have none and
 * get `unknown`; tests that need a peer pass the adapter's own binding as the request's env:
 * `app.request(path, init, { incoming: { socket: { remoteAddress } } })`.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const peer = peerAddress(c);
  const trusted = trustedProxies(c.get('deps').config.TRUSTED_PROXIES);
  if (!isTrusted(trusted, peer)) return peer;
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((hop) => normalise(hop.trim()));
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (isTrusted(trusted, hop)) continue;
    // Our BFFs and any sane proxy write an IP here; anything else is not an address we can key on.
    return isIP(hop) ? hop : peer;
  }
  return peer;
}

function peerAddress(c: Context<AppEnv>): string {
  try {
    const address = getConnInfo(c).remote.address;
    return address ? normalise(address) : UNKNOWN_ADDRESS;
  } catch {
    return UNKNOWN_ADDRESS; // not served by a Node socket
  }
}

/** `::ffff:192.0.2.1` (IPv4 on a dual-stack socket) and `192.0.2.1` are the same client. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped ? mapped[1]! : address).toLowerCase();
}

const lists = new WeakMap<readonly string[], BlockList>();

/** TRUSTED_PROXIES entries are addresses or CIDR ranges (`10.0.0.0/8`, `fd00::/8`). */
function trustedProxies(entries: readonly string[]): BlockList {
  let list = lists.get(entries);
  if (list) return list;
  list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = normalise(entry).split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (!isIP(address)) continue; // rejected by the config schema; never trusted here
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  lists.set(entries, list);
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const version = isIP(address);
  return version !== 0 && list.check(address, version === 6 ? 'ipv6' : 'ipv4');
}
