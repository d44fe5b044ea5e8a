/** Serves the insights page's static files (HTML, JS, CSS) from adapters/insights/public. */
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { json } from '../agents/http';

/** Static files live beside this module in the source tree; the compiled copy (dist/) looks back there. */
const PUBLIC_DIR =
  [
    path.join(__dirname, 'public'),
    path.resolve(__dirname, '..', '..', '..', 'adapters', 'insights', 'public'),
  ].find((dir) => fs.existsSync(path.join(dir, 'insights.html'))) ?? path.join(__dirname, 'public');

// Under /agent, so the agent session cookie (Path=/agent) reaches the page's API calls.
const FILES: Record<string, string> = {
  '/agent/insights': 'insights.html',
  '/agent/insights/': 'insights.html',
  '/agent/insights.js': 'insights.js',
  '/agent/insights.css': 'insights.css',
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Mounts the page routes. The files hold no data: the page asks the API, which checks the session. */
export function mountInsightsPage(server: Server): void {
  for (const [route, file] of Object.entries(FILES)) {
    server.get(route, async (_req: Request, res: Response) => {
      const body = await fs.promises.readFile(path.join(PUBLIC_DIR, file)).catch(() => null);
      if (!body) return json(res, 404, { error: 'not-found' });
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': "default-src 'self'; connect-src 'self'; frame-ancestors 'none'",
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
    });
  }
}
