import { ActivityTypes, MemoryStorage, TestAdapter } from 'botbuilder';
import { createLogger } from '../../adapters/logger';
import { createBot } from '../../bot/createBot';
import { realAssistant } from '../support/botHarness';

describe('the per-turn error boundary', () => {
  it('when a turn throws, then the person gets a plain apology, the error is logged with the conversation id, and the next turn starts clean', async () => {
    const lines: string[] = [];
    const logger = createLogger('error', { write: (l: string) => lines.push(l) });
    let failNext = true;
    const built = createBot({
      storage: new MemoryStorage(),
      assistant: realAssistant().assistant,
      logger,
      now: () => new Date('2026-11-23T12:00:00Z'),
      cases: { find: async () => null },
      feedback: {
        feedback: async () => undefined,
        unanswered: async () => {
          if (failNext) {
            failNext = false;
            throw new Error('database is locked (internal detail)');
          }
        },
      },
    });
    const adapter = new TestAdapter((ctx) => built.logic(ctx));
    adapter.onTurnError = built.onTurnError;

    await adapter.receiveActivity({ type: ActivityTypes.Message, text: 'I want to talk to a human' });
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity({ type: ActivityTypes.Message, text: 'cancel' });
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity({ type: ActivityTypes.Message, text: 'what is the capital of Peru?' });
    const replies = adapter.activeQueue.splice(0).filter((a) => a.type === ActivityTypes.Message);

    expect(replies.map((r) => r.text).join(' ')).toMatch(/Sorry, something went wrong on my side/);
    expect(replies.map((r) => r.text).join(' ')).not.toMatch(/database is locked/);
    const logged = JSON.parse(lines[0]);
    expect(logged).toMatchObject({ level: 'error', msg: 'turn failed', conversationId: 'Convo1' });
    expect(logged.err.message).toMatch(/database is locked/);

    await adapter.receiveActivity({ type: ActivityTypes.Message, text: 'how long do refunds take?' });
    const next = adapter.activeQueue.splice(0);
    expect(
      next.some(
        (a) => (a.channelData as { triage?: { topic: string } })?.triage?.topic === 'refund-processing-times',
      ),
    ).toBe(true);
  });
});
