/** Transfers of an assigned ticket, and what the customer is told: short, plain, no internal reason. */
import type { Category } from '../knowledge/types';
import type { Ticket } from './types';
import { defaultHandoffWording, type HandoffWording } from './wording';

/** The team a category's queue stands for, as the customer reads it. */
export const TEAM_NAMES: Record<Category, string> = {
  security: 'our account security team',
  dispatch: 'our Dispatched by Kingston Express team',
  'dispute-chargeback': 'our disputes and chargebacks team',
  stalled: 'our case follow-up team',
};

/** Where the holder sends a ticket: another agent, or the queue (its own category when none is given). */
export type TransferTarget =
  { kind: 'agent'; agentId: string; agentName: string } | { kind: 'queue'; category?: Category };

/** "You're being transferred to Bob; they can see everything so far.", from the ticket after the transfer. */
export function transferMessage(
  ticket: Pick<Ticket, 'status' | 'agentName' | 'category'>,
  words: HandoffWording = defaultHandoffWording(),
): string {
  const who =
    ticket.status === 'assigned' && ticket.agentName ? ticket.agentName : TEAM_NAMES[ticket.category];
  return words.say('transferred', { who });
}
