/**
 * Child process of `npm run bench`: the real app (createApp on a temporary SQLite data folder)
 * plus an echo bot on the same restify server and SDK at /api/echo, so both are measured under
 * identical conditions. Prints one JSON line on stdout when listening, then waits for SIGTERM
 * or for stdin to close. A `memory` line on stdin answers with one JSON line of memory figures
 * before and after a full GC (the parent starts this child with --expose-gc).
 *
 * createApp is loaded at run time: while a part it imports is still being written, the child
 * serves the echo bot alone and says why in `full.error`.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import crypto from 'node:crypto';
import restify, { type Route, type Server } from 'restify';
import { CloudAdapter, ConversationState, type Storage, type TurnContext } from 'botbuilder';
import { DialogSet, TextPrompt, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import pino from 'pino';
import { createLogger, silentLogger } from '../../adapters/logger';
import { mountMessagesRoute } from '../../adapters/http/messagesRoute';
import { loadConfig, type Config } from '../../bot/config';
import { SharedClientsAuthentication } from '../../bot/wiring/sharedClients';
import { firstLine, loadPart } from './optional';
import { FLOOR_ROUTES } from './routes';

/** What the child reports on its single stdout line. */
export interface ReadyLine {
  port: number;
  pid: number;
  /** Process uptime when listening: node start, loader, imports, createApp, listen. */
  readyMs: number;
  /** Loading bot/createApp and everything it imports (tsx compiles TypeScript on the way). */
  importMs: number;
  /** createApp alone (knowledge load, index, storage open), when it ran. */
  createAppMs: number | null;
  directLineSecret: string;
  /** The agent account configured through AGENTS, for the relay section. */
  agent: { name: string; secret: string };
  /** Whether the echo bots with state and with a dialog are served (they use the app's store). */
  floors: boolean;
  /** Whether the full bot is also served without its decision log and metrics (FLOOR_ROUTES.quiet). */
  quiet: boolean;
  /** Whether createApp serves the agent API (POST /agent/api/login). */
  agentApi: boolean;
  /** Who serves /v3/directline: createApp itself, this child (mountDirectLine beside the app), or nobody and why. */
  directLine: { by: 'createApp' | 'bench' } | { by: null; why: string };
  full: { ok: true } | { ok: false; error: string; missingPart: boolean };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** The echo bot: the cheapest useful turn on the same SDK, the floor the full bot is compared to. */
async function echo(context: TurnContext): Promise<void> {
  if (context.activity.type === 'message') await context.sendActivity(context.activity.text ?? '');
}

/**
 * Two steps between the floor and the full bot, to show where the ratio goes: the echo bot that
 * also loads and saves its conversation state in the app's own store (a counter), and the same
 * with a minimal botbuilder-dialogs dialog (a one-prompt waterfall that echoes and re-prompts).
 */
function echoWithState(storage: Storage): (context: TurnContext) => Promise<void> {
  const state = new ConversationState(storage);
  const turns = state.createProperty<number>('turns');
  return async (context) => {
    if (context.activity.type === 'message') {
      await turns.set(context, (await turns.get(context, 0)) + 1);
      await context.sendActivity(context.activity.text ?? '');
    }
    await state.saveChanges(context);
  };
}

function echoWithDialog(storage: Storage): (context: TurnContext) => Promise<void> {
  const state = new ConversationState(storage);
  const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState'));
  dialogs.add(new TextPrompt('text'));
  dialogs.add(
    new WaterfallDialog('echo', [
      async (step) => step.prompt('text', { prompt: 'Say something' }),
      async (step) => {
        await step.context.sendActivity(String(step.result ?? ''));
        return step.replaceDialog('echo');
      },
    ]),
  );
  return async (context) => {
    if (context.activity.type === 'message') {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === 'empty') await dc.beginDialog('echo');
    }
    await state.saveChanges(context);
  };
}

