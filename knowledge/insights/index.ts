/** Insights for the support lead: the unanswered-question inbox grouped, and article ratings. */
export { createQuestionKey } from './normalise';
export { groupUnanswered, MAX_EXAMPLES, MAX_PROPOSED_ARTICLES } from './unanswered';
export type { ProposedArticle, UnansweredGroup } from './unanswered';
export { rateArticles, MIN_VOTES_TO_RANK, MAX_NOT_HELPFUL_QUERIES } from './articles';
export type { ArticleRating, NotHelpfulQuery } from './articles';
export type { ArticleVote, QuestionKey, UnansweredQuestion } from './types';
