/**
 * Small static pages (HTML, JS, CSS) served from a folder in the source tree: the agent console
 * and the insights page. Read on each request, no-cache, with a strict CSP: the files hold no
 * data, the pages ask the API, which checks the session.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { findRepoRoot } from '../../knowledge/kb/paths';
import { json } from '../agents/http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The folder `adapters/<name>/public` beside the module in the source tree, or, from the compiled
 * server (dist/server.js, one file), the same folder in the repository; `marker` is a file the
 * folder must hold.
 */
export function publicDir(moduleDir: string, name: string, marker: string): string {
  return (
    [path.join(moduleDir, 'public'), path.join(findRepoRoot(moduleDir), 'adapters', name, 'public')].find(
      (dir) => fs.existsSync(path.join(dir, marker)),
    ) ?? path.join(moduleDir, 'public')
  );
}

export interface StaticPagesOptions {
  dir: string;
  /** Route → file name in `dir`. */
  files: Record<string, string>;
  /** The Content-Security-Policy header. */
  csp: string;
}

/** Mounts one GET route per file; a missing file is a JSON 404. */
export function mountStaticPages(server: Server, opts: StaticPagesOptions): void {
  for (const [route, file] of Object.entries(opts.files)) {
    server.get(route, async (_req: Request, res: Response) => {
      const body = await fs.promises.readFile(path.join(opts.dir, file)).catch(() => null);
      if (!body) return json(res, 404, { error: 'not-found' });
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': opts.csp,
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
    });
  }
}