function mountEcho(server: Server, config: Config, storage: Storage | undefined): void {
  // Built like createApp's adapter (no app id: anonymous, connector clients shared), so the SDK
  // cost is the same on every route and the ratios read only what the bot itself adds.
  const mount = (path: string, logic: (context: TurnContext) => Promise<void>) =>
    mountMessagesRoute(server, {
      adapter: new CloudAdapter(new SharedClientsAuthentication({ MicrosoftAppType: '' })),
      logic,
      logger: silentLogger,
      maxBodyBytes: config.maxBodyBytes,
      loopbackOnly: true,
      path,
    });
  mount(FLOOR_ROUTES.echo, echo);
  if (!storage) return;
  mount(FLOOR_ROUTES.echoState, echoWithState(storage));
  mount(FLOOR_ROUTES.echoDialog, echoWithDialog(storage));
}

/**
 * The full bot a second time, on its own adapter, with every middleware but the decision log
 * (its log line, its decision record and the metrics it feeds): the same app, store and logger,
 * so the difference between the two routes is what observing a turn costs.
 */
function mountQuiet(server: Server, app: AppLike, config: Config): boolean {
  const built = app.built;
  const logic = built?.logic;
  if (!built?.decisionLog || typeof logic !== 'function' || !Array.isArray(built.middleware)) return false;
  const adapter = new CloudAdapter(new SharedClientsAuthentication({ MicrosoftAppType: '' }));
  for (const m of built.middleware) if (m !== built.decisionLog) adapter.use(m);
  adapter.onTurnError = built.onTurnError as CloudAdapter['onTurnError'];
  mountMessagesRoute(server, {
    adapter,
    logic: (context: TurnContext) => logic(context),
    logger: silentLogger,
    maxBodyBytes: config.maxBodyBytes,
    loopbackOnly: true,
    path: FLOOR_ROUTES.quiet,
  });
  return true;
}

interface Closable {
  close(): Promise<void>;
}

/** The parts of createApp's App this child uses; read loosely, since App is still growing. */
interface AppLike extends Closable {
  server: Server;
  built?: { logic?: unknown; onTurnError?: unknown; middleware?: unknown; decisionLog?: unknown };
  storage?: { db?: unknown; storage?: Storage };
}

function servesPath(server: Server, prefix: string): boolean {
  // restify 12 returns a name → route map where its types say an array; Object.values reads both.
  const routes = Object.values(server.router.getRoutes() as unknown as Record<string, Route>);
  return routes.some((r) => String(r.spec?.path ?? r.path).startsWith(prefix));
}

const UNLIMITED = 1e9;

/**
 * When createApp does not serve Direct Line yet, mounts adapters/directline beside the app with
 * the app's own turn logic, middleware and SQLite database, the way the composition root would.
 */
async function mountDirectLineHere(
  app: AppLike,
  config: Config,
  secret: string,
): Promise<ReadyLine['directLine']> {
  if (servesPath(app.server, '/v3/directline')) return { by: 'createApp' };
  const mod = await loadPart('adapters/directline');
  if (!mod.ok) return { by: null, why: mod.reason };
  const mount = mod.exports.mountDirectLine;
  if (typeof mount !== 'function')
    return { by: null, why: 'adapters/directline does not export mountDirectLine' };
  const logic = app.built?.logic;
  if (typeof logic !== 'function') return { by: null, why: 'createApp returned no built.logic' };
  try {
    const mounted = mount(app.server, {
      logic: (context: TurnContext) => logic(context),
      logger: silentLogger,
      signingKey: crypto.randomBytes(32),
      secret,
      db: app.storage?.db,
      allowedOrigins: [],
      quotas: {
        conversationsPerAddressPerMinute: UNLIMITED,
        messagesPerConversationPerMinute: UNLIMITED,
        messagesPerAddressPerMinute: UNLIMITED,
      },
      publicBaseUrl: config.publicBaseUrl,
    }) as { adapter: { use(m: unknown): void; onTurnError: unknown }; close(): Promise<void> };
    const middleware = app.built?.middleware;
    if (Array.isArray(middleware)) for (const m of middleware) mounted.adapter.use(m);
    mounted.adapter.onTurnError = app.built?.onTurnError;
    const appClose = app.close.bind(app);
    app.close = async () => {
      await mounted.close();
      await appClose();
    };
    return { by: 'bench' };
  } catch (err) {
    return { by: null, why: `mountDirectLine failed: ${firstLine(err)}` };
  }
}

