/** What the handoff core needs from the world: ticket storage, agent accounts, delivery. */
import type { MessageAttachment, NewTicketMessage, Ticket, TicketMessage } from './types';
import type { WaitEstimate } from './queue';

/** Result of opening: the new ticket, or the open one the request was added to. */
export interface OpenOutcome {
  ticket: Ticket;
  attached: boolean;
}

/**
 * Ticket persistence. Every write that races is conditional in the store itself (handoff.md §7):
 * `open` enforces one open ticket per conversation and per person and case, `claim` wins only
 * on a pending ticket, `save` only on the version it read, `expireDue` never touches a claim.
 */
export interface TicketStore {
  /** Inserts `draft` unless an open ticket exists for its conversation or person and case; then returns that one. */
  open(draft: Ticket): Promise<OpenOutcome>;
  get(ticketId: string): Promise<Ticket | null>;
  findOpenByConversation(conversationKey: string): Promise<Ticket | null>;
  /** The most recent ticket of a conversation in any state (survey after close). */
  latestByConversation(conversationKey: string): Promise<Ticket | null>;
  /** Pending tickets in queue order (rank desc, createdAt asc). */
  listQueue(): Promise<Ticket[]>;
  /**
   * A pending ticket's 1-based place in queue order, counted by the store without reading the
   * tickets (every waiting person's turn asks it); null when the ticket is not pending.
   */
  queuePosition(ticketId: string): Promise<number | null>;
  /** Assigned tickets, oldest first. */
  listAssigned(): Promise<Ticket[]>;
  /** Pending → assigned for `agentId` if still pending; null when someone else won. */
  claim(ticketId: string, agentId: string, agentName: string | undefined, now: Date): Promise<Ticket | null>;
  /** Writes `next` if the stored version is still `next.version - 1`; null on a lost update. */
  save(next: Ticket): Promise<Ticket | null>;
  /** Pending tickets whose `expiresAt` is at or before `now` become expired; returns them. */
  expireDue(now: Date): Promise<Ticket[]>;
  appendMessage(message: NewTicketMessage): Promise<TicketMessage>;
  listMessages(ticketId: string): Promise<TicketMessage[]>;
  /** Resolved tickets that ended at or after `since`, newest first, at most `limit` (the survey's scores). */
  listResolvedSince(since: Date, limit: number): Promise<Ticket[]>;
  /** Handling times (assigned → resolved, ms) of the latest resolved tickets, newest first. */
  recentHandlingTimes(limit: number): Promise<number[]>;
}

/** A signed-in agent as the rest of the code sees it; secrets never leave the directory. */
export interface Agent {
  id: string;
  name: string;
}

/** Agent accounts. Secrets are stored hashed; `verify` compares in constant time. */
export interface AgentDirectory {
  verify(name: string, secret: string): Promise<Agent | null>;
  get(id: string): Promise<Agent | null>;
  list(): Promise<Agent[]>;
}

/** What the person is told; `queue` also goes to the widget as a `support.queue` event. */
export interface CustomerNote {
  text: string;
  /** Set when an agent wrote it: channels show it as the agent's name or a prefix. */
  agentName?: string;
  queue?: { position: number | null; estimate: WaitEstimate };
  /** Lifecycle change, so the bot side can mirror it as handoff.status. */
  status?: 'accepted' | 'failed' | 'completed';
  /** Files an agent sends with the note (stored by us, behind signed URLs). */
  attachments?: MessageAttachment[];
  /** The note asks the satisfaction question: channels offer the scores as buttons. */
  survey?: boolean;
}

/**
 * Pushed to agent consoles over the socket. Carries ids only for queue changes. An event with
 * `forAgentId` goes to that agent's consoles only (the customer typing reaches the holder).
 */
export type HubEvent =
  | { type: 'queue' }
  | { type: 'ticket'; ticketId: string; status: Ticket['status']; agentId?: string }
  | { type: 'message'; ticketId: string; message: TicketMessage }
  | {
      type: 'transfer';
      ticketId: string;
      fromAgentId: string;
      toAgentId?: string;
      category: Ticket['category'];
    }
  | { type: 'typing'; ticketId: string; forAgentId: string };

/** Delivery to people and agents; failures are logged by the implementation, not thrown. */
export interface Notifier {
  toCustomer(ticket: Ticket, note: CustomerNote): Promise<void>;
  toAgents(event: HubEvent): void;
  /** Shows the customer that `agentName` is typing; fire and forget, in order with the ticket's messages. */
  typingToCustomer(ticket: Ticket, agentName: string): void;
}
