import type { Next, Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Article } from '../../knowledge/kb/article';
import {
  MAX_SEARCH_LENGTH,
  renderArticleHtml,
  renderHelpIndexHtml,
  renderHelpNotFoundHtml,
  renderHelpSearchHtml,
} from '../../knowledge/kb/render';
import type { ArticleSearch } from '../../knowledge/search';
import { helpPageCsp } from './contentSecurity';

/** The one query parameter the Help Center reads: `q`, the search text. */
const helpQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(MAX_SEARCH_LENGTH, `the search is longer than ${MAX_SEARCH_LENGTH} characters`)
    .optional(),
});

/** Articles a search lists at most: the Help Center is small, a longer list is noise. */
const SEARCH_RESULTS = 8;

/**
 * Serves the Help Center as pages: `/help` lists the articles, `/help?q=…` searches them with the
 * bot's own article search, `/help/<id>` renders one. Every page carries the support widget.
 */
export function mountHelpRoutes(
  server: Server,
  opts: {
    articles: Article[];
    publicBaseUrl: string;
    /** The search the bot answers with, so a page search finds what the assistant would. */
    search: ArticleSearch;
    /** CSP `frame-ancestors` (frameAncestorsFor(ALLOWED_ORIGINS)); default only us. */
    frameAncestors?: string;
    /** PUBLIC_BASE_URL when configured: embed.js then talks to the bot there (the CSP allows it). */
    widgetBaseUrl?: string;
    /** Where "Back to the shop" leads; the bot's stand-in shop page `/` by default. */
    shopUrl?: string;
  },
): void {
  const csp = helpPageCsp({
    frameAncestors: opts.frameAncestors ?? "'self'",
    publicBaseUrl: opts.widgetBaseUrl,
  });
  const pageOptions = { shopUrl: opts.shopUrl };
  const byId = new Map(opts.articles.map((a) => [a.id, a]));
  // Rendered once: the knowledge base is immutable while the process runs. Each article on its
  // first request, not at start-up, where Markdown rendering was a tenth of the server's own part.
  const index = renderHelpIndexHtml(opts.articles, pageOptions);
  const notFound = renderHelpNotFoundHtml(pageOptions);
  const pages = new Map<string, string>();
  const page = (id: string): string | undefined => {
    const a = byId.get(id);
    if (!a) return undefined;
    let body = pages.get(id);
    if (body === undefined) {
      body = renderArticleHtml(a, {
        ...pageOptions,
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
  server.get('/help', (req: Request, res: Response, next: Next) => {
    const params = new URL(req.url ?? '/help', 'http://localhost').searchParams;
    const query = helpQuerySchema.safeParse({ q: params.get('q') ?? undefined });
    if (!query.success)
      html(
        res,
        400,
        `<!doctype html><title>Search too long</title><p>${query.error.issues[0].message}. <a href="/help">All articles</a></p>`,
      );
    else if (!query.data.q) html(res, 200, index);
    else {
      const found = opts.search
        .search(query.data.q, SEARCH_RESULTS)
        .hits.map((h) => byId.get(h.id))
        .filter((a): a is Article => a !== undefined);
      html(res, 200, renderHelpSearchHtml(query.data.q, found, pageOptions));
    }
    next();
  });
  server.get('/help/:id', (req: Request, res: Response, next: Next) => {
    const body = page(String(req.params.id));
    html(res, body ? 200 : 404, body ?? notFound);
    next();
  });
}
