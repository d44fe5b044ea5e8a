/**
 * Applies the hub's `handoff.status` (accepted, failed, completed) to the conversation's open
 * ticket: from the relay for an authenticated channel's turn, and from /api/messages for the
 * external hub that presented its secret (no turn: the service tells the customer itself).
 * Who may send it is decided before, in trustedSources.ts.
 */
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { HandoffService } from '../../handoff/service';
import { conversationKey } from './keys';

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
