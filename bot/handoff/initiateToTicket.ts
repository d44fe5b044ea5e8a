/**
 * Turns our outgoing handoff.initiate event into a ticket (handoff.md §4.2): opened, or the
 * request added to the person's open one ("never a second ticket"). What the person reads in its
 * place is returned; where the event itself goes is decided by the caller.
 */
import { MessageFactory, TurnContext, type Activity } from 'botbuilder';
import type { OpenResult } from '../../handoff/service';
import type { ConversationRef } from '../../handoff/types';
import { initiateValueSchema, transcriptLines, type InitiateValue } from './initiate';
import { conversationKey, personKey, securityLaneKey } from './keys';
import { queueEvent } from './queueEvent';
import { urlCheckOf, type RelayDeps } from './relayDeps';

/** turnState key under which the outcome of an initiate sent in this turn is left for the port. */
export const HANDOFF_RESULT_KEY = Symbol('handoffResult');
/** turnState flag set by the port: its caller words the confirmation, so no plain message is added. */
export const HANDOFF_VIA_PORT_KEY = Symbol('handoffViaPort');

export interface InitiateOutcome {
  result: OpenResult;
  /** The event's value with the ticket it ended up on (an attached request names the open one). */
  value: InitiateValue;
  /** What the person reads instead of the event: a sentence (unless the port words it) and the widget's queue event. */
  replacement: Partial<Activity>[];
}

/** Opens or attaches the ticket for `event`, sent in this turn. */
export async function ticketFromInitiate(
  deps: RelayDeps,
  context: TurnContext,
  event: Partial<Activity>,
): Promise<InitiateOutcome> {
  const value = initiateValueSchema.parse(event.value);
  const inbound = context.activity;
  const ref = TurnContext.getConversationReference(inbound) as unknown as ConversationRef;
  const key = conversationKey(inbound);
  const other = await deps.service.tickets.findOpenByConversation(key);
  // A security incident never joins a lower-priority ticket: it gets the urgent lane.
  const lane =
    value.category === 'security' && other && other.category !== 'security' ? securityLaneKey(key) : key;
  const result = await deps.service.open({
    ticketId: value.ticketId,
    conversationKey: lane,
    personKey: personKey(inbound),
    caseId: value.caseId ?? value.fields.caseId,
    customerRef: ref,
    channelId: inbound.channelId ?? 'unknown',
    category: value.category,
    reason: value.reason,
    summary: value.summary,
    fields: value.fields,
    transcript: transcriptLines(event, deps.now(), urlCheckOf(deps, inbound)),
    customerTimeZone: typeof inbound.localTimezone === 'string' ? inbound.localTimezone : undefined,
  });
  context.turnState.set(HANDOFF_RESULT_KEY, result);
  deps.log.info('handoff initiated', {
    ticketId: result.ticket.ticketId,
    attached: result.attached,
    category: value.category,
    position: result.position,
  });
  const replacement: Partial<Activity>[] = [];
  if (!context.turnState.get(HANDOFF_VIA_PORT_KEY)) {
    const words = deps.service.words;
    const vars = { ticketId: result.ticket.ticketId, status: result.text };
    replacement.push(
      MessageFactory.text(result.attached ? words.say('attached', vars) : words.say('opened', vars)),
    );
  }
  const queue = queueEvent(context, result.ticket, result);
  if (queue) replacement.push(queue);
  return { result, value: { ...value, ticketId: result.ticket.ticketId }, replacement };
}
