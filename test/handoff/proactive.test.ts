import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import { silentLogger } from '../../adapters/logger';
import { ProactiveNotifier, type ProactiveAdapter } from '../../bot/handoff/proactive';
import { DIRECTLINE_SERVICE_URL } from '../../bot/handoff/relayMiddleware';
import { makeTicket } from './fixtures';

/** Records what a proactive turn sends; `gate` lets a test hold a delivery open. */
function recordingAdapter(name: string, log: string[], gate?: Promise<void>): ProactiveAdapter {
  return {
    async continueConversationAsync(
      _appId: string,
      ref: Partial<ConversationReference>,
      logic: (c: TurnContext) => Promise<void>,
    ) {
      await gate;
      const context = {
        sendActivities: async (acts: Partial<Activity>[]) => {
          for (const a of acts) log.push(`${name}:${ref.conversation?.id}:${a.type}:${a.text ?? a.name}`);
          return [];
        },
      } as unknown as TurnContext;
      await logic(context);
    },
  };
}

describe('ProactiveNotifier', () => {
  it('when the reference is a widget conversation, then the Direct Line adapter delivers; otherwise CloudAdapter', async () => {
    const log: string[] = [];
    const n = new ProactiveNotifier({
      appId: '',
      logger: silentLogger,
      cloudAdapter: recordingAdapter('cloud', log),
      directLineAdapter: recordingAdapter('dl', log),
    });
    await n.toCustomer(makeTicket({ ticketId: 'T-1' }), { text: 'Hi', agentName: 'Alice' });
    const teams = makeTicket({
      ticketId: 'T-2',
      customerRef: {
        channelId: 'msteams',
        serviceUrl: 'https://smba.trafficmanager.net/',
        conversation: { id: 'teams-1' },
      },
    });
    await n.toCustomer(teams, { text: 'Hi', agentName: 'Alice' });
    expect(log).toEqual([`dl:conv-T-1:message:Hi`, 'cloud:teams-1:message:Alice: Hi']);
    expect(DIRECTLINE_SERVICE_URL).toBe('urn:selfhosted:directline');
  });

  it('when the channel is slow, then the caller is released after deliveryWaitMs and messages still arrive in order', async () => {
    const log: string[] = [];
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const n = new ProactiveNotifier({
      appId: '',
      logger: silentLogger,
      directLineAdapter: recordingAdapter('dl', log, gate),
      deliveryWaitMs: 10,
    });
    const t = makeTicket({ ticketId: 'T-1' });
    await n.toCustomer(t, { text: 'one' });
    await n.toCustomer(t, { text: 'two' });
    expect(log).toEqual([]);
    open();
    await n.toCustomer(t, { text: 'three' });
    expect(log).toEqual(['dl:conv-T-1:message:one', 'dl:conv-T-1:message:two', 'dl:conv-T-1:message:three']);
  });

  it('when the agent types, then a typing activity named for the agent goes out behind the messages already queued, and nobody waits for it', async () => {
    const log: string[] = [];
    const sent: Partial<Activity>[] = [];
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const adapter = recordingAdapter('dl', log, gate);
    const n = new ProactiveNotifier({
      appId: '',
      logger: silentLogger,
      directLineAdapter: {
        continueConversationAsync: (appId, ref, logic) =>
          adapter.continueConversationAsync(appId, ref, async (c) => {
            const send = c.sendActivities.bind(c);
            c.sendActivities = async (acts: Partial<Activity>[]) => (sent.push(...acts), send(acts));
            await logic(c);
          }),
      },
      deliveryWaitMs: 10,
    });
    const t = makeTicket({ ticketId: 'T-1' });
    await n.toCustomer(t, { text: 'one', agentName: 'Alice' });
    n.typingToCustomer(t, 'Alice');
    await n.toCustomer(t, { text: 'two', agentName: 'Alice' });
    expect(log).toEqual([]);
    open();
    await n.toCustomer(t, { text: 'three' });
    expect(log).toEqual([
      'dl:conv-T-1:message:one',
      'dl:conv-T-1:typing:undefined',
      'dl:conv-T-1:message:two',
      'dl:conv-T-1:message:three',
    ]);
    expect(sent[1]).toEqual({ type: 'typing', channelData: { agentName: 'Alice' } });
  });
});
