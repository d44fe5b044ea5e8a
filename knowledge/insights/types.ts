/**
 * What the insights read: plain records, shaped like the stores' rows (adapters/storage) but
 * declared here so knowledge/ does not depend on an adapter.
 */

/** A question the bot could not answer. */
export interface UnansweredQuestion {
  id: number;
  text: string;
  /** ISO 8601 instant. */
  at: string;
  /** Articles the search proposed, best first. */
  topCandidates: readonly { id: string; score: number }[];
}

/** One "Did this answer your question?" answer. */
export interface ArticleVote {
  articleId: string;
  helpful: boolean;
  /** What the person had asked, when known. */
  text: string | null;
  /** ISO 8601 instant. */
  at: string;
}

/** Turns a question into its normalised form; equal forms are one group. */
export type QuestionKey = (text: string) => string;
