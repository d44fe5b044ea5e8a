/**
 * The one place that says who is calling: rate limits, the loopback-only check of /api/messages
 * and the agent sign-in limiter all read the client address here. Behind a reverse proxy the
 * socket's peer is the proxy; X-Forwarded-For is believed only as far as the hops that wrote it
 * are proxies we were told to trust (TRUST_PROXY), so a client cannot choose its own address.
 */
import type { IncomingMessage } from 'node:http';
import net from 'node:net';

/** Which peers are our reverse proxies; `none` (the default) reads the socket only. */
export interface TrustedProxies {
  trusts(address: string): boolean;
}

export const NO_PROXY: TrustedProxies = { trusts: () => false };

/** `loopback` names a proxy on this machine; the rest are IP addresses or CIDR ranges. */
export const TRUST_PROXY_KEYWORDS = ['loopback'] as const;

/**
 * Reads a TRUST_PROXY value: empty / `false` / `off` = no proxy; `true` / `on` = a proxy on this
 * machine (`loopback`); else a comma-separated list of `loopback`, addresses and CIDR ranges.
 * Returns the problem with the first bad entry instead of throwing, for the config's message.
 */
export function parseTrustProxy(
  value: string,
): { ok: true; entries: string[] } | { ok: false; message: string } {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'false' || v === 'off' || v === '0') return { ok: true, entries: [] };
  if (v === 'true' || v === 'on' || v === '1') return { ok: true, entries: ['loopback'] };
  const entries = v
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const e of entries)
    if (!(TRUST_PROXY_KEYWORDS as readonly string[]).includes(e) && !subnetOf(e))
      return {
        ok: false,
        message: `"${e.slice(0, 64)}" is not an IP address, a CIDR range or "loopback"; use false, true or a list`,
      };
  return { ok: true, entries };
}

/** The trusted proxies named by entries that {@link parseTrustProxy} accepted. */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  if (entries.length === 0) return NO_PROXY;
  const list = new net.BlockList();
  for (const e of entries) {
    if (e === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const s = subnetOf(e);
    if (s) list.addSubnet(s.address, s.prefix, s.family);
  }
  return {
    trusts: (address) => {
      const a = plain(address);
      const family = net.isIPv4(a) ? 'ipv4' : net.isIPv6(a) ? 'ipv6' : undefined;
      return family !== undefined && list.check(a, family);
    },
  };
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then the
 * right-most X-Forwarded-For hop that is not itself a trusted proxy (each trusted hop vouches
 * for the one to its left; the left-most entries are the client's own words). When every hop
 * is trusted, the left-most one.
 */
export function clientAddress(req: IncomingMessage, proxies: TrustedProxies): string {
  const peer = plain(req.socket.remoteAddress ?? '');
  if (!peer) return 'unknown';
  if (!proxies.trusts(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((h) => plain(h.trim()))
    .filter(Boolean);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    // A hop that is not an address at all is where the chain stops being believable.
    if (net.isIP(hops[i]) === 0) return client;
    client = hops[i];
    if (!proxies.trusts(client)) return client;
  }
  return client;
}

/** True when the request came through a trusted proxy (so its X-Forwarded-Proto may be read). */
export function viaTrustedProxy(req: IncomingMessage, proxies: TrustedProxies): boolean {
  return proxies.trusts(plain(req.socket.remoteAddress ?? ''));
}

/** True for 127.0.0.0/8 and ::1, also written as an IPv4-mapped IPv6 address. */
export function isLoopback(address: string): boolean {
  const a = plain(address);
  return a === '::1' || (net.isIPv4(a) && a.startsWith('127.'));
}

/** `::ffff:1.2.3.4` → `1.2.3.4`, and `[::1]` → `::1`, so one address has one spelling. */
function plain(address: string): string {
  const a = address.replace(/^\[(.*)\]$/, '$1');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return (mapped ? mapped[1] : a).toLowerCase();
}

function subnetOf(entry: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | undefined {
  const [address, bits, extra] = entry.split('/');
  if (extra !== undefined) return undefined;
  const version = net.isIP(address);
  if (version === 0) return undefined;
  const max = version === 4 ? 32 : 128;
  const prefix = bits === undefined ? max : Number(bits);
  if (!/^\d+$/.test(bits ?? String(max)) || prefix > max) return undefined;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}
