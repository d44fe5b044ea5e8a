import type { Next, Request, Response, Server } from 'restify';
import type { Article } from '../../knowledge/kb/article';
import { renderArticleHtml, renderHelpIndexHtml } from '../../knowledge/kb/render';
import { helpPageCsp } from './contentSecurity';

/** Serves the Help Center as pages: `/help` lists the articles, `/help/<id>` renders one. */
export function mountHelpRoutes(
  server: Server,
  opts: {
    articles: Article[];
    publicBaseUrl: string;
    /** CSP `frame-ancestors` (frameAncestorsFor(ALLOWED_ORIGINS)); default only us. */
    frameAncestors?: string;
  },
): void {
  const csp = helpPageCsp(opts.frameAncestors ?? "'self'");
  const byId = new Map(opts.articles.map((a) => [a.id, a]));
  // Rendered once: the knowledge base is immutable while the process runs. Each article on its
  // first request, not at start-up, where Markdown rendering was a tenth of the server's own part.
  const index = renderHelpIndexHtml(opts.articles);
  const pages = new Map<string, string>();
  const page = (id: string): string | undefined => {
    const a = byId.get(id);
    if (!a) return undefined;
    let body = pages.get(id);
    if (body === undefined) {
      body = renderArticleHtml(a, {
        baseUrl: opts.publicBaseUrl,
        related: a.related.map((r) => byId.get(r)).filter((r): r is Article => r !== undefined),
      });
      pages.set(id, body);
    }
    return body;
  };
  const html = (res: Response, status: number, body: string) => {
    res.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  };
  server.get('/help', (_req: Request, res: Response, next: Next) => {
    html(res, 200, index);
    next();
  });
  server.get('/help/:id', (req: Request, res: Response, next: Next) => {
    const body = page(String(req.params.id));
    if (body) html(res, 200, body);
    else
      html(
        res,
        404,
        '<!doctype html><title>Not found</title><p>No such Help Center article. <a href="/help">All articles</a></p>',
      );
    next();
  });
}
