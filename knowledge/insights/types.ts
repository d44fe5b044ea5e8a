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

/** What the dashboard reads of one ticket (the handoff's Ticket, declared here for the layering). */
export interface TicketFacts {
  ticketId: string;
  channel: string;
  category: string;
  status: string;
  /** ISO 8601 instants. */
  createdAt: string;
  firstAgentReplyAt: string | null;
  endedAt: string | null;
  /** The person's satisfaction score (1–5), when they answered the survey. */
  csat: number | null;
}
