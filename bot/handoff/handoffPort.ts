/** The dialogs' door to the handoff (dialogs/ports.ts HandoffPort): send handoff.initiate, read the outcome. */
import type { TurnContext } from 'botbuilder';
import type { HandoffOutcome, HandoffPort, HandoffRequest } from '../../dialogs/ports';
import type { OffHoursOffer } from '../../handoff/hours';
import type { WaitEstimate } from '../../handoff/queue';
import { randomTicketId, type OpenResult } from '../../handoff/service';
import type { CategoryPriorities } from '../../handoff/types';
import { buildHandoffInitiation } from './initiate';
import { conversationKey } from './keys';
import { HANDOFF_RESULT_KEY, HANDOFF_VIA_PORT_KEY } from './initiateToTicket';
import type { HandoffRelayMiddleware } from './relayMiddleware';

/** The outcome with the queue details, for dialogs that want more than the sentence. */
export interface BotHandoffOutcome extends HandoffOutcome {
  position: number | null;
  estimate: WaitEstimate;
  offHours: OffHoursOffer | null;
}

export class BotHandoff implements HandoffPort {
  constructor(
    private readonly relay: HandoffRelayMiddleware,
    private readonly priorities: CategoryPriorities,
    private readonly newTicketId: () => string = randomTicketId,
  ) {}

  /**
   * Sends handoff.initiate for this conversation (with the recent transcript); the relay
   * middleware opens or attaches the ticket on the way out and leaves the result here.
   * Requires the relay middleware to be registered on the adapter running this turn.
   */
  async request(context: TurnContext, req: HandoffRequest): Promise<BotHandoffOutcome> {
    const value = {
      ticketId: this.newTicketId(),
      category: req.category,
      priority: this.priorities[req.category].priority,
      reason: req.reason,
      summary: req.summary,
      fields: req.fields,
      caseId: req.caseId ?? req.fields.caseId,
      locale: context.activity.locale,
    };
    context.turnState.set(HANDOFF_VIA_PORT_KEY, true);
    const transcript = this.relay.transcript.recent(conversationKey(context.activity));
    await context.sendActivity(buildHandoffInitiation(context, value, transcript));
    const result = context.turnState.get(HANDOFF_RESULT_KEY) as OpenResult | undefined;
    if (!result)
      throw new Error(
        'handoff.initiate was not caught: is HandoffRelayMiddleware registered on this adapter?',
      );
    return {
      ticketId: result.ticket.ticketId,
      attached: result.attached,
      statusText: result.text,
      position: result.position,
      estimate: result.estimate,
      offHours: result.offHours,
    };
  }
}

/** Same as `new BotHandoff(…).request(context, req)`, for callers that prefer a function. */
export function requestHandoff(
  port: BotHandoff,
  context: TurnContext,
  req: HandoffRequest,
): Promise<BotHandoffOutcome> {
  return port.request(context, req);
}
