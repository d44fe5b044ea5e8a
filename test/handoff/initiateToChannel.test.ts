/**
 * Where handoff.initiate goes besides our hub: to the customer's conversation on channels that
 * carry events (HANDOFF_EVENT_CHANNELS), with the ticket's id; nowhere on the others.
 */
import Database from 'better-sqlite3';
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { silentLogger } from '../../adapters/logger';
import { SqliteTicketStore } from '../../adapters/tickets/sqliteTicketStore';
import { BotHandoff } from '../../bot/handoff/handoffPort';
import { HandoffRelayMiddleware } from '../../bot/handoff/relayMiddleware';
import { AgentPresence } from '../../handoff/presence';
import { HandoffService } from '../../handoff/service';
import { HOURS, PRIORITIES } from './fixtures';

async function handoffOn(channelId: string): Promise<Partial<Activity>[]> {
  const now = () => new Date('2026-11-23T10:00:00.000Z');
  const service = new HandoffService({
    store: new SqliteTicketStore(new Database(':memory:')),
    notifier: {
      toCustomer: async () => undefined,
      toAgents: () => undefined,
      typingToCustomer: () => undefined,
    },
    presence: new AgentPresence(),
    priorities: PRIORITIES,
    hours: HOURS,
    now,
  });
  const relay = new HandoffRelayMiddleware({
    service,
    logger: silentLogger,
    now,
    initiateReachesChannel: (c) => ['webchat', 'emulator'].includes(c),
  });
  const port = new BotHandoff(relay, PRIORITIES, () => 'T-000077');
  const logic = async (context: TurnContext) => {
    await port.request(context, {
      category: 'security',
      reason: 'account-compromise',
      summary: 'Account security',
      fields: { whatHappened: 'someone changed my password', contact: { method: 'chat' } },
    });
  };
  const adapter = new TestAdapter(logic, { channelId }).use(relay);
  await adapter.send('my account was hacked').startTest();
  const out: Partial<Activity>[] = [];
  let a: Partial<Activity> | undefined;
  while ((a = adapter.activeQueue.shift())) out.push(a);
  return out;
}

describe('handoff.initiate on the customer channel', () => {
  it('when the channel carries events, then the conversation gets the event with the ticket and the transcript', async () => {
    const out = await handoffOn('emulator');
    const event = out.find((a) => a.name === 'handoff.initiate');
    expect(event).toMatchObject({
      type: 'event',
      value: { ticketId: 'T-000077', category: 'security', priority: 'urgent' },
      attachments: [{ contentType: 'application/json', name: 'Transcript' }],
    });
    expect(event?.conversation?.id).toBeTruthy();
  });

  it('when the channel is not listed (Teams refuses events), then the event is dropped there', async () => {
    const out = await handoffOn('msteams');
    expect(out.some((a) => a.name === 'handoff.initiate')).toBe(false);
  });
});
