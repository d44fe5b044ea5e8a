/**
 * A stand-alone hub process for the restart test: the real store, service and agent API on a
 * SQLite file, plus a test-only route that plays the customer's side. Prints {"port"} when ready.
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { AgentAccountsDirectory, parseAgentsConfig } from '../../adapters/agents/accounts';
import { mountAgentHub } from '../../adapters/agents/hub';
import { silentLogger } from '../../adapters/logger';
import { openSqlite } from '../../adapters/storage/sqlite';
import { SqliteTicketStore } from '../../adapters/tickets/sqliteTicketStore';
import { AgentPresence } from '../../handoff/presence';
import { HandoffService } from '../../handoff/service';
import { HOURS, PRIORITIES } from '../handoff/fixtures';
import { SIGNING_KEY } from './harness';

const db = openSqlite(process.argv[2]);
const store = new SqliteTicketStore(db);
const presence = new AgentPresence();
const sink: { broadcast(e: unknown): void } = { broadcast: () => undefined };
const service = new HandoffService({
  store,
  presence,
  priorities: PRIORITIES,
  hours: HOURS,
  now: () => new Date(),
  notifier: {
    toCustomer: async () => undefined,
    toAgents: (e) => sink.broadcast(e),
    typingToCustomer: () => undefined,
  },
});
const server = restify.createServer();
const hub = mountAgentHub(server, {
  service,
  agents: new AgentAccountsDirectory(parseAgentsConfig('alice:alice-secret')),
  signingKey: SIGNING_KEY,
  logger: silentLogger,
});
sink.broadcast = (e) => hub.sockets.broadcast(e as Parameters<typeof hub.sockets.broadcast>[0]);
server.post('/test/customer', async (req: restify.Request, res: restify.Response) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const { text } = JSON.parse(Buffer.concat(chunks).toString()) as { text: string };
  const open = await store.findOpenByConversation('webchat:restart');
  const ticket =
    open ??
    (
      await service.open({
        conversationKey: 'webchat:restart',
        personKey: 'webchat:u-restart',
        customerRef: {
          channelId: 'webchat',
          serviceUrl: 'urn:selfhosted:directline',
          conversation: { id: 'restart' },
        },
        channelId: 'webchat',
        category: 'security',
        reason: 'account-compromise',
        summary: 'Account security: restart test',
        fields: { whatHappened: text, contact: { method: 'chat' } },
      })
    ).ticket;
  await service.customerSay(ticket, text);
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ ticketId: ticket.ticketId }));
});
server.listen(0, '127.0.0.1', () =>
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`),
);
