import { ActivityTypes, INVOKE_RESPONSE_KEY, TurnContext, type Activity } from 'botbuilder';
import {
  DIRECTLINE_CHANNEL_ID,
  DIRECTLINE_SERVICE_URL,
  LocalDirectLineAdapter,
} from '../../adapters/directline';

const inbound: Partial<Activity> = {
  type: ActivityTypes.Message,
  id: 'conv-1|0000002',
  text: 'hi',
  channelId: DIRECTLINE_CHANNEL_ID,
  serviceUrl: DIRECTLINE_SERVICE_URL,
  conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' },
  from: { id: 'dl_user', name: '', role: 'user' },
  recipient: { id: 'support-bot', name: 'Kingston Express Support', role: 'bot' },
};

describe('LocalDirectLineAdapter', () => {
  test('sendActivities delivers messages, support.* events and handoff.initiate (the relay decides which channels get it), drops the hub-side handoff.* events and traces, keeps invokeResponse in turn state', async () => {
    const delivered: Partial<Activity>[] = [];
    const adapter = new LocalDirectLineAdapter(async (a) => {
      delivered.push(a);
      return { id: `id-${delivered.length}` };
    });
    let invoke: unknown;
    await adapter.processActivity(inbound, async (context) => {
      const responses = await context.sendActivities([
        { type: ActivityTypes.Message, text: 'answer' },
        { type: ActivityTypes.Trace, name: 'debug' },
        { type: ActivityTypes.Event, name: 'handoff.initiate', value: { ticketId: 'T-1' } },
        { type: ActivityTypes.Event, name: 'handoff.status', value: { state: 'completed' } },
        { type: ActivityTypes.Event, name: 'support.queue', value: { status: 'queued', position: 2 } },
        { type: ActivityTypes.InvokeResponse, value: { status: 200 } },
      ]);
      invoke = context.turnState.get(INVOKE_RESPONSE_KEY);
      expect(responses.map((r) => r.id)).toEqual(['id-1', '', 'id-2', '', 'id-3', '']);
    });
    expect(delivered.map((a) => a.name ?? a.text)).toEqual(['answer', 'handoff.initiate', 'support.queue']);
    expect(delivered[0]).toMatchObject({ replyToId: 'conv-1|0000002', recipient: { id: 'dl_user' } });
    expect(invoke).toMatchObject({ type: ActivityTypes.InvokeResponse });
  });

  test('continueConversationAsync runs the logic in the stored conversation, as CloudAdapter callers expect', async () => {
    const delivered: Partial<Activity>[] = [];
    const adapter = new LocalDirectLineAdapter(async (a) => {
      delivered.push(a);
      return { id: 'x' };
    });
    const reference = TurnContext.getConversationReference(inbound);
    await adapter.continueConversationAsync('', reference, async (context) => {
      await context.sendActivity({
        type: ActivityTypes.Message,
        text: 'an agent joined',
        channelData: { agent: { id: 'agent-7', name: 'Priya' } },
      });
    });
    expect(delivered[0]).toMatchObject({
      conversation: { id: 'conv-1' },
      text: 'an agent joined',
      channelData: { agent: { name: 'Priya' } },
    });
  });

  test('updateActivity and deleteActivity are refused, as on the Azure Direct Line channel', async () => {
    const adapter = new LocalDirectLineAdapter(async () => ({ id: 'x' }));
    await expect(
      adapter.processActivity(inbound, (c) => c.updateActivity({ id: '1', text: 'x' }).then(() => undefined)),
    ).rejects.toThrow(/not supported/);
  });
});
