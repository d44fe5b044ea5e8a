/** Pure HTML rendering of Help Center pages (/help and /help/<id>). */
import type { Article } from './article';
import { escapeHtml, markdownToHtml } from './markdown';

export interface RenderOptions {
  /** Public base URL of the site, used for the canonical link (no trailing slash needed). */
  baseUrl: string;
  /** Articles to list under "Related articles", in order. */
  related: Article[];
  /** Where "Back to the shop" leads; the bot's own stand-in shop page by default. */
  shopUrl?: string;
}

/** What every Help Center page may be given: where the shop is. */
export type PageOptions = Pick<RenderOptions, 'shopUrl'>;

/** The longest search the Help Center takes (the route refuses longer ones). */
export const MAX_SEARCH_LENGTH = 200;

/**
 * The public link of an article: `${helpCenterUrl}/<id>` when the marketplace hosts its own
 * Help Center (HELP_CENTER_URL), otherwise the bot's own page `${publicBaseUrl}/help/<id>`.
 */
export function articleUrl(id: string, helpCenterUrl: string | undefined, publicBaseUrl: string): string {
  const slug = encodeURIComponent(id);
  if (helpCenterUrl) return `${trimSlash(helpCenterUrl)}/${slug}`;
  return `${trimSlash(publicBaseUrl)}/help/${slug}`;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

const STYLE = `
:root{--ink:#1d2430;--muted:#5b6472;--brand:#0b5cab;--brand-dark:#083f77;--bg:#f5f7fa;--card:#fff;--line:#dde3ea}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--brand)}a:hover,a:focus{color:var(--brand-dark)}
a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
header{background:var(--brand);color:#fff;padding:1rem 1.5rem;display:flex;flex-wrap:wrap;align-items:center;gap:.75rem 1.5rem}
header a{color:#fff}
header .home{text-decoration:none;font-weight:700;font-size:1.15rem}
header .home span{opacity:.85;margin-left:.5rem;font-weight:400}
header .shop{font-size:.9rem}
header a:focus-visible{outline-color:#ffbf47}
form.search{display:flex;gap:.5rem;flex:1 1 16rem;max-width:28rem;margin-left:auto}
form.search input{flex:1;min-width:0;font:inherit;padding:.4rem .6rem;border:1px solid var(--line);border-radius:6px}
form.search button{font:inherit;padding:.4rem .9rem;border:0;border-radius:6px;background:#fff;color:var(--brand-dark);font-weight:600;cursor:pointer}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
main{max-width:46rem;margin:1.5rem auto;padding:0 1rem}
article,.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1.5rem}
h1{font-size:1.6rem;line-height:1.25;margin-top:0}
.summary{font-size:1.05rem;color:var(--muted);border-left:4px solid var(--brand);padding-left:.75rem}
.meta{color:var(--muted);font-size:.875rem}
nav[aria-labelledby]{margin-top:1.5rem}
ul.articles{list-style:none;padding:0}ul.articles li{margin:.5rem 0}
ul.articles p{margin:.1rem 0 0;color:var(--muted);font-size:.9rem}
footer{max-width:46rem;margin:2rem auto;padding:0 1rem;color:var(--muted);font-size:.875rem}
`;

/**
 * Every page: a way back to the shop, the search box (a plain GET form, so it works without
 * scripts), and the support widget from /embed.js, as on the shop's own pages.
 */
function page(
  title: string,
  content: string,
  opts: PageOptions & { canonical?: string; query?: string },
): string {
  const link = opts.canonical ? `\n<link rel="canonical" href="${escapeHtml(opts.canonical)}">` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Kingston Express Help Center</title>${link}
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<header>
<a class="home" href="/help">Kingston Express<span>Help Center</span></a>
<a class="shop" href="${escapeHtml(opts.shopUrl ?? '/')}">Back to the shop</a>
<form class="search" role="search" action="/help" method="get">
<label class="visually-hidden" for="help-q">Search the Help Center</label>
<input id="help-q" type="search" name="q" maxlength="${MAX_SEARCH_LENGTH}" placeholder="Search the Help Center" value="${escapeHtml(opts.query ?? '')}">
<button type="submit">Search</button>
</form>
</header>
<main id="content">
${content}
</main>
<footer>Kingston Express marketplace · Need more help? Ask the support assistant: open the chat at the bottom right.</footer>
<script src="/embed.js" async></script>
</body>
</html>
`;
}

/** A complete, self-contained HTML page for one article. */
export function renderArticleHtml(article: Article, opts: RenderOptions): string {
  const related =
    opts.related.length === 0
      ? ''
      : `<nav aria-labelledby="related-heading">
<h2 id="related-heading">Related articles</h2>
<ul class="articles">
${opts.related.map((r) => `<li><a href="/help/${encodeURIComponent(r.id)}">${escapeHtml(r.title)}</a></li>`).join('\n')}
</ul>
</nav>`;
  const content = `<article aria-labelledby="article-title">
<h1 id="article-title">${escapeHtml(article.title)}</h1>
<p class="summary">${escapeHtml(article.summary)}</p>
${markdownToHtml(article.body)}
<p class="meta">For ${audienceText(article.audience)} · Updated <time datetime="${escapeHtml(article.updated)}">${escapeHtml(article.updated)}</time></p>
</article>
${related}`;
  return page(article.title, content, {
    canonical: articleUrl(article.id, undefined, opts.baseUrl),
    shopUrl: opts.shopUrl,
  });
}

/** The /help index: every article with its summary. */
export function renderHelpIndexHtml(articles: Article[], opts: PageOptions = {}): string {
  const sorted = [...articles].sort((a, b) => a.title.localeCompare(b.title));
  const content = `<div class="card">
<h1>Help Center</h1>
<p>Answers to common questions from buyers and sellers on Kingston Express.</p>
${articleList(sorted)}
</div>`;
  return page('Help Center', content, opts);
}

/**
 * /help?q=…: the articles the search found, best first (the caller's order). With none, the
 * page says so and points at the assistant, which can also hand over to a person.
 */
export function renderHelpSearchHtml(query: string, found: Article[], opts: PageOptions = {}): string {
  const heading = `Search results for “${escapeHtml(query)}”`;
  const body =
    found.length === 0
      ? `<p>No article matches. Try other words, <a href="/help">browse all articles</a>, or ask the support assistant in the chat.</p>`
      : `<p>${found.length} article${found.length === 1 ? '' : 's'} found.</p>
${articleList(found)}`;
  const content = `<div class="card">
<h1>${heading}</h1>
${body}
</div>`;
  return page(`Search: ${query}`, content, { ...opts, query });
}

/** /help/<unknown id>: the same frame, so the search box, the widget and the shop link are there. */
export function renderHelpNotFoundHtml(opts: PageOptions = {}): string {
  const content = `<div class="card">
<h1>No such article</h1>
<p>This Help Center article does not exist, or has moved. Search above, <a href="/help">browse all articles</a>, or ask the support assistant in the chat.</p>
</div>`;
  return page('Not found', content, opts);
}

function articleList(articles: Article[]): string {
  return `<ul class="articles">
${articles
  .map(
    (a) =>
      `<li><a href="/help/${encodeURIComponent(a.id)}">${escapeHtml(a.title)}</a><p>${escapeHtml(a.summary)}</p></li>`,
  )
  .join('\n')}
</ul>`;
}

function audienceText(a: Article['audience']): string {
  return a === 'both' ? 'buyers and sellers' : `${a}s`;
}
