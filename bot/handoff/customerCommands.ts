/**
 * The person's own commands while a ticket is open (handoff.md §4.1): cancel, status, callback,
 * email. Exact phrases only, so "cancel my order" still reaches the agent as a message.
 */
import type { TurnContext } from 'botbuilder';
import type { Ticket } from '../../handoff/types';
import { startCallback } from './callbackArrangement';
import { sendQueueEvent } from './queueEvent';
import { sayOnTicket, type RelayDeps } from './relayDeps';

/** Commands the person can use while waiting or talking to an agent. */
export type CustomerCommand = 'cancel' | 'status' | 'callback' | 'email';
const COMMANDS: Record<string, CustomerCommand> = {
  cancel: 'cancel',
  'cancel request': 'cancel',
  'stop waiting': 'cancel',
  status: 'status',
  callback: 'callback',
  'call back': 'callback',
  'call me back': 'callback',
  email: 'email',
  'email me': 'email',
};

/** The command a message is, or null. Exact phrases only: "cancel my order" is a message for the agent. */
export function customerCommand(text: string | undefined): CustomerCommand | null {
  return (
    COMMANDS[
      (text ?? '')
        .trim()
        .toLowerCase()
        .replace(/[.!]+$/, '')
    ] ?? null
  );
}

/** Answers the command this turn's message is; false when it is none (or none that applies now). */
export async function answerCommand(deps: RelayDeps, context: TurnContext, ticket: Ticket): Promise<boolean> {
  const text = context.activity.text ?? '';
  const command = customerCommand(text);
  const { service } = deps;
  if (command === 'cancel') {
    await service.customerSay(ticket, text);
    await service.cancel(ticket.conversationKey);
    await context.sendActivity(service.words.say('cancelled', { ticketId: ticket.ticketId }));
    return true;
  }
  if (command === 'status') {
    const status = await service.status(ticket);
    await sayOnTicket(
      deps,
      context,
      ticket,
      service.words.say('statusLine', { ticketId: ticket.ticketId, status: status.text }),
    );
    await sendQueueEvent(context, ticket, status);
    return true;
  }
  // A follow-up replaces waiting in the queue; once an agent holds the chat it means nothing.
  if (command === 'email' && ticket.status === 'pending') {
    await service.setFollowUp(ticket, { method: 'email' }, 'Customer asks for an email follow-up.');
    await sayOnTicket(deps, context, ticket, service.words.say('emailNoted', { ticketId: ticket.ticketId }));
    return true;
  }
  if (command === 'callback' && ticket.status === 'pending') {
    await startCallback(deps, context, ticket);
    return true;
  }
  return false;
}
