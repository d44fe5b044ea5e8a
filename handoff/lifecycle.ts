/** The ticket state machine (handoff.md §5): one pure function, every change goes through it. */
import type { Category } from '../knowledge/types';
import type { EndReason, FollowUp, Ticket, TicketStatus, TransferRecord } from './types';

/** Everything that can happen to a ticket. */
export type TicketEvent =
  | { type: 'claim'; agentId: string; agentName?: string }
  /** Back to the queue; `expiresAt` restarts the queue deadline (the old one may have passed while assigned). */
  | { type: 'release'; expiresAt?: string }
  /** The holder hands the ticket to another agent, saying why. */
  | { type: 'transfer'; agentId: string; agentName?: string; note: string }
  /** The holder puts the ticket back in the queue, possibly under another category, saying why. */
  | {
      type: 'requeue';
      category: Category;
      priority: string;
      rank: number;
      expiresAt: string;
      note: string;
    }
  /** `askSurvey`: the person is asked the satisfaction question in the same write. */
  | {
      type: 'resolve';
      resolution: string;
      reason?: Extract<EndReason, 'agent-resolved' | 'hub-completed'>;
      askSurvey?: boolean;
    }
  /** While waiting, the person arranges a call back or an email instead (replaces any earlier choice; none clears it). */
  | { type: 'followUp'; followUp: FollowUp | undefined }
  /** The answer to the satisfaction question; null when the person skipped it. Once only. */
  | { type: 'survey'; score: number | null }
  | { type: 'expire'; reason?: Extract<EndReason, 'queue-timeout' | 'hub-failed'> }
  | { type: 'cancel'; reason?: Extract<EndReason, 'customer-cancelled' | 'hub-failed'> };

export type TicketEventType = TicketEvent['type'];

/** Why a transition was refused; callers map these to 409s or polite replies. */
export type Refusal =
  | { ok: false; reason: 'not-allowed'; from: TicketStatus; event: TicketEventType }
  | { ok: false; reason: 'empty-resolution' | 'empty-note' | 'same-agent' | 'not-asked' };

export type TransitionResult = { ok: true; ticket: Ticket } | Refusal;

/** The allowed moves: state → event → next state. Final states have none. */
export const TRANSITIONS: Record<TicketStatus, Partial<Record<TicketEventType, TicketStatus>>> = {
  pending: { claim: 'assigned', expire: 'expired', cancel: 'cancelled', followUp: 'pending' },
  assigned: {
    resolve: 'resolved',
    release: 'pending',
    cancel: 'cancelled',
    transfer: 'assigned',
    requeue: 'pending',
  },
  // Final for the lifecycle; the survey answer is the one field written afterwards.
  resolved: { survey: 'resolved' },
  expired: {},
  cancelled: {},
};

/**
 * Applies `event` to `ticket` at `now`. Returns the new ticket (version + 1) or a typed refusal;
 * never throws and never mutates its input.
 */
export function transition(ticket: Ticket, event: TicketEvent, now: Date): TransitionResult {
  const next = TRANSITIONS[ticket.status][event.type];
  if (!next) return { ok: false, reason: 'not-allowed', from: ticket.status, event: event.type };
  const at = now.toISOString();
  const base: Ticket = { ...ticket, status: next, version: ticket.version + 1 };
  switch (event.type) {
    case 'claim':
      return {
        ok: true,
        ticket: { ...base, agentId: event.agentId, agentName: event.agentName, assignedAt: at },
      };
    case 'release':
      // Back in the queue it keeps its createdAt, so it is not pushed behind newer tickets.
      return {
        ok: true,
        ticket: {
          ...base,
          agentId: undefined,
          agentName: undefined,
          assignedAt: undefined,
          expiresAt: event.expiresAt ?? base.expiresAt,
        },
      };
    case 'transfer': {
      if (!event.note.trim()) return { ok: false, reason: 'empty-note' };
      if (event.agentId === ticket.agentId) return { ok: false, reason: 'same-agent' };
      // assignedAt stays: handling time runs from the first agent, as the customer lived it.
      const record = transferRecord(ticket, at, event.note, {
        to: 'agent',
        toAgentId: event.agentId,
        toAgentName: event.agentName,
        toCategory: ticket.category,
      });
      return {
        ok: true,
        ticket: {
          ...base,
          agentId: event.agentId,
          agentName: event.agentName,
          transfers: [...(ticket.transfers ?? []), record],
        },
      };
    }
    case 'requeue': {
      if (!event.note.trim()) return { ok: false, reason: 'empty-note' };
      const record = transferRecord(ticket, at, event.note, { to: 'queue', toCategory: event.category });
      // Like release, it keeps its createdAt: the person's wait so far counts in the new queue too.
      return {
        ok: true,
        ticket: {
          ...base,
          agentId: undefined,
          agentName: undefined,
          assignedAt: undefined,
          category: event.category,
          priority: event.priority,
          rank: event.rank,
          expiresAt: event.expiresAt,
          transfers: [...(ticket.transfers ?? []), record],
        },
      };
    }
    case 'resolve':
      if (!event.resolution.trim()) return { ok: false, reason: 'empty-resolution' };
      return {
        ok: true,
        ticket: {
          ...base,
          endedAt: at,
          endReason: event.reason ?? 'agent-resolved',
          resolution: event.resolution.trim(),
          ...(event.askSurvey ? { csatAsked: true } : {}),
        },
      };
    case 'followUp':
      return { ok: true, ticket: { ...base, followUp: event.followUp } };
    case 'survey':
      // Asked once, answered (or skipped) once: a late second answer changes nothing.
      if (!ticket.csatAsked || ticket.csatClosed) return { ok: false, reason: 'not-asked' };
      return { ok: true, ticket: { ...base, csat: event.score ?? undefined, csatClosed: true } };
    case 'expire':
      return { ok: true, ticket: { ...base, endedAt: at, endReason: event.reason ?? 'queue-timeout' } };
    case 'cancel':
      return { ok: true, ticket: { ...base, endedAt: at, endReason: event.reason ?? 'customer-cancelled' } };
  }
}

function transferRecord(
  ticket: Ticket,
  at: string,
  note: string,
  target: Pick<TransferRecord, 'to' | 'toAgentId' | 'toAgentName' | 'toCategory'>,
): TransferRecord {
  return {
    at,
    fromAgentId: ticket.agentId ?? 'unknown',
    fromAgentName: ticket.agentName,
    fromCategory: ticket.category,
    note: note.trim(),
    ...target,
  };
}
