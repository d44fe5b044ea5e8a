import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { SupportBot } from '../../bot/supportBot';

/** The key botbuilder-dialogs caches its memory-scope configuration under for a turn. */
const KEY = 'DialogStateManagerConfiguration';

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
