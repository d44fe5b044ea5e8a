/** Small HTTP helpers for the agent API: JSON replies and capped JSON bodies. */
import type { Request, Response } from 'restify';
import { nestsDeeperThan } from '../http/jsonDepth';

/** Sends a JSON reply that is never cached (ticket data must not linger in proxies). */
export function json(
  res: Response,
  status: number,
  body: unknown,
  headers: Record<string, string | string[]> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** Reads a JSON body up to `maxBytes`; resolves to undefined for an empty, oversized, invalid or too deeply nested body. */
export function readJson(req: Request, maxBytes = 64 * 1024): Promise<unknown> {
  const preParsed = (req as Request & { body?: unknown }).body;
  if (preParsed !== undefined) return Promise.resolve(preParsed);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= maxBytes) chunks.push(c);
    });
    req.on('error', () => resolve(undefined));
    req.on('end', () => {
      if (size > maxBytes || size === 0) return resolve(undefined);
      try {
        const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        resolve(nestsDeeperThan(value) ? undefined : value);
      } catch {
        resolve(undefined);
      }
    });
  });
}
