/** Ticket builders for the handoff tests: data made per test, the clock passed in. */
import type { CategoryPriorities, Ticket } from '../../handoff/types';
import type { SupportHours } from '../../handoff/hours';

export const PRIORITIES: CategoryPriorities = {
  security: { priority: 'urgent', rank: 4 },
  dispatch: { priority: 'high', rank: 3 },
  'dispute-chargeback': { priority: 'normal', rank: 2 },
  stalled: { priority: 'normal', rank: 1 },
};

export const HOURS: SupportHours = {
  days: [1, 2, 3, 4, 5, 6],
  open: '08:00',
  close: '20:00',
  timeZone: 'Europe/London',
};

/** A pending ticket; override anything. */
export function makeTicket(over: Partial<Ticket> = {}): Ticket {
  const id = over.ticketId ?? `T-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  return {
    ticketId: id,
    conversationKey: `webchat:conv-${id}`,
    personKey: `webchat:user-${id}`,
    customerRef: {
      channelId: 'webchat',
      serviceUrl: 'urn:selfhosted:directline',
      conversation: { id: `conv-${id}` },
    },
    channelId: 'webchat',
    category: 'security',
    priority: 'urgent',
    rank: 4,
    reason: 'account-compromise',
    summary: 'Account security: someone changed my payout details',
    fields: { whatHappened: 'someone changed my payout details', contact: { method: 'chat' } },
    status: 'pending',
    createdAt: '2026-11-23T10:00:00.000Z',
    expiresAt: '2026-11-23T14:00:00.000Z',
    version: 1,
    ...over,
  };
}
