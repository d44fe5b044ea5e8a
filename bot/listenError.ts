/**
 * Turns a failed `listen` into one line naming the variable at fault: the operator set HOST or
 * PORT, so that is what the message must point at, not a stack trace from inside Node.
 */
export function describeListenError(err: unknown, where: { host: string; port: number }): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const { host, port } = where;
  switch (code) {
    case 'EADDRINUSE':
      return `PORT=${port}: the port is already in use on HOST=${host}; stop the other process or choose another PORT`;
    case 'EACCES':
      return `PORT=${port}: permission denied to listen on it (ports below 1024 need privileges); choose another PORT`;
    case 'EADDRNOTAVAIL':
      return `HOST=${host}: no network interface of this machine has that address; use 0.0.0.0, 127.0.0.1 or one of its addresses`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return `HOST=${host}: the name does not resolve to an address of this machine; use an IP address`;
    default:
      return `HOST=${host} PORT=${port}: cannot listen (${(err as Error | undefined)?.message ?? String(err)})`;
  }
}
