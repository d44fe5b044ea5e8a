/** What the conversation remembers between turns (ConversationState, last-writer-wins). */
export interface ConversationData {
  /** Unhelpful answers or unclear questions in a row; two trigger the walk-through offer. */
  misses: number;
  /** The article just shown, waiting for "Did this answer your question?". */
  awaitingFeedback?: { articleId: string; query: string };
  /** The person's time zone when the channel tells it. */
  timeZone?: string;
  /** Requests already answered with a status, for repeated requests. */
  lastStatus?: { key: string; at: string };
}

export const CONVERSATION_DATA = 'conversationData';

export const freshConversationData = (): ConversationData => ({ misses: 0 });

/** Misses in a row (unclear questions, unhelpful answers) after which the three questions are offered. */
export const MISSES_BEFORE_WALKTHROUGH = 2;
