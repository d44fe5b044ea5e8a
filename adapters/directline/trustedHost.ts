import os from 'node:os';
import { isLoopback } from '../http/clientAddress';

/**
 * Which request Host headers may become the address we hand out (streamUrl, file links) when
 * PUBLIC_BASE_URL is unset. The Host header is the client's to write: reflected as it is, a
 * request with `Host: evil.example` gets a streamUrl and stored file links pointing there.
 */
export interface HostPolicy {
  /** The configured address (PUBLIC_BASE_URL's default, http://localhost:PORT) for any other Host. */
  fallbackBaseUrl: string;
  /** True for a Host header we may reflect. */
  trusted(host: string): boolean;
}

/** host[:port] or [ipv6][:port], nothing else (no user info, path or spaces). */
const HOST_SHAPE =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/**
 * Trusts the hosts of ALLOWED_ORIGINS ('*' trusts none: it is about browsers, not names), the
 * address the server is bound to on its port (with HOST=0.0.0.0: the machine's name and
 * addresses), and loopback names on any port (they only ever lead back to the client's machine).
 */
export function hostPolicy(opts: {
  fallbackBaseUrl: string;
  allowedOrigins: readonly string[];
  boundHost?: string;
  port?: number;
}): HostPolicy {
  const allowed = new Set<string>();
  for (const origin of opts.allowedOrigins) {
    try {
      const u = new URL(origin);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
      allowed.add(u.host.toLowerCase());
      allowed.add(`${u.hostname.toLowerCase()}:${u.port || (u.protocol === 'https:' ? 443 : 80)}`);
    } catch {
      // Not an origin ('*' or a typo): trusts nothing.
    }
  }
  const wildcard = !opts.boundHost || ['0.0.0.0', '::'].includes(opts.boundHost);
  // Bound to every interface, each of the machine's own addresses (and its name) is the bound host.
  const bound = wildcard ? machineAddresses() : [opts.boundHost as string];
  if (opts.port)
    for (const address of bound)
      allowed.add(`${address.includes(':') ? `[${address}]` : address.toLowerCase()}:${opts.port}`);
  return {
    fallbackBaseUrl: opts.fallbackBaseUrl.replace(/\/+$/, ''),
    trusted: (host) => {
      const h = host.toLowerCase();
      if (!HOST_SHAPE.test(h)) return false;
      const name = h.replace(/:\d+$/, '');
      if (name === 'localhost' || isLoopback(name)) return true;
      return allowed.has(h);
    },
  };
}

/** This machine's name and interface addresses: a Host naming one of them only leads back here. */
function machineAddresses(): string[] {
  const addresses = Object.values(os.networkInterfaces())
    .flat()
    .filter((i): i is os.NetworkInterfaceInfo => i !== undefined && !i.address.includes('%'))
    .map((i) => i.address);
  return [os.hostname(), ...addresses];
}

/** Without configuration: loopback only, everything else gets the loopback address. */
export const LOOPBACK_ONLY: HostPolicy = hostPolicy({
  fallbackBaseUrl: 'http://localhost',
  allowedOrigins: [],
});
