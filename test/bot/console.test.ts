import { PassThrough } from 'node:stream';
import { MemoryStorage } from 'botbuilder';
import { silentLogger } from '../../adapters/logger';
import { ConsoleAdapter } from '../../adapters/console/consoleAdapter';
import { createBot } from '../../bot/createBot';
import { realAssistant } from '../support/botHarness';

describe('the console adapter (npm run chat)', () => {
  it('when lines are typed, then the same bot answers in the terminal and a button is pressed by its number', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const built = createBot({
      storage: new MemoryStorage(),
      assistant: realAssistant().assistant,
      logger: silentLogger,
      now: () => new Date('2026-11-23T12:00:00Z'),
      cases: { find: async () => null },
      feedback: { feedback: async () => undefined, unanswered: async () => undefined },
    });
    const adapter = new ConsoleAdapter(input, output);

    input.end('how long do refunds take?\n1\n');
    await adapter.listen(built.logic);

    expect(printed).toMatch(/Kingston Express support assistant/);
    expect(printed).toMatch(/help\/refund-processing-times/);
    expect(printed).toMatch(/1\. Yes\n\s+2\. No/);
    expect(printed).toMatch(/Glad that helped/);
  });
});
