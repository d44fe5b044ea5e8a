/** The handoff service over in-memory SQLite, a recording notifier and a clock the test moves. */
import Database from 'better-sqlite3';
import { SqliteTicketStore } from '../../adapters/tickets/sqliteTicketStore';
import type { CustomerNote, HubEvent, Notifier, TicketStore } from '../../handoff/ports';
import { AgentPresence } from '../../handoff/presence';
import { HandoffService, type OpenRequest } from '../../handoff/service';
import type { Ticket } from '../../handoff/types';
import { HOURS, PRIORITIES } from './fixtures';

export class RecordingNotifier implements Notifier {
  customer: { ticketId: string; note: CustomerNote }[] = [];
  agents: HubEvent[] = [];
  typing: { ticketId: string; agentName: string }[] = [];
  async toCustomer(ticket: Ticket, note: CustomerNote) {
    this.customer.push({ ticketId: ticket.ticketId, note });
  }
  typingToCustomer(ticket: Ticket, agentName: string) {
    this.typing.push({ ticketId: ticket.ticketId, agentName });
  }
  toAgents(event: HubEvent) {
    this.agents.push(event);
  }
}

export const ALICE = { id: 'alice', name: 'Alice' };
export const BOB = { id: 'bob', name: 'Bob' };

/** A service over in-memory SQLite with a clock the test moves; `wrap` may put a store in between. */
export function setup(
  start = '2026-11-23T10:00:00.000Z',
  wrap: (store: SqliteTicketStore) => TicketStore = (s) => s,
) {
  let clock = new Date(start);
  const db = new Database(':memory:');
  const store = new SqliteTicketStore(db);
  const notifier = new RecordingNotifier();
  const presence = new AgentPresence();
  let n = 0;
  const service = new HandoffService({
    store: wrap(store),
    notifier,
    presence,
    priorities: PRIORITIES,
    hours: HOURS,
    now: () => clock,
    newTicketId: () => `T-${String(++n).padStart(6, '0')}`,
  });
  return {
    service,
    store,
    notifier,
    presence,
    advance: (ms: number) => (clock = new Date(clock.getTime() + ms)),
    now: () => clock,
  };
}

export function request(over: Partial<OpenRequest> = {}): OpenRequest {
  const conv = over.conversationKey ?? 'webchat:c1';
  return {
    conversationKey: conv,
    personKey: 'webchat:u1',
    customerRef: {
      channelId: 'webchat',
      serviceUrl: 'urn:selfhosted:directline',
      conversation: { id: conv.split(':')[1] },
    },
    channelId: 'webchat',
    category: 'security',
    reason: 'account-compromise',
    summary: 'Account security: payout details changed',
    fields: { whatHappened: 'payout details changed without me', contact: { method: 'chat' } },
    ...over,
  };
}
