/**
 * `GET /metrics` in the Prometheus text format. Callers on this machine (a local agent or a
 * sidecar) always get it; anyone else only with `Authorization: Bearer <METRICS_TOKEN>`, and
 * nobody else at all when no token is set. The address is read as every other route reads it
 * (clientAddress, which believes X-Forwarded-For only from TRUST_PROXY).
 */
import { timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { clientAddress, isLoopback, type TrustedProxies } from '../http/clientAddress';
import type { Logger } from '../logger';
import type { Metrics } from './registry';

export const METRICS_PATH = '/metrics';

export interface MetricsRouteOptions {
  metrics: Pick<Metrics, 'registry'>;
  /** METRICS_TOKEN; unset = loopback callers only. */
  token?: string;
  proxies: TrustedProxies;
  logger: Logger;
}

/** Constant-time comparison of the bearer token with the configured one. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function plain(res: Response, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

export function mountMetricsRoute(server: Server, opts: MetricsRouteOptions): void {
  server.get(METRICS_PATH, async (req: Request, res: Response) => {
    const local = isLoopback(clientAddress(req, opts.proxies));
    if (!local && !(opts.token && bearerMatches(req.headers.authorization, opts.token))) {
      // 401 says a token would open it; 403 says nothing will from outside this machine.
      if (opts.token) return plain(res, 401, 'unauthorized\n', { 'WWW-Authenticate': 'Bearer' });
      return plain(
        res,
        403,
        'metrics are served to this machine only; set METRICS_TOKEN to scrape remotely\n',
      );
    }
    try {
      const body = await opts.metrics.registry.metrics();
      plain(res, 200, body, { 'Content-Type': opts.metrics.registry.contentType });
    } catch (err) {
      opts.logger.error('metrics scrape failed', { err });
      plain(res, 500, 'metrics unavailable\n');
    }
  });
}
