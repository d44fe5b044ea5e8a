/**
 * The composition root: the only file that reads the environment or listens. Everything else is
 * built by createApp from the parsed config.
 */
import { loadConfig, ConfigError } from './config';
import { createApp } from './createApp';
import { createLogger } from '../adapters/logger';
import { KnowledgeError } from '../knowledge/kb/errors';
import { describeListenError } from './listenError';

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  let app;
  try {
    app = await createApp(config, { logger });
  } catch (err) {
    if (err instanceof KnowledgeError) {
      process.stderr.write(`The knowledge base is invalid, not starting:\n${err.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`Could not start: ${(err as Error).message}\n`);
    process.exit(1);
  }
  if (!config.bot.appId) {
    logger.warn(
      'MicrosoftAppId is empty: /api/messages accepts unauthenticated requests from this machine only',
    );
  } else {
    logger.info('channel authentication on', { appType: config.bot.appType, appId: config.bot.appId });
  }
  let port: number;
  try {
    port = await app.listen();
  } catch (err) {
    process.stderr.write(`Could not start: ${describeListenError(err, config)}\n`);
    await app.close().catch(() => undefined);
    process.exit(1);
  }
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  logger.info('ready', { port, url: `${config.publicBaseUrl}/`, readyMs: Math.round(readyMs) });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    app
      .close()
      .then(() => process.exit(0))
      .catch((err: Error) => {
        logger.error('shutdown failed', { err });
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

// Whatever else fails while starting: one line, not a stack trace, and a non-zero exit.
main().catch((err: unknown) => {
  process.stderr.write(`Could not start: ${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
