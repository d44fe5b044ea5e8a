/**
 * What intake asks, per category, and the ticket fields built from the memory. Only what is
 * missing is asked: a case id, a date or a contact said anywhere in the conversation counts,
 * and a field that does not apply to the category (an order number for a hacked account) is
 * never asked.
 */
import { DateTime } from 'luxon';
import type { Category } from '../types';
import type { Contact, ConversationMemory, IntakeField } from './memory';

/**
 * The questions each category's team needs answered, in the order they are asked. Security is
 * not here: its ticket opens in the first reply, and its questions follow as messages added to it.
 */
export const INTAKE_PLAN: Record<Exclude<Category, 'security'>, readonly IntakeField[]> = {
  dispatch: ['caseId', 'whatHappened', 'when', 'contact'],
  'dispute-chargeback': ['caseId', 'whatHappened', 'when', 'alreadyTried', 'contact'],
  stalled: ['caseId', 'whatHappened', 'when', 'alreadyTried', 'contact'],
};

/** Intake's own answers: what the person said at each field, kept apart from facts heard in passing. */
export interface IntakeAnswers {
  /** The field was asked and answered (possibly with "none"), so it is not asked again. */
  answered: IntakeField[];
  whatHappened?: string;
  alreadyTried?: string;
  /** "When" said in words that are not a date ("early last spring"): kept for the agent. */
  whenSaid?: string;
}

/** The fields of `category` still to ask, given the memory and intake's answers so far. */
export function missingFields(
  category: Exclude<Category, 'security'>,
  memory: ConversationMemory,
  answers: IntakeAnswers,
): IntakeField[] {
  const known: Record<IntakeField, boolean> = {
    caseId: memory.caseId !== undefined,
    whatHappened: (answers.whatHappened ?? memory.whatHappened) !== undefined,
    when: memory.startedAt !== undefined,
    alreadyTried: answers.alreadyTried !== undefined,
    contact: memory.contact !== undefined,
  };
  return INTAKE_PLAN[category].filter((f) => !known[f] && !answers.answered.includes(f));
}

/** The ticket's fields (handoff/types intakeFieldsSchema): dates as ISO calendar dates. */
export interface TicketFields {
  caseId?: string;
  whatHappened: string;
  /** ISO 8601 date ("2026-10-05") in the person's zone. */
  when?: string;
  /** True when the date came from a vague span ("weeks ago"). */
  whenApproximate?: boolean;
  whenSaid?: string;
  role?: 'buyer' | 'seller';
  dispatchedByKx?: boolean;
  alreadyTried?: string;
  contact: Contact;
}

/** Builds the ticket's fields from what the conversation established. */
export function ticketFields(
  memory: ConversationMemory,
  answers: Omit<IntakeAnswers, 'answered'>,
  fallbackWhat: string,
  timeZone: string,
): TicketFields {
  const when = memory.startedAt
    ? (DateTime.fromISO(memory.startedAt, { zone: 'utc' }).setZone(timeZone).toISODate() ?? undefined)
    : undefined;
  return {
    caseId: memory.caseId,
    whatHappened: (answers.whatHappened ?? memory.whatHappened ?? fallbackWhat).trim(),
    ...(when ? { when, whenApproximate: memory.startApproximate ?? false } : {}),
    ...(answers.whenSaid && !when ? { whenSaid: answers.whenSaid } : {}),
    ...(memory.role ? { role: memory.role } : {}),
    ...(memory.dispatchedByKx !== undefined ? { dispatchedByKx: memory.dispatchedByKx } : {}),
    ...(answers.alreadyTried ? { alreadyTried: answers.alreadyTried } : {}),
    contact: memory.contact ?? { method: 'chat' },
  };
}
