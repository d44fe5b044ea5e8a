import { ConversationState, MemoryStorage, TestAdapter, TurnContext } from 'botbuilder';
import { DialogSet, WaterfallDialog } from 'botbuilder-dialogs';
import { DIALOG_STATE_CONFIGURATION as KEY, SupportBot } from '../../bot/supportBot';

/** A one-step dialog that notes, per turn, the configuration its dialog context was built with. */
function recordingBot(seen: unknown[]) {
  const conversationState = new ConversationState(new MemoryStorage());
  const dialog = new WaterfallDialog('echo', [
    async (step) => {
      seen.push(step.context.turnState.get(KEY));
      await step.context.sendActivity(`echo: ${step.context.activity.text}`);
      return step.endDialog();
    },
  ]);
  return { bot: new SupportBot(conversationState, dialog) };
}

describe('the SDK contract SupportBot relies on', () => {
  it('botbuilder-dialogs keeps a dialog context’s memory configuration under the key SupportBot shares', async () => {
    // If an SDK upgrade renames the key, sharing silently stops (every turn builds its own again):
    // this test is where that upgrade finds out, instead of the bench.
    const dialogs = new DialogSet(new ConversationState(new MemoryStorage()).createProperty('dialogs'));
    const context = new TurnContext(new TestAdapter(async () => undefined), {
      type: 'message',
      channelId: 'test',
      conversation: { id: 'c', isGroup: false, conversationType: '', name: '' },
      from: { id: 'u', name: 'u' },
      recipient: { id: 'b', name: 'b' },
    });
    expect(context.turnState.has(KEY)).toBe(false);
    await dialogs.createContext(context);
    expect(context.turnState.get(KEY)).toEqual(expect.objectContaining({ memoryScopes: expect.any(Array) }));
  });
});

describe('SupportBot', () => {
  it('turn: later turns reuse the first turn’s dialog memory configuration and still run the dialog', async () => {
    const seen: unknown[] = [];
    const { bot } = recordingBot(seen);
    const adapter = new TestAdapter((context) => bot.run(context));
    await adapter.send('one').assertReply('echo: one').send('two').assertReply('echo: two').startTest();
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBeDefined();
    expect(seen[1]).toBe(seen[0]);
  });

  it('turn: a turn that brings its own memory scopes builds its own configuration', async () => {
    const seen: unknown[] = [];
    const { bot } = recordingBot(seen);
    let turn = 0;
    const adapter = new TestAdapter(async (context: TurnContext) => {
      turn += 1;
      if (turn === 2) context.turnState.set('memoryScopes', []);
      await bot.run(context);
    });
    await adapter.send('one').assertReply('echo: one').send('two').assertReply('echo: two').startTest();
    expect(seen[1]).toBeDefined();
    expect(seen[1]).not.toBe(seen[0]);
  });
});
