/**
 * What every part of the relay needs: the service, the log, the clock and which file URLs a turn
 * may keep. One object, built once by the middleware, so each part is a plain function of it.
 */
import type { Activity, TurnContext } from 'botbuilder';
import { DIRECTLINE_SERVICE_URL } from '../../adapters/directline/localDirectLineAdapter';
import type { Logger } from '../../adapters/logger';
import type { HandoffService } from '../../handoff/service';
import type { Ticket } from '../../handoff/types';
import { urlCheckFor, type AttachmentUrlCheck } from './attachments';

export interface RelayDeps {
  service: HandoffService;
  log: Logger;
  now: () => Date;
  /** A fresh URL for one of our Direct Line attachment URLs, undefined for any other URL. */
  attachmentUrl?: AttachmentUrlCheck;
}

/** True on the widget's conversations (our own Direct Line). */
export function onWidget(activity: Partial<Activity>): boolean {
  return activity.serviceUrl === DIRECTLINE_SERVICE_URL;
}

/** Which attachment URLs this turn may keep: on the widget only ours, elsewhere https too. */
export function urlCheckOf(deps: RelayDeps, activity: Partial<Activity>): AttachmentUrlCheck {
  return urlCheckFor(deps.attachmentUrl, onWidget(activity));
}

/**
 * Answers the person and keeps the line in the ticket's transcript, so the agent who opens the
 * ticket reads what the bot told the person while they waited.
 */
export async function sayOnTicket(
  deps: RelayDeps,
  context: TurnContext,
  ticket: Ticket,
  reply: string | Partial<Activity>,
): Promise<void> {
  const text = typeof reply === 'string' ? reply : (reply.text ?? '');
  await deps.service.tickets.appendMessage({
    ticketId: ticket.ticketId,
    at: deps.now().toISOString(),
    from: 'bot',
    text,
  });
  await context.sendActivity(reply);
}
