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

/** A fresh URL for a stored attachment URL of ours; undefined leaves the stored one as it is. */
export type RenewAttachmentUrl = (url: string) => string | undefined;

/** The line with its files' URLs renewed, so links in a week-old transcript still open. */
export function withFreshUrls(m: TicketMessage, renew?: RenewAttachmentUrl): TicketMessage {
  if (!renew || !m.attachments) return m;
  return { ...m, attachments: m.attachments.map((a) => ({ ...a, url: renew(a.url) ?? a.url })) };
}

/** The ticket as the console shows it: everything but the raw conversation reference. */
export function ticketDetail(t: Ticket, messages: TicketMessage[], now: Date, renew?: RenewAttachmentUrl) {
  const { customerRef: _ref, ...rest } = t;
  return {
    ticket: { ...rest, waitingMs: Math.max(0, now.getTime() - Date.parse(t.createdAt)) },
    messages: messages.map((m) => withFreshUrls(m, renew)),
  };
}
