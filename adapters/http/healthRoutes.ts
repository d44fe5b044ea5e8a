import type { Next, Request, Response, Server } from 'restify';

/** A named readiness check: resolves when ready, rejects with the reason otherwise. */
export type ReadinessCheck = [name: string, check: () => Promise<void>];

/** `/healthz`: the process answers. `/readyz`: knowledge loaded and the store takes (and keeps) a write; 503 with the reason otherwise. */
export function mountHealthRoutes(server: Server, checks: ReadinessCheck[]): void {
  server.get('/healthz', (_req: Request, res: Response, next: Next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  server.get('/readyz', async (_req: Request, res: Response) => {
    const results = await Promise.all(
      checks.map(async ([name, check]) => {
        try {
          await check();
          return [name, 'ok'] as const;
        } catch (err) {
          return [name, `failing: ${(err as Error).message}`] as const;
        }
      }),
    );
    const ready = results.every(([, r]) => r === 'ok');
    res.send(ready ? 200 : 503, {
      status: ready ? 'ready' : 'not ready',
      checks: Object.fromEntries(results),
    });
  });
}
