import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { ActivityTypes, MessageFactory, type TurnContext } from 'botbuilder';
import type BetterSqlite3 from 'better-sqlite3';
import type { Pool } from 'pg';
import { silentLogger, type Logger } from '../../adapters/logger';
import type { TrustedProxies } from '../../adapters/http/clientAddress';
import type { LimiterStore } from '../../adapters/http/rateLimits';
import {
  mountDirectLine,
  type DirectLineLimits,
  type DirectLineQuotas,
  type LocalDirectLineAdapter,
  type MountedDirectLine,
} from '../../adapters/directline';

export const SECRET = 'test-secret-not-for-production';

/** A stepping clock: tests move time instead of sleeping. */
export function manualClock(start = new Date('2026-05-01T10:00:00Z')) {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

/** An echo bot: greets the user once on conversationUpdate, answers "echo: <text>". */
export async function echoLogic(context: TurnContext): Promise<void> {
  const a = context.activity;
  if (a.type === ActivityTypes.ConversationUpdate) {
    if (a.membersAdded?.some((m) => m.id !== a.recipient.id))
      await context.sendActivity('Welcome to the echo bot');
    return;
  }
  if (a.type === ActivityTypes.Message)
    await context.sendActivity(MessageFactory.text(`echo: ${a.text ?? ''}`));
}

export interface TestServer {
  url: string;
  adapter: LocalDirectLineAdapter;
  purgeInactiveBefore: MountedDirectLine['purgeInactiveBefore'];
  close(): Promise<void>;
}

/** Quotas no test meets unless it means to. */
export const GENEROUS_QUOTAS: DirectLineQuotas = {
  conversationsPerAddressPerMinute: 1000,
  messagesPerConversationPerMinute: 1000,
  messagesPerAddressPerMinute: 1000,
  uploadBytesPerConversationPerDay: 1024 * 1024 * 1024,
  uploadBytesPerAddressPerDay: 1024 * 1024 * 1024,
};

/** A restify server on port 0 with Direct Line mounted; quotas are generous unless given. */
export async function startServer(
  opts: {
    logic?: (context: TurnContext) => Promise<void>;
    now?: () => Date;
    limits?: Partial<DirectLineLimits>;
    quotas?: Partial<DirectLineQuotas>;
    limiterStore?: LimiterStore;
    proxies?: TrustedProxies;
    db?: BetterSqlite3.Database;
    pg?: { pool: Pool; schema?: string };
    logger?: Logger;
    signingKey?: Buffer;
    allowedOrigins?: string[];
    publicBaseUrl?: string;
  } = {},
): Promise<TestServer> {
  const server = restify.createServer();
  const mounted = mountDirectLine(server, {
    logic: opts.logic ?? echoLogic,
    logger: opts.logger ?? silentLogger,
    signingKey: opts.signingKey ?? crypto.randomBytes(32),
    secret: SECRET,
    db: opts.db,
    pg: opts.pg,
    allowedOrigins: opts.allowedOrigins ?? [],
    now: opts.now,
    publicBaseUrl: opts.publicBaseUrl,
    limits: opts.limits,
    quotas: { ...GENEROUS_QUOTAS, ...opts.quotas },
    limiterStore: opts.limiterStore,
    proxies: opts.proxies,
  });
  mounted.resumeTurns();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    adapter: mounted.adapter,
    purgeInactiveBefore: (cutoff) => mounted.purgeInactiveBefore(cutoff),
    close: async () => {
      await mounted.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** fetch with a bearer and a JSON body; returns status, headers and parsed JSON (or text). */
export async function call(
  url: string,
  init: {
    method?: string;
    bearer?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.bearer) headers.authorization = `Bearer ${init.bearer}`;
  let body: string | undefined = init.rawBody;
  if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    json = { text };
  }
  return { status: res.status, headers: res.headers, json };
}

/** A new conversation token from the widget endpoint, and the started conversation. */
export async function startConversation(base: string) {
  const issued = await call(`${base}/api/webchat/token`, { method: 'POST' });
  const started = await call(`${base}/v3/directline/conversations`, {
    bearer: String(issued.json.token),
    body: {},
  });
  return {
    conversationId: String(started.json.conversationId),
    token: String(started.json.token),
    streamUrl: String(started.json.streamUrl),
    status: started.status,
  };
}

/** Resolves with the first truthy value of `check`, checked every 20 ms; the timeout is only a guard. */
export async function waitFor<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  ms = 10_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
