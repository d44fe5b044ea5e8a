/** Pure HTML rendering of Help Center pages (/help and /help/<id>). */
import type { Article } from './article';
import { escapeHtml, markdownToHtml } from './markdown';

export interface RenderOptions {
  /** Public base URL of the site, used for the canonical link (no trailing slash needed). */
  baseUrl: string;
  /** Articles to list under "Related articles", in order. */
  related: Article[];
}

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
header{background:var(--brand);color:#fff;padding:1rem 1.5rem}
header a{color:#fff;text-decoration:none;font-weight:700;font-size:1.15rem}
header span{opacity:.85;margin-left:.5rem}
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

function page(title: string, content: string, canonical?: string): string {
  const link = canonical ? `\n<link rel="canonical" href="${escapeHtml(canonical)}">` : '';
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
<header><a href="/help">Kingston Express</a><span>Help Center</span></header>
<main id="content">
${content}
</main>
<footer>Kingston Express marketplace · Need more help? Ask the support assistant in the chat.</footer>
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
  return page(article.title, content, articleUrl(article.id, undefined, opts.baseUrl));
}

/** The /help index: every article with its summary. */
export function renderHelpIndexHtml(articles: Article[]): string {
  const sorted = [...articles].sort((a, b) => a.title.localeCompare(b.title));
  const content = `<div class="card">
<h1>Help Center</h1>
<p>Answers to common questions from buyers and sellers on Kingston Express.</p>
<ul class="articles">
${sorted
  .map(
    (a) =>
      `<li><a href="/help/${encodeURIComponent(a.id)}">${escapeHtml(a.title)}</a><p>${escapeHtml(a.summary)}</p></li>`,
  )
  .join('\n')}
</ul>
</div>`;
  return page('Help Center', content);
}

function audienceText(a: Article['audience']): string {
  return a === 'both' ? 'buyers and sellers' : `${a}s`;
}
