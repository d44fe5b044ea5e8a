/**
 * The widget's own small UI event (webchat.md §4): queue position, estimate, agent joined or
 * left. Only our widget understands it, so it goes to widget conversations only.
 */
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { QueueStatus } from '../../handoff/service';
import type { Ticket } from '../../handoff/types';
import { onWidget } from './relayDeps';

/** Our small UI event for the widget: queue position, estimate, agent joined or left. */
export const SUPPORT_QUEUE_EVENT = 'support.queue';

/** The event for this turn's conversation, or null off the widget. */
export function queueEvent(
  context: TurnContext,
  ticket: Ticket,
  status: Pick<QueueStatus, 'position' | 'estimate'>,
): Partial<Activity> | null {
  if (!onWidget(context.activity)) return null;
  return {
    type: ActivityTypes.Event,
    name: SUPPORT_QUEUE_EVENT,
    value: { ticketId: ticket.ticketId, position: status.position, estimate: status.estimate },
  };
}

/** Sends the event when the conversation is on the widget. */
export async function sendQueueEvent(
  context: TurnContext,
  ticket: Ticket,
  status: Pick<QueueStatus, 'position' | 'estimate'>,
): Promise<void> {
  const e = queueEvent(context, ticket, status);
  if (e) await context.sendActivity(e);
}
