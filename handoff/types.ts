/** The agent's side of a handoff: tickets, their messages and the data they carry. */
import { z } from 'zod';
import { CATEGORIES, type Category } from '../knowledge/types';

/** Lifecycle states (handoff.md §5). `pending` and `assigned` are "open". */
export const TICKET_STATUSES = ['pending', 'assigned', 'resolved', 'expired', 'cancelled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const OPEN_STATUSES: readonly TicketStatus[] = ['pending', 'assigned'];

/** Why a ticket reached a final state; logged, counted and shown to agents. */
export const END_REASONS = [
  'agent-resolved',
  'queue-timeout',
  'customer-cancelled',
  'hub-completed',
  'hub-failed',
] as const;
export type EndReason = (typeof END_REASONS)[number];

/** What intake collects before a ticket exists (validated at the dialog and at the store). */
export const intakeFieldsSchema = z.object({
  caseId: z.string().trim().min(1).max(64).optional(),
  whatHappened: z.string().trim().min(1, 'what happened is required').max(4000),
  /** ISO 8601 date ("2026-10-05") on new tickets; tickets stored before it may hold typed text. */
  when: z.string().trim().max(200).optional(),
  /** The date came from a vague span ("weeks ago"). */
  whenApproximate: z.boolean().optional(),
  /** "When" in words that are not a date, kept as said. */
  whenSaid: z.string().trim().max(200).optional(),
  role: z.enum(['buyer', 'seller']).optional(),
  dispatchedByKx: z.boolean().optional(),
  alreadyTried: z.string().trim().max(2000).optional(),
  contact: z.object({
    method: z.enum(['chat', 'email', 'phone']),
    value: z.string().trim().max(200).optional(),
  }),
});
export type IntakeFields = z.infer<typeof intakeFieldsSchema>;

/**
 * The minimal structural shape of a Bot Framework ConversationReference, kept as plain JSON so
 * this folder never imports botbuilder. Extra properties pass through untouched.
 */
export const conversationRefSchema = z.looseObject({
  channelId: z.string(),
  serviceUrl: z.string(),
  conversation: z.looseObject({ id: z.string() }),
  user: z.looseObject({ id: z.string(), name: z.string().optional() }).optional(),
  bot: z.looseObject({ id: z.string(), name: z.string().optional() }).optional(),
  locale: z.string().optional(),
  activityId: z.string().optional(),
});
export type ConversationRef = z.infer<typeof conversationRefSchema>;

/**
 * One transfer of an assigned ticket (the audit trail agents see): to another agent, or back to
 * the queue, possibly under another category. `note` says why; it is internal, never sent to the customer.
 */
export const transferRecordSchema = z.object({
  at: z.iso.datetime(),
  fromAgentId: z.string(),
  fromAgentName: z.string().optional(),
  to: z.enum(['agent', 'queue']),
  toAgentId: z.string().optional(),
  toAgentName: z.string().optional(),
  fromCategory: z.enum(CATEGORIES),
  toCategory: z.enum(CATEGORIES),
  note: z.string(),
});
export type TransferRecord = z.infer<typeof transferRecordSchema>;

/**
 * How the person asked to be followed up when nobody can take the chat now. A call back is
 * promised only once it has a number and a time (`asking` says which the bot is waiting for).
 */
export const followUpSchema = z.object({
  method: z.enum(['callback', 'email']),
  /** ISO instant of the agreed call back. */
  at: z.string().optional(),
  phone: z.string().max(40).optional(),
  asking: z.enum(['phone', 'time']).optional(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const ticketSchema = z.object({
  ticketId: z.string().min(1),
  conversationKey: z.string().min(1),
  personKey: z.string().min(1),
  caseId: z.string().optional(),
  customerRef: conversationRefSchema,
  channelId: z.string(),
  category: z.enum(CATEGORIES),
  priority: z.string(),
  rank: z.number().int(),
  reason: z.string(),
  summary: z.string(),
  fields: intakeFieldsSchema,
  status: z.enum(TICKET_STATUSES),
  agentId: z.string().optional(),
  agentName: z.string().optional(),
  createdAt: z.iso.datetime(),
  assignedAt: z.iso.datetime().optional(),
  endedAt: z.iso.datetime().optional(),
  endReason: z.enum(END_REASONS).optional(),
  expiresAt: z.iso.datetime(),
  version: z.number().int().min(1),
  resolution: z.string().optional(),
  customerTimeZone: z.string().optional(),
  followUp: followUpSchema.optional(),
  csat: z.number().int().min(1).max(5).optional(),
  /** Set when the satisfaction question was asked; cleared (csatClosed) once answered or skipped. */
  csatAsked: z.boolean().optional(),
  csatClosed: z.boolean().optional(),
  /** Every transfer, oldest first; absent on tickets never transferred. */
  transfers: z.array(transferRecordSchema).optional(),
});
export type Ticket = z.infer<typeof ticketSchema>;

/**
 * Who wrote a transcript line. `note` is an agent's internal note: stored with the transcript so
 * every agent who opens the ticket reads it in place, and never delivered to the customer.
 */
export const MESSAGE_AUTHORS = ['customer', 'bot', 'agent', 'system', 'note'] as const;
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number];

/** At most this many files ride on one transcript line (Direct Line uploads allow as many). */
export const MAX_MESSAGE_ATTACHMENTS = 5;

/**
 * A file the customer sent, as the transcript keeps it: where to open it (http or https only, so
 * a stored value can never become a script link in the console), its type and its file name.
 */
export const messageAttachmentSchema = z.object({
  contentType: z.string().trim().min(1).max(255),
  url: z.url({ protocol: /^https?$/ }).max(4096),
  name: z.string().max(255),
});
export type MessageAttachment = z.infer<typeof messageAttachmentSchema>;

export const ticketMessageSchema = z.object({
  ticketId: z.string(),
  seq: z.number().int().min(0),
  at: z.iso.datetime(),
  from: z.enum(MESSAGE_AUTHORS),
  text: z.string(),
  agentId: z.string().optional(),
  /** Files sent with the line; absent when there are none. */
  attachments: z.array(messageAttachmentSchema).min(1).max(MAX_MESSAGE_ATTACHMENTS).optional(),
});
/** One transcript line; `seq` is assigned by the store, increasing per ticket. */
export type TicketMessage = z.infer<typeof ticketMessageSchema>;
export type NewTicketMessage = Omit<TicketMessage, 'seq'>;

/** Priority label and queue rank of one category (policy.yaml `categories`). */
export interface CategoryPriority {
  priority: string;
  rank: number;
}
export type CategoryPriorities = Record<Category, CategoryPriority>;

/** Whether the ticket is in the queue or with an agent. */
export function isOpen(ticket: Pick<Ticket, 'status'>): boolean {
  return OPEN_STATUSES.includes(ticket.status);
}
