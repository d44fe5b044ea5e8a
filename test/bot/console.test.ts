import { PassThrough } from 'node:stream';
import { MemoryStorage } from 'botbuilder';
import { silentLogger } from '../../adapters/logger';
import { ConsoleAdapter } from '../../adapters/console/consoleAdapter';
import { consoleInProgress } from '../../bot/consoleInProgress';
import { createBot } from '../../bot/createBot';
import type { Ticket } from '../../handoff/types';
import { realAssistant } from '../support/botHarness';

/** The real bot behind the console adapter, with quit wired as `npm run chat` wires it. */
function consoleChat(openTicket: Partial<Ticket> | null = null) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const assistant = realAssistant().assistant;
  const built = createBot({
    storage: new MemoryStorage(),
    assistant,
    logger: silentLogger,
    now: () => new Date('2026-11-23T12:00:00Z'),
    cases: { find: async () => null },
    feedback: { feedback: async () => undefined, unanswered: async () => undefined },
  });
  const adapter = new ConsoleAdapter(input, output, {
    color: false,
    inProgress: consoleInProgress({
      conversationState: built.conversationState,
      tickets: {
        // The conversation's own lane only: the security lane has nothing open.
        findOpenByConversation: async (key) =>
          openTicket && !key.endsWith('#security') ? (openTicket as Ticket) : null,
      },
      teamOf: (c) => assistant.categoryLabel(c),
    }),
  });
  return {
    run: async (lines: string[]) => {
      input.end(lines.map((l) => `${l}\n`).join(''));
      await adapter.listen(built.logic);
      return printed;
    },
  };
}

describe('the console adapter (npm run chat)', () => {
  it('when lines are typed, then the same bot answers in the terminal and a button is pressed by its number', async () => {
    const printed = await consoleChat().run(['how long do refunds take?', '1']);

    expect(printed).toMatch(/Kingston Express support assistant/);
    expect(printed).toMatch(/help\/refund-processing-times/);
    expect(printed).toMatch(/1\. Yes\n\s+2\. No/);
    expect(printed).toMatch(/Glad that helped/);
  });

  it("when the bot's answer is Markdown, then the terminal shows words and URL, no stars or brackets", async () => {
    const printed = await consoleChat().run(['how long do refunds take?']);

    expect(printed).toMatch(/How long do refunds take\? \(http:\/\/[^)\s]+\/help\/refund-processing-times\)/);
    expect(printed).not.toMatch(/\*\*|\]\(/);
  });

  it('when the chat starts and after each answer, then the prompt says how to leave', async () => {
    const printed = await consoleChat().run(['how long do refunds take?']);

    expect(printed.match(/\(quit to leave\) > /g)).toHaveLength(2);
  });

  it('when quit is typed with nothing under way, then it says goodbye and reads no further line', async () => {
    const printed = await consoleChat().run(['quit', 'how long do refunds take?']);

    expect(printed).toMatch(/Goodbye\.\n$/);
    expect(printed).not.toMatch(/refund-processing-times/);
  });

  it('when the bot waits on an answer, then the first quit says what and how to leave anyway, and a second quit leaves', async () => {
    const printed = await consoleChat().run([
      'I got a chargeback notification from my bank',
      'quit',
      'exit',
      'how long do refunds take?',
    ]);

    expect(printed).toContain('Before you go:\n  - I am collecting the details for our team and asked for');
    expect(printed).toContain('Type quit again (or press Ctrl+D) to leave anyway');
    expect(printed).toMatch(/Goodbye\.\n$/);
    expect(printed).not.toMatch(/refund-processing-times/);
  });

  it('when something else is typed after the warning, then the chat carries on and quit warns again', async () => {
    const printed = await consoleChat().run([
      'I got a chargeback notification from my bank',
      'quit',
      'none',
      'quit',
    ]);

    expect(printed.match(/Before you go:/g)).toHaveLength(2);
    expect(printed).not.toContain('Goodbye.');
  });

  it('when a ticket is open, then quit names it and its team before leaving', async () => {
    const printed = await consoleChat({
      ticketId: 'T-ABC123',
      status: 'pending',
      category: 'dispute-chargeback',
    }).run(['quit']);

    expect(printed).toMatch(/Ticket T-ABC123 \(Disputes and chargebacks\) is waiting for a support agent\./);
    expect(printed).not.toContain('Goodbye.');
  });
});
