/** A real restify server with the agent hub mounted on port 0, over an in-memory SQLite store. */
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import restify from 'restify';
import { AgentAccountsDirectory, parseAgentsConfig } from '../../adapters/agents/accounts';
import { mountAgentHub, type AgentHub, type AgentHubOptions } from '../../adapters/agents/hub';
import { silentLogger } from '../../adapters/logger';
import { SqliteTicketStore } from '../../adapters/tickets/sqliteTicketStore';
import type { CustomerNote, HubEvent, Notifier } from '../../handoff/ports';
import { AgentPresence } from '../../handoff/presence';
import { HandoffService } from '../../handoff/service';
import type { Ticket } from '../../handoff/types';
import { HOURS, PRIORITIES } from '../handoff/fixtures';

export const SIGNING_KEY = 'test-signing-key-0123456789abcdef0123';

export class RecordingNotifier implements Notifier {
  customer: { ticketId: string; note: CustomerNote }[] = [];
  typing: { ticketId: string; agentName: string }[] = [];
  sink?: { broadcast(e: HubEvent): void };
  async toCustomer(ticket: Ticket, note: CustomerNote) {
    this.customer.push({ ticketId: ticket.ticketId, note });
  }
  typingToCustomer(ticket: Ticket, agentName: string) {
    this.typing.push({ ticketId: ticket.ticketId, agentName });
  }
  toAgents(event: HubEvent) {
    this.sink?.broadcast(event);
  }
}

export async function startHub(
  now: () => Date = () => new Date('2026-11-23T10:00:00.000Z'),
  opts: { attachmentUrl?: (url: string) => string | undefined } & Partial<
    Pick<
      AgentHubOptions,
      'limiterStore' | 'proxies' | 'revocations' | 'allowedOrigins' | 'loginAttemptsPerMinute'
    >
  > = {},
) {
  const db = new Database(':memory:');
  const store = new SqliteTicketStore(db);
  const notifier = new RecordingNotifier();
  const presence = new AgentPresence();
  const service = new HandoffService({
    store,
    notifier,
    presence,
    priorities: PRIORITIES,
    hours: HOURS,
    now,
  });
  const agents = new AgentAccountsDirectory(parseAgentsConfig('alice:alice-secret,bob:bob-secret-1'));
  const server = restify.createServer();
  const hub: AgentHub = mountAgentHub(server, {
    service,
    agents,
    signingKey: SIGNING_KEY,
    logger: silentLogger,
    now,
    ...opts,
  });
  notifier.sink = hub.sockets;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = async (path: string, opts: { token?: string; body?: unknown; method?: string } = {}) => {
    const res = await fetch(`${base}${path}`, {
      method: opts.method ?? (opts.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}),
        'Content-Type': 'application/json',
      },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
    const text = await res.text();
    const isJson = (res.headers.get('content-type') ?? '').includes('application/json');
    return {
      status: res.status,
      text,
      json: isJson && text ? (JSON.parse(text) as Record<string, unknown>) : {},
      headers: res.headers,
    };
  };
  const login = async (name: string, secret: string) =>
    (await call('/agent/api/login', { body: { name, secret } })).json.token as string;
  const openTicket = (over: Partial<Parameters<HandoffService['open']>[0]> = {}) =>
    service.open({
      conversationKey: 'webchat:c1',
      personKey: 'webchat:u1',
      customerRef: {
        channelId: 'webchat',
        serviceUrl: 'urn:selfhosted:directline',
        conversation: { id: 'c1' },
      },
      channelId: 'webchat',
      category: 'security',
      reason: 'account-compromise',
      summary: 'Account security: SECRET-SUMMARY payout details changed',
      fields: {
        whatHappened: 'SECRET-FIELD payout details changed',
        contact: { method: 'email', value: 'p@example.com' },
      },
      ...over,
    });
  return {
    base,
    call,
    login,
    openTicket,
    service,
    store,
    notifier,
    close: async () => {
      hub.close();
      // A browser page still holds keep-alive connections: close them, or close() waits for them.
      server.server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      db.close();
    },
  };
}