/** What the `memory` command answers: RSS and heap now, then after a full collection. */
export interface MemoryLine {
  rssMb: number;
  heapUsedMb: number;
  /** Heap pages V8 holds from the OS (heapTotal), used or not. */
  heapCommittedMb: number;
  /** After a full GC: what the server really keeps. null when GC is not exposed. */
  liveHeapMb: number | null;
  rssAfterGcMb: number;
}

function memoryLine(): MemoryLine {
  const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;
  const before = process.memoryUsage();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const after = process.memoryUsage();
  return {
    rssMb: mb(before.rss),
    heapUsedMb: mb(before.heapUsed),
    heapCommittedMb: mb(before.heapTotal),
    liveHeapMb: gc ? mb(after.heapUsed) : null,
    rssAfterGcMb: mb(after.rss),
  };
}

async function main(): Promise<void> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-bench-'));
  const directLineSecret = crypto.randomBytes(24).toString('base64url');
  const agent = { name: 'benchagent', secret: crypto.randomBytes(18).toString('base64url') };
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    DIRECTLINE_SECRET: directLineSecret,
    AGENTS: `${agent.name}:${agent.secret}`,
    // The benchmark posts far faster than a person; the limits would only measure 429s.
    DIRECTLINE_CONVERSATIONS_PER_MINUTE: '100000000',
    DIRECTLINE_MESSAGES_PER_MINUTE: '100000000',
    DIRECTLINE_MESSAGES_PER_ADDRESS_PER_MINUTE: '100000000',
    DIRECTLINE_UPLOAD_MB_PER_CONVERSATION_PER_DAY: '1048576',
    DIRECTLINE_UPLOAD_MB_PER_ADDRESS_PER_DAY: '1048576',
    AGENT_SIGN_IN_ATTEMPTS_PER_MINUTE: '100000000',
  });

  let server: Server;
  let closable: Closable;
  let full: ReadyLine['full'];
  let createAppMs: number | null = null;
  let directLine: ReadyLine['directLine'] = { by: null, why: 'the full app did not start' };
  let agentApi = false;
  let quiet = false;
  let storage: Storage | undefined;
  const i0 = process.hrtime.bigint();
  const mod = await loadPart('bot/createApp');
  const importMs = Number(process.hrtime.bigint() - i0) / 1e6;
  const createApp = mod.ok ? mod.exports.createApp : undefined;
  try {
    if (!mod.ok) throw new Error(mod.reason);
    if (typeof createApp !== 'function') throw new Error('bot/createApp does not export createApp');
    const t0 = process.hrtime.bigint();
    // Logs at info, written as production writes them (pino, synchronously to a file descriptor),
    // so the full bot pays for its log lines; /dev/null keeps them off the bench's own output.
    const logger = createLogger('info', pino.destination({ dest: '/dev/null', sync: true }));
    const app = (await createApp(config, { logger })) as AppLike;
    createAppMs = Number(process.hrtime.bigint() - t0) / 1e6;
    directLine = await mountDirectLineHere(app, config, directLineSecret);
    agentApi = servesPath(app.server, '/agent/api/login');
    quiet = mountQuiet(app.server, app, config);
    server = app.server;
    closable = app;
    storage = app.storage?.storage;
    full = { ok: true };
  } catch (err) {
    const error = firstLine(err);
    full = {
      ok: false,
      error,
      missingPart: /Cannot find module|does not exist|ERR_MODULE_NOT_FOUND/.test(error),
    };
    server = restify.createServer({ name: 'bench-echo-only' });
    closable = { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }
  mountEcho(server, config, storage);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));

  const line: ReadyLine = {
    port,
    pid: process.pid,
    readyMs: process.uptime() * 1000,
    importMs,
    createAppMs,
    directLineSecret,
    agent,
    agentApi,
    quiet,
    floors: storage !== undefined,
    directLine,
    full,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    closable
      .close()
      .catch(() => undefined)
      .finally(() => {
        fs.rmSync(dataDir, { recursive: true, force: true });
        process.exit(0);
      });
  };
  process.on('SIGTERM', stop);
  process.stdin.on('end', stop);
  readline.createInterface({ input: process.stdin }).on('line', (cmd) => {
    if (cmd.trim() === 'memory') process.stdout.write(`${JSON.stringify(memoryLine())}\n`);
  });
}

main().catch((err: unknown) => {
  process.stderr.write(
    `bench server failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
