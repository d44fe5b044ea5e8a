/**
 * The compact record of one customer turn, stored for the support lead's dashboard and counted in
 * the metrics: what the bot decided and why, the case and due date it spoke of, the ticket the
 * turn opened or was relayed to, and how long it took. Never the message text.
 */
import { z } from 'zod';
import { CATEGORIES, OUTCOMES } from '../types';

/** `relayed`: an agent's ticket held the conversation, so the bot decided nothing. */
export const TURN_OUTCOMES = [...OUTCOMES, 'relayed'] as const;
export type TurnOutcome = (typeof TURN_OUTCOMES)[number];

export const decisionRecordSchema = z.object({
  /** ISO 8601 instant the turn started. */
  at: z.iso.datetime(),
  conversationId: z.string().min(1).max(256),
  channel: z.string().min(1).max(64),
  /** Null when the turn carried no decision (a survey score, a greeting, a button). */
  outcome: z.enum(TURN_OUTCOMES).nullable(),
  category: z.enum(CATEGORIES).nullable(),
  topic: z.string().max(128).nullable(),
  reason: z.string().max(128).nullable(),
  confidence: z.number().min(0).max(1).nullable(),
  /** The order or case under discussion, as the conversation established it. */
  caseId: z.string().max(64).nullable(),
  /** A wait's due date: when the person was told an update is due (ISO instant). */
  due: z.iso.datetime().nullable(),
  ticketId: z.string().max(128).nullable(),
  /** True when this turn opened a new ticket (false when it was added to an open one). */
  ticketOpened: z.boolean(),
  latencyMs: z.number().min(0),
});
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;
