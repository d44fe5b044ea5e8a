import { MAX_NOT_HELPFUL_QUERIES, MIN_VOTES_TO_RANK, rateArticles } from '../../knowledge/insights';
import { vote } from './fixtures';

/** `helpful` yes-votes and `unhelpful` no-votes on one article, a day apart. */
function votes(articleId: string, helpful: number, unhelpful: number) {
  return Array.from({ length: helpful + unhelpful }, (_, i) =>
    vote(articleId, i < helpful, new Date(Date.UTC(2026, 10, 1 + i)).toISOString()),
  );
}

describe('rateArticles', () => {
  it('when an article has votes, then it counts helpful and not helpful and the helpful rate', () => {
    const [rating] = rateArticles(votes('disputes', 3, 1));
    expect(rating).toMatchObject({
      articleId: 'disputes',
      helpful: 3,
      notHelpful: 1,
      votes: 4,
      helpfulRate: 0.75,
    });
  });

  it('when articles have enough votes, then the worst rated comes first and those with too few votes follow', () => {
    const ratings = rateArticles([
      ...votes('disputes', 9, 1),
      ...votes('chargebacks', 2, 3),
      ...votes('cancel-order', 0, 2), // worst rate, but too few votes to trust
      ...votes('order-status', 5, 5),
    ]);

    expect(ratings.map((r) => [r.articleId, r.ranked])).toEqual([
      ['chargebacks', true],
      ['order-status', true],
      ['disputes', true],
      ['cancel-order', false],
    ]);
  });

  it('when the minimum of votes is the default, then an article at exactly that many votes is ranked', () => {
    const [atMinimum] = rateArticles(votes('disputes', 0, MIN_VOTES_TO_RANK));
    const [below] = rateArticles(votes('disputes', 0, MIN_VOTES_TO_RANK - 1));
    expect(atMinimum.ranked).toBe(true);
    expect(below.ranked).toBe(false);
  });

  it('when two articles have the same rate, then the one with more votes comes first', () => {
    const ratings = rateArticles([...votes('a-article', 1, 1), ...votes('b-article', 3, 3)], 2);
    expect(ratings.map((r) => r.articleId)).toEqual(['b-article', 'a-article']);
  });

  it('when people said an article did not help, then its latest distinct queries are kept, newest first, at most five', () => {
    const noVotes = Array.from({ length: 7 }, (_, i) =>
      vote('refund-processing-times', false, `2026-11-0${i + 1}T10:00:00Z`, `question ${i + 1}`),
    );
    const ratings = rateArticles([
      ...noVotes,
      vote('refund-processing-times', false, '2026-11-09T10:00:00Z', 'Question 7'), // same as an older one
      vote('refund-processing-times', false, '2026-11-09T11:00:00Z', null),
      vote('refund-processing-times', true, '2026-11-09T12:00:00Z', 'a happy question'),
    ]);

    const queries = ratings[0].latestNotHelpful;
    expect(queries).toHaveLength(MAX_NOT_HELPFUL_QUERIES);
    expect(queries.map((q) => q.text)).toEqual([
      'Question 7',
      'question 6',
      'question 5',
      'question 4',
      'question 3',
    ]);
    expect(queries[0].at).toBe('2026-11-09T10:00:00.000Z');
  });

  it('when there are no votes, then there are no ratings', () => {
    expect(rateArticles([])).toEqual([]);
  });
});
