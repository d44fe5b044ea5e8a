/** Row parsing shared by the ticket stores: the `data` column holds the whole ticket as JSON. */
import { z } from 'zod';
import {
  ticketMessageSchema,
  ticketSchema,
  type NewTicketMessage,
  type Ticket,
  type TicketMessage,
} from '../../handoff/types';

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
  /** JSON text (SQLite) or jsonb (PostgreSQL); NULL, or missing on rows read before the column existed. */
  attachments: z.unknown().optional(),
});

/** Parses a transcript row from either database; a message without files has no `attachments`. */
export function parseMessageRow(row: unknown): TicketMessage {
  const r = messageRowSchema.parse(row);
  const attachments =
    typeof r.attachments === 'string' ? (JSON.parse(r.attachments) as unknown) : r.attachments;
  const parsed = ticketMessageSchema.safeParse({
    ticketId: r.ticket_id,
    seq: r.seq,
    at: r.at,
    from: r.author,
    text: r.text,
    agentId: r.agent_id ?? undefined,
    ...(attachments === null || attachments === undefined ? {} : { attachments }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TicketRowError(
      `ticket ${r.ticket_id} message ${r.seq}: stored field "${issue.path.join('.')}" is invalid: ${issue.message}`,
    );
  }
  return parsed.data;
}

/**
 * The `attachments` column value of a new line: JSON text, or null when it has no files. The
 * files are checked first, so a bad one is refused before anything is written.
 */
export function attachmentsColumn(message: NewTicketMessage): string | null {
  if (!message.attachments?.length) return null;
  const parsed = ticketMessageSchema.shape.attachments.safeParse(message.attachments);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TicketRowError(
      `ticket ${message.ticketId}: message field "attachments.${issue.path.join('.')}" is invalid: ${issue.message}`,
    );
  }
  return JSON.stringify(parsed.data);
}

/** The line as stored: its seq, and no `attachments` key when it has no files (as read back). */
export function storedMessage(message: NewTicketMessage, seq: number): TicketMessage {
  const { attachments, ...rest } = message;
  return attachments?.length ? { ...rest, attachments, seq } : { ...rest, seq };
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
