/**
 * Applies the hub's `handoff.status` (accepted, failed, completed) to the conversation's open
 * ticket: from the relay for an authenticated channel's turn, and from /api/messages for the
 * external hub that presented its secret (no turn: the service tells the customer itself).
 * Who may send it is decided before, in trustedSources.ts.
 */
import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from '../../adapters/logger';
import { z } from 'zod';
import type { HandoffService } from '../../handoff/service';
import { conversationKey } from './keys';
import { hubStatusSource } from './trustedSources';

const statusValueSchema = z.object({
  state: z.enum(['accepted', 'failed', 'completed']),
  message: z.string().max(2000).optional(),
});

/** 'applied' also for a repeat or a conversation without an open ticket (the protocol says never reject). */
export type HubStatusOutcome = 'applied' | 'bad-value';

export async function applyHubStatus(
  service: HandoffService,
  activity: Partial<Activity>,
): Promise<HubStatusOutcome> {
  const value = statusValueSchema.safeParse(activity.value);
  if (!value.success) return 'bad-value';
  await service.hubStatus(conversationKey(activity), value.data.state, value.data.message);
  return 'applied';
}

/**
 * The hub's `handoff.status` arriving as a turn (an authenticated channel): applied when the
 * source is trusted, logged and dropped otherwise. Repeats and unknown states are accepted quietly.
 */
export async function hubStatusTurn(
  service: HandoffService,
  log: Logger,
  context: TurnContext,
): Promise<void> {
  const key = conversationKey(context.activity);
  const source = hubStatusSource(context);
  if (!source.trusted)
    log.warn('handoff.status refused: not from a trusted hub', {
      conversationKey: key,
      reason: source.reason,
    });
  else if ((await applyHubStatus(service, context.activity)) === 'bad-value')
    log.warn('handoff.status ignored: bad value', { conversationKey: key });
}
