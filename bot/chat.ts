/** `npm run chat`: the same bot in the terminal, through the console adapter. */
import { ConsoleAdapter } from '../adapters/console/consoleAdapter';
import { createLogger } from '../adapters/logger';
import { loadConfig } from './config';
import { consoleInProgress } from './consoleInProgress';
import { createApp } from './createApp';

async function chat(): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  const app = await createApp(config, { logger: createLogger(config.logLevel) });
  const adapter = new ConsoleAdapter(process.stdin, process.stdout, {
    // quit asks first while a ticket is open or the bot waits on an answer.
    inProgress: consoleInProgress({
      conversationState: app.built.conversationState,
      tickets: app.handoff.store,
      teamOf: (category) => app.assistant.categoryLabel(category),
    }),
  });
  adapter.onTurnError = app.built.onTurnError;
  for (const m of app.built.middleware) adapter.use(m);
  await adapter.listen(app.built.logic);
  await app.close();
}

chat().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
