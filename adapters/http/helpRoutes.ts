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
  // Rendered once: the knowledge base is immutable while the process runs.
  const index = renderHelpIndexHtml(opts.articles);
  const pages = new Map(
    opts.articles.map((a) => [
      a.id,
      renderArticleHtml(a, {
        baseUrl: opts.publicBaseUrl,
        related: a.related.map((id) => byId.get(id)).filter((r): r is Article => r !== undefined),
      }),
    ]),
  );
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
    const page = pages.get(String(req.params.id));
    if (page) html(res, 200, page);
    else
      html(
        res,
        404,
        '<!doctype html><title>Not found</title><p>No such Help Center article. <a href="/help">All articles</a></p>',
      );
    next();
  });
}
