import { createArticleSearch } from '../../../knowledge/search';
import { generateArticles, generateQueries } from '../../bench/synthetic';

describe('generateArticles', () => {
  it('when called twice with the same seed, then the articles are identical', () => {
    expect(generateArticles(20, 7)).toEqual(generateArticles(20, 7));
  });

  it('when seeds differ, then the articles differ', () => {
    expect(generateArticles(5, 1)[0].title).not.toBe(generateArticles(5, 2)[0].title);
  });

  it('when searching a generated corpus with its own questions, then the source article is usually first', () => {
    const articles = generateArticles(300, 3);
    const search = createArticleSearch(articles);
    const byQuestion = articles.slice(0, 50).map((a) => ({ id: a.id, q: a.questions[0] }));

    const found = byQuestion.filter(({ id, q }) => search.search(q, 10).hits.some((h) => h.id === id)).length;

    expect(found).toBeGreaterThanOrEqual(40);
    expect(generateQueries(articles, 10, 1)).toHaveLength(10);
  });
});

describe('createArticleSearch at scale', () => {
  it('when common words are looked up per candidate (large corpus), then own questions still find their article', () => {
    const articles = generateArticles(2000, 5);
    const search = createArticleSearch(articles);
    const sample = articles.filter((_, i) => i % 40 === 0);

    const found = sample.filter((a) =>
      search.search(a.questions[1], 10).hits.some((h) => h.id === a.id),
    ).length;

    expect(found / sample.length).toBeGreaterThanOrEqual(0.8);
  });
});
