/**
 * Routing while a ticket is open (handoff.md §4.1): the customer's messages go to the ticket and
 * its agent, never to the bot; the bot only confirms while the person waits in the queue. A
 * security incident reported meanwhile is the exception: it goes to the bot, which opens its own
 * urgent ticket.
 */
import type { TurnContext } from 'botbuilder';
import { isOpen, type Ticket } from '../../handoff/types';
import { lineText, relayableAttachments } from './attachments';
import { answerCallbackQuestion } from './callbackArrangement';
import { answerCommand } from './customerCommands';
import { securityLaneKey } from './keys';
import { sayOnTicket, urlCheckOf, type RelayDeps } from './relayDeps';

/**
 * The open ticket and the latest one, in one query for the usual message: a conversation that
 * never had a ticket has neither, and a latest ticket that is open is the conversation's one
 * open ticket. Only when the latest is closed is the open one looked up on its own.
 */
export async function ticketsOf(
  deps: RelayDeps,
  key: string,
): Promise<{ open: Ticket | null; latest: Ticket | null }> {
  const { tickets } = deps.service;
  const latest = await tickets.latestByConversation(key);
  if (!latest) return { open: null, latest: null };
  // An urgent security ticket opened beside another one takes the person's messages first.
  const urgent = await tickets.findOpenByConversation(securityLaneKey(key));
  if (urgent) return { open: urgent, latest };
  if (isOpen(latest)) return { open: latest, latest };
  return { open: await tickets.findOpenByConversation(key), latest };
}

/** Whether this message, though a ticket is open, belongs to the bot: a new security incident. */
export function bypassesTicket(
  open: Ticket,
  text: string,
  isSecurityIncident: ((text: string) => boolean) | undefined,
): boolean {
  return open.category !== 'security' && (isSecurityIncident?.(text) ?? false);
}

/** The person wrote while the ticket is open: a command, or a line for the agent. */
/** turnState key naming the open ticket a customer message was relayed to (read by the decision log). */
export const HELD_TICKET_KEY = Symbol('heldTicket');

export async function routeToTicket(deps: RelayDeps, context: TurnContext, ticket: Ticket): Promise<void> {
  context.turnState.set(HELD_TICKET_KEY, ticket.ticketId);
  if (await answerCommand(deps, context, ticket)) return;
  if (await answerCallbackQuestion(deps, context, ticket)) return;
  const text = context.activity.text ?? '';
  // Files go with the line (their URLs checked and renewed); a dropped one leaves a placeholder.
  const attachments = context.activity.attachments ?? [];
  const files = relayableAttachments(attachments, urlCheckOf(deps, context.activity));
  const relayed = lineText(text, attachments.length, files);
  if (!relayed && !files.kept.length) return;
  await deps.service.customerSay(ticket, relayed, files.kept);
  // While an agent holds the chat the bot is silent; while waiting it confirms once per message.
  if (ticket.status === 'pending') {
    const status = await deps.service.status(ticket);
    await sayOnTicket(
      deps,
      context,
      ticket,
      deps.service.words.say('addedWhileWaiting', { ticketId: ticket.ticketId, status: status.text }),
    );
  }
}
