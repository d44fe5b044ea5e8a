/**
 * What one conversation has established, kept between turns in the bot's ConversationState.
 * Plain JSON, parsed with zod when read back: a stored row from an older release, or one that
 * was tampered with, becomes a fresh memory instead of a crash.
 */
import { z } from 'zod';
import { CATEGORIES, OUTCOMES } from '../types';

/** Who holds the conversation: the bot, the queue, an agent, or the satisfaction question. */
export const MODES = ['bot', 'queued', 'with_agent', 'survey'] as const;
export type Mode = (typeof MODES)[number];

/** Intake fields the bot may ask for; which apply depends on the category (intake.ts). */
export const INTAKE_FIELDS = ['caseId', 'whatHappened', 'when', 'alreadyTried', 'contact'] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];

const contactSchema = z.object({
  method: z.enum(['chat', 'email', 'phone']),
  value: z.string().max(200).optional(),
});
export type Contact = z.infer<typeof contactSchema>;

/**
 * The question the bot is waiting on. The next message is read against it first: an answer is
 * taken as that answer, a new question drops it, "never mind" cancels it.
 */
export const pendingSchema = z.discriminatedUnion('kind', [
  /** "What's the order or case number, or when did it start?" (the case check). */
  z.object({ kind: z.literal('case_or_date'), process: z.string().nullable() }),
  /** One intake field. */
  z.object({ kind: z.literal('intake'), field: z.enum(INTAKE_FIELDS) }),
  /** "Shall I send it to our team?" */
  z.object({ kind: z.literal('confirm_ticket') }),
  /** "Did this answer your question?" after an article. */
  z.object({ kind: z.literal('feedback'), articleId: z.string(), query: z.string() }),
  /** One of the walk-through's three questions. */
  z.object({ kind: z.literal('walkthrough') }),
]);
export type PendingQuestion = z.infer<typeof pendingSchema>;

/** The last decision the bot told the person, so a follow-up can be answered with the same one. */
export const toldSchema = z.object({
  outcome: z.enum([...OUTCOMES, 'check_case']),
  reason: z.string(),
  articleId: z.string().optional(),
  process: z.string().optional(),
  /** ISO instant of the due date the bot gave ("an update is due by …"). */
  due: z.iso.datetime().optional(),
  category: z.enum(CATEGORIES).optional(),
  /** ISO instant of the turn it was told. */
  at: z.iso.datetime(),
});
export type Told = z.infer<typeof toldSchema>;

/**
 * What the conversation remembers as told after `next`: a feeling calmed right after an escalation
 * ("honestly this is ridiculous") changes no subject, so the escalation stays the last thing told
 * and "any news?" next is still about that case.
 */
export function toldAfter(previous: Told | undefined, next: Told): Told {
  return next.outcome === 'calm' && !next.process && previous?.outcome === 'escalate' ? previous : next;
}

export const memorySchema = z.object({
  /** The order or case under discussion, as the person typed it (upper-cased). */
  caseId: z.string().max(64).optional(),
  /** The running process (a timeline id from policy.yaml). */
  process: z.string().optional(),
  /** When it started, ISO instant; `startApproximate` for "weeks ago". */
  startedAt: z.iso.datetime().optional(),
  startApproximate: z.boolean().optional(),
  role: z.enum(['buyer', 'seller']).optional(),
  dispatchedByKx: z.boolean().optional(),
  contact: contactSchema.optional(),
  /** What the person said went wrong, in their words (intake's "what happened"). */
  whatHappened: z.string().max(2000).optional(),
  alreadyTried: z.string().max(1000).optional(),
  /** The Help Center article last answered with: follow-ups stay on it. */
  lastTopic: z.string().optional(),
  last: toldSchema.optional(),
  /** The last status told (a wait or calm with its due date): "any news?" repeats it, later too. */
  lastStatus: toldSchema.optional(),
  pending: pendingSchema.optional(),
  mode: z.enum(MODES).default('bot'),
  /** Unclear questions or unhelpful answers in a row; two bring the walk-through offer. */
  misses: z.number().int().min(0).default(0),
  /** The person's IANA zone when the channel tells it. */
  timeZone: z.string().optional(),
});
export type ConversationMemory = z.infer<typeof memorySchema>;

export const freshMemory = (): ConversationMemory => ({ mode: 'bot', misses: 0 });

/** A stored value read back: valid memory, or a fresh one when it does not parse. */
export function readMemory(stored: unknown): ConversationMemory {
  const parsed = memorySchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : freshMemory();
}
