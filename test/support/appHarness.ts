import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createLogger, silentLogger, type Logger } from '../../adapters/logger';
import { loadConfig } from '../../bot/config';
import { createApp, type App, type AppOverrides } from '../../bot/createApp';

export interface RunningApp {
  app: App;
  baseUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts the whole app on a free loopback port with a temporary data folder. */
export async function startApp(
  env: Record<string, string> = {},
  overrides: AppOverrides & { logger?: Logger } = {},
): Promise<RunningApp> {
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kx-app-'));
  // A real port up front, so the links the bot writes (PUBLIC_BASE_URL's default) point at it.
  const wanted = env.PORT ?? String(await freePort());
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    ...env,
    PORT: wanted,
    DATA_DIR: dataDir,
  });
  // KX_TEST_LOG=debug shows the app's log while debugging a test.
  const logger = process.env.KX_TEST_LOG
    ? createLogger(config.logLevel === 'silent' ? 'debug' : config.logLevel)
    : silentLogger;
  const app = await createApp(config, { logger, ...overrides });
  const port = await app.listen(config.port, '127.0.0.1');
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    stop: () => app.close(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

let seq = 0;

/** A message activity as a channel would post it, asking for the replies in the response body. */
export function messageActivity(text: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  seq += 1;
  return {
    type: 'message',
    id: `in-${seq}`,
    text,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    from: { id: 'user-1', name: 'Pat' },
    recipient: { id: 'bot', name: 'Kingston Express Support' },
    conversation: { id: 'conv-http-1' },
    ...extra,
  };
}

/** POSTs to /api/messages and returns status and parsed body. */
export async function postActivity(
  baseUrl: string,
  body: unknown,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
): Promise<{
  status: number;
  body: { activities?: Array<Record<string, unknown>>; error?: { message: string } };
}> {
  const res = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : {} };
}
