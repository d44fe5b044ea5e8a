/**
 * "callback" while waiting: the bot asks for the number (or confirms the one it has) and offers
 * times inside support hours in the person's own zone, and promises the call only once both are
 * settled. The question being asked is kept on the ticket (followUp.asking), so the next message
 * is read as its answer even after a restart.
 */
import { MessageFactory, type TurnContext } from 'botbuilder';
import { callbackSlots, knownPhone, pickSlot, readPhone, withPhone } from '../../handoff/callback';
import { timeForPerson } from '../../handoff/hours';
import type { Ticket } from '../../handoff/types';
import { isCancel } from '../../knowledge/conversation';
import { sayOnTicket, type RelayDeps } from './relayDeps';

/** The person typed "callback": ask for the number, or confirm it and offer times. */
export async function startCallback(deps: RelayDeps, context: TurnContext, ticket: Ticket): Promise<void> {
  const phone = knownPhone(ticket);
  if (!phone) {
    await deps.service.setFollowUp(ticket, { method: 'callback', asking: 'phone' });
    await sayOnTicket(
      deps,
      context,
      ticket,
      deps.service.words.say('callbackAskPhone', { ticketId: ticket.ticketId }),
    );
    return;
  }
  await askTime(deps, context, await deps.service.setFollowUp(ticket, withPhone(phone)), phone);
}

/** Reads the message as the answer to the call-back question being asked; false when none is. */
export async function answerCallbackQuestion(
  deps: RelayDeps,
  context: TurnContext,
  ticket: Ticket,
): Promise<boolean> {
  const asking = ticket.followUp?.method === 'callback' ? ticket.followUp.asking : undefined;
  if (!asking || ticket.status !== 'pending') return false;
  const text = context.activity.text ?? '';
  const words = deps.service.words;
  if (isCancel(text)) {
    await deps.service.setFollowUp(ticket, undefined, 'Customer dropped the call back.');
    await sayOnTicket(deps, context, ticket, words.say('callbackDropped', { ticketId: ticket.ticketId }));
    return true;
  }
  // A number is welcome at either question: the first answer, or a correction of the one confirmed.
  const phone = readPhone(text);
  if (phone) {
    await askTime(deps, context, await deps.service.setFollowUp(ticket, withPhone(phone)), phone);
    return true;
  }
  if (asking === 'phone') {
    await sayOnTicket(deps, context, ticket, words.say('callbackBadPhone'));
    return true;
  }
  const slots = callbackSlots(deps.now(), deps.service.hours, ticket.customerTimeZone);
  const slot = pickSlot(text, slots);
  const number = ticket.followUp?.phone;
  if (!slot || !number) {
    await offerSlots(deps, context, ticket, slots, words.say('callbackBadTime'));
    return true;
  }
  // Agents read the time in their own zone; the person was told it in theirs.
  const forAgents = timeForPerson(slot.at, undefined, deps.service.hours);
  await deps.service.setFollowUp(
    ticket,
    { method: 'callback', phone: number, at: slot.at.toISOString() },
    `Customer asks for a call back on ${number} at ${forAgents}.`,
  );
  await sayOnTicket(
    deps,
    context,
    ticket,
    words.say('callbackBooked', { phone: number, when: slot.label, ticketId: ticket.ticketId }),
  );
  return true;
}

async function askTime(deps: RelayDeps, context: TurnContext, ticket: Ticket, phone: string): Promise<void> {
  const slots = callbackSlots(deps.now(), deps.service.hours, ticket.customerTimeZone);
  await offerSlots(deps, context, ticket, slots, deps.service.words.say('callbackAskTime', { phone }));
}

/** Says `text` with one button per call-back time on offer. */
async function offerSlots(
  deps: RelayDeps,
  context: TurnContext,
  ticket: Ticket,
  slots: readonly { label: string }[],
  text: string,
): Promise<void> {
  await sayOnTicket(
    deps,
    context,
    ticket,
    MessageFactory.suggestedActions(
      slots.map((s) => s.label),
      text,
    ),
  );
}
