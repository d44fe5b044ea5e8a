/**
 * What is under way in a terminal conversation, for `quit` (adapters/console/leaving.ts): its open
 * tickets (the conversation's own and its urgent security lane) and the question the bot waits on.
 * Read from the same store and state the turn uses, without running a turn.
 */
import type { ConversationState, TurnContext } from 'botbuilder';
import { describeInProgress, type OpenTicket } from '../adapters/console/leaving';
import type { TicketStore } from '../handoff/ports';
import { CONVERSATION_DATA, type ConversationData } from '../dialogs/state';
import { readMemory } from '../knowledge/conversation';
import type { Category } from '../knowledge/types';
import { conversationKey, securityLaneKey } from './handoff/keys';

export interface ConsoleInProgressDeps {
  conversationState: ConversationState;
  tickets: Pick<TicketStore, 'findOpenByConversation'>;
  /** The team's name in words (Assistant.categoryLabel). */
  teamOf: (category: Category) => string;
}

export function consoleInProgress(deps: ConsoleInProgressDeps): (context: TurnContext) => Promise<string[]> {
  const data = deps.conversationState.createProperty<ConversationData>(CONVERSATION_DATA);
  return async (context) => {
    await deps.conversationState.load(context);
    const memory = readMemory(await data.get(context));
    const key = conversationKey(context.activity);
    const found = await Promise.all(
      [key, securityLaneKey(key)].map((k) => deps.tickets.findOpenByConversation(k)),
    );
    const tickets: OpenTicket[] = found.flatMap((t) =>
      t && (t.status === 'pending' || t.status === 'assigned')
        ? [{ ticketId: t.ticketId, status: t.status, team: deps.teamOf(t.category), agentName: t.agentName }]
        : [],
    );
    const pending = memory.pending;
    return describeInProgress({
      tickets,
      question: pending && {
        kind: pending.kind,
        field: pending.kind === 'intake' ? pending.field : undefined,
      },
    });
  };
}
