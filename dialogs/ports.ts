import type { TurnContext } from 'botbuilder';
import type { TicketFields } from '../knowledge/conversation';
import type { CaseFacts, Category } from '../knowledge/types';

/** Finds an order or case by id (adapters/cases implements it). */
export interface CaseLookup {
  find(id: string): Promise<CaseFacts | null>;
}

/** Stores "Did this answer your question?" answers and unanswered questions. */
export interface FeedbackSink {
  feedback(entry: {
    conversationId: string;
    articleId: string;
    helpful: boolean;
    query?: string;
    at: Date;
  }): Promise<void>;
  unanswered(entry: { conversationId: string; text: string; candidates: string[]; at: Date }): Promise<void>;
}

/** What intake collected, confirmed by the person. */
export interface HandoffRequest {
  category: Category;
  reason: string;
  summary: string;
  caseId?: string;
  /** knowledge/conversation's TicketFields: `when` is an ISO date, never typed text. */
  fields: TicketFields;
}

export interface HandoffOutcome {
  ticketId: string;
  /** True when an open ticket for this person and case existed and the request was added to it. */
  attached: boolean;
  /** A sentence for the person: position, wait estimate or off-hours offer. */
  statusText: string;
}

/** Opens (or attaches to) a ticket and hands the conversation to a person. */
export interface HandoffPort {
  request(context: TurnContext, request: HandoffRequest): Promise<HandoffOutcome>;
}

/** Everything the dialogs need from the outside, passed in by the composition root. */
export interface DialogDeps {
  cases: CaseLookup;
  feedback: FeedbackSink;
  /** Absent until a hub is configured: escalations then end in a clear message. */
  handoff?: HandoffPort;
  now: () => Date;
}
