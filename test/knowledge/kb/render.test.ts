import type { Article } from '../../../knowledge/kb/article';
import {
  articleUrl,
  renderArticleHtml,
  renderHelpIndexHtml,
  renderHelpNotFoundHtml,
  renderHelpSearchHtml,
} from '../../../knowledge/kb/render';

function article(overrides: Partial<Article> = {}): Article {
  return {
    id: 'refund-processing-times',
    title: 'How long do refunds take?',
    summary: 'Refunds take 7 business days.',
    audience: 'buyer',
    tags: ['refund'],
    questions: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'],
    related: [],
    updated: '2026-11-23',
    body: '## Timeline\n\nA refund takes **7 business days**.',
    file: 'knowledge/articles/refund-processing-times.md',
    ...overrides,
  };
}

describe('renderArticleHtml', () => {
  it('when the title holds markup, then it is escaped, not rendered', () => {
    const html = renderArticleHtml(article({ title: '<script>alert("x")</script> & more' }), {
      baseUrl: 'https://kx.example',
      related: [],
    });

    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
  });

  it('when the body holds raw HTML, then it is shown as text', () => {
    const html = renderArticleHtml(article({ body: 'Hello <img src=x onerror=alert(1)>' }), {
      baseUrl: 'https://kx.example',
      related: [],
    });

    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });

  it('when rendering, then it is a complete accessible page with Markdown body and related links', () => {
    const related = article({ id: 'returns-refunds', title: 'Returns & refunds' });

    const html = renderArticleHtml(article(), { baseUrl: 'https://kx.example/', related: [related] });

    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<h2>Timeline</h2>');
    expect(html).toContain('<strong>7 business days</strong>');
    expect(html).toContain('<a href="/help/returns-refunds">Returns &amp; refunds</a>');
    expect(html).toContain('<link rel="canonical" href="https://kx.example/help/refund-processing-times">');
    expect(html).toContain('Kingston Express');
  });
});

describe('renderHelpIndexHtml', () => {
  it('when listing articles, then each links to /help/<id> with its escaped summary', () => {
    const html = renderHelpIndexHtml([article({ summary: 'Fast <b>refunds</b>' })]);

    expect(html).toContain('<a href="/help/refund-processing-times">How long do refunds take?</a>');
    expect(html).toContain('Fast &lt;b&gt;refunds&lt;/b&gt;');
  });
});

describe('articleUrl', () => {
  it("when no Help Center URL is configured, then links point at the bot's own /help pages", () => {
    expect(articleUrl('disputes', undefined, 'https://bot.example/')).toBe(
      'https://bot.example/help/disputes',
    );
  });

  it('when a Help Center URL is configured, then links point there', () => {
    expect(articleUrl('disputes', 'https://help.kx.example/articles/', 'https://bot.example')).toBe(
      'https://help.kx.example/articles/disputes',
    );
  });
});

describe('every Help Center page', () => {
  const pages = {
    article: renderArticleHtml(article(), { baseUrl: 'https://kx.example', related: [] }),
    index: renderHelpIndexHtml([article()]),
    search: renderHelpSearchHtml('refund', [article()]),
    'not found': renderHelpNotFoundHtml(),
  };

  it.each(Object.entries(pages))(
    'when the %s page renders, then it carries the widget, a search box to /help and a way back to the shop',
    (_name, html) => {
      expect(html).toContain('<script src="/embed.js" async></script>');
      expect(html).toMatch(/<form class="search" role="search" action="\/help" method="get">/);
      expect(html).toMatch(/<input id="help-q" type="search" name="q" maxlength="200"/);
      expect(html).toContain('<label class="visually-hidden" for="help-q">Search the Help Center</label>');
      expect(html).toContain('<a class="shop" href="/">Back to the shop</a>');
    },
  );

  it('when a shop URL is given, then "Back to the shop" leads there, escaped', () => {
    const html = renderHelpIndexHtml([article()], { shopUrl: 'https://shop.example/?a=1&b="2"' });

    expect(html).toContain('<a class="shop" href="https://shop.example/?a=1&amp;b=&quot;2&quot;">');
  });
});

describe('renderHelpSearchHtml', () => {
  it('when articles are found, then they are listed in the order given and the box keeps the query', () => {
    const html = renderHelpSearchHtml('refund', [
      article(),
      article({ id: 'returns-refunds', title: 'Returns & refunds' }),
    ]);

    expect(html).toContain('2 articles found.');
    expect(html.indexOf('/help/refund-processing-times')).toBeLessThan(html.indexOf('/help/returns-refunds'));
    expect(html).toContain('value="refund"');
  });

  it('when nothing is found, then the page says so and points at all articles and the assistant', () => {
    const html = renderHelpSearchHtml('parrots', []);

    expect(html).toContain('No article matches.');
    expect(html).toContain('<a href="/help">browse all articles</a>');
    expect(html).toContain('ask the support assistant');
  });

  it('when the query holds markup, then it is escaped in the heading, the title and the box', () => {
    const html = renderHelpSearchHtml('"><script>alert(1)</script>', []);

    expect(html).not.toContain('<script>alert');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
