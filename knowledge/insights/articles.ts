/** Per-article answers to "Did this answer your question?", worst-rated first. */
import type { ArticleVote } from './types';

/**
 * Votes an article needs before its rate is trusted enough to rank it among the worst: below
 * this, one unlucky "no" would put a good article on top of the list.
 */
export const MIN_VOTES_TO_RANK = 5;
/** "Not helpful" questions kept per article. */
export const MAX_NOT_HELPFUL_QUERIES = 5;

/** What people asked when they said an article did not help. */
export interface NotHelpfulQuery {
  text: string;
  /** ISO 8601 instant. */
  at: string;
}

/** One article's rating. */
export interface ArticleRating {
  articleId: string;
  helpful: number;
  notHelpful: number;
  votes: number;
  /** helpful / votes, in [0, 1]. */
  helpfulRate: number;
  /** True when votes ≥ the minimum: the article is ranked by its rate. */
  ranked: boolean;
  /** Up to {@link MAX_NOT_HELPFUL_QUERIES} distinct questions, newest first. */
  latestNotHelpful: NotHelpfulQuery[];
}

const newestFirst = (a: ArticleVote, b: ArticleVote) => Date.parse(b.at) - Date.parse(a.at);

function latestNotHelpful(votes: readonly ArticleVote[]): NotHelpfulQuery[] {
  const seen = new Set<string>();
  const out: NotHelpfulQuery[] = [];
  for (const v of [...votes].sort(newestFirst)) {
    const text = v.text?.trim() ?? '';
    if (v.helpful || text === '' || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push({ text, at: new Date(v.at).toISOString() });
    if (out.length === MAX_NOT_HELPFUL_QUERIES) break;
  }
  return out;
}

function toRating(articleId: string, votes: readonly ArticleVote[], minVotes: number): ArticleRating {
  const helpful = votes.filter((v) => v.helpful).length;
  return {
    articleId,
    helpful,
    notHelpful: votes.length - helpful,
    votes: votes.length,
    helpfulRate: helpful / votes.length,
    ranked: votes.length >= minVotes,
    latestNotHelpful: latestNotHelpful(votes),
  };
}

/**
 * Rates every article that got a vote. Articles with at least `minVotes` votes come first, lowest
 * helpful rate first; the rest follow in the same order. Ties: more votes first, then by id.
 */
export function rateArticles(
  votes: readonly ArticleVote[],
  minVotes: number = MIN_VOTES_TO_RANK,
): ArticleRating[] {
  const byArticle = new Map<string, ArticleVote[]>();
  for (const v of votes) {
    const list = byArticle.get(v.articleId);
    if (list) list.push(v);
    else byArticle.set(v.articleId, [v]);
  }
  return [...byArticle]
    .map(([id, list]) => toRating(id, list, minVotes))
    .sort(
      (a, b) =>
        Number(b.ranked) - Number(a.ranked) ||
        a.helpfulRate - b.helpfulRate ||
        b.votes - a.votes ||
        a.articleId.localeCompare(b.articleId),
    );
}
