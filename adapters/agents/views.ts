/** What agents see of tickets: queue rows and the ticket detail, built from stored data. */
import type { Ticket, TicketMessage } from '../../handoff/types';

export interface QueueRow {
  ticketId: string;
  status: Ticket['status'];
  category: Ticket['category'];
  priority: string;
  rank: number;
  summary: string;
  channelId: string;
  caseId?: string;
  position: number | null;
  waitingMs: number;
  agentId?: string;
  agentName?: string;
  followUp?: Ticket['followUp'];
}

/** A queue row; `position` is 1-based among pending tickets, null when assigned. */
export function queueRow(t: Ticket, position: number | null, now: Date): QueueRow {
  return {
    ticketId: t.ticketId,
    status: t.status,
    category: t.category,
    priority: t.priority,
    rank: t.rank,
    summary: t.summary,
    channelId: t.channelId,
    caseId: t.caseId,
    position,
    waitingMs: Math.max(0, now.getTime() - Date.parse(t.createdAt)),
    agentId: t.agentId,
    agentName: t.agentName,
    followUp: t.followUp,
  };
}

/** The ticket as the console shows it: everything but the raw conversation reference. */
export function ticketDetail(t: Ticket, messages: TicketMessage[], now: Date) {
  const { customerRef: _ref, ...rest } = t;
  return { ticket: { ...rest, waitingMs: Math.max(0, now.getTime() - Date.parse(t.createdAt)) }, messages };
}
