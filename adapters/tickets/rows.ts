/** Row parsing shared by the ticket stores: the `data` column holds the whole ticket as JSON. */
import { z } from 'zod';
import { ticketMessageSchema, ticketSchema, type Ticket, type TicketMessage } from '../../handoff/types';

/** Thrown when a stored row does not parse; names the ticket and the field at fault. */
export class TicketRowError extends Error {}

/** Parses a stored ticket; `data` is a JSON string (SQLite) or an object (PostgreSQL jsonb). */
export function parseTicketData(id: string, data: unknown): Ticket {
  const raw = typeof data === 'string' ? (JSON.parse(data) as unknown) : data;
  const parsed = ticketSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TicketRowError(
      `ticket ${id}: stored field "${issue.path.join('.')}" is invalid: ${issue.message}`,
    );
  }
  return parsed.data;
}

const messageRowSchema = z.object({
  ticket_id: z.string(),
  seq: z.coerce.number().int(),
  at: z
    .union([z.string(), z.date()])
    .transform((v) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString())),
  author: z.string(),
  text: z.string(),
  agent_id: z.string().nullable(),
});

/** Parses a transcript row from either database. */
export function parseMessageRow(row: unknown): TicketMessage {
  const r = messageRowSchema.parse(row);
  return ticketMessageSchema.parse({
    ticketId: r.ticket_id,
    seq: r.seq,
    at: r.at,
    from: r.author,
    text: r.text,
    agentId: r.agent_id ?? undefined,
  });
}

/** Handling time of a resolved ticket in ms, or null when it was never assigned. */
export function handlingMs(t: Ticket): number | null {
  if (!t.assignedAt || !t.endedAt) return null;
  return Date.parse(t.endedAt) - Date.parse(t.assignedAt);
}

/**
 * Parameters of the versioned ticket UPDATE both stores run, in column order: status, agent_id,
 * expires_at, ended_at, end_reason, version, data, then the WHERE's id and expected version.
 */
export function versionedUpdateParams(next: Ticket): unknown[] {
  return [
    next.status,
    next.agentId ?? null,
    next.expiresAt,
    next.endedAt ?? null,
    next.endReason ?? null,
    next.version,
    JSON.stringify(next),
    next.ticketId,
    next.version - 1,
  ];
}
