import restify, { type Server } from 'restify';
import { CloudAdapter, type TurnContext } from 'botbuilder';
import { SharedClientsAuthentication } from './wiring/sharedClients';
import type { AddressInfo } from 'node:net';
import { createLogger, type Logger } from '../adapters/logger';
import { createStorage, type StorageBundle } from '../adapters/storage/createStorage';
import { mountMessagesRoute } from '../adapters/http/messagesRoute';
import { mountHealthRoutes } from '../adapters/http/healthRoutes';
import { mountHelpRoutes } from '../adapters/http/helpRoutes';
import { logServerErrors, safeErrorFormatters } from '../adapters/http/errorBodies';
import { loadKnowledgeBase, type KnowledgeBase, type LoadOptions } from '../knowledge/kb/loader';
import { createArticleSearch } from '../knowledge/search';
import { loadSynonyms } from '../knowledge/search/synonyms';
import { createQuestionKey } from '../knowledge/insights';
import { createAssistant } from '../knowledge/assistant/createAssistant';
import type { Assistant } from '../knowledge/assistant/types';
import type { CaseLookup, FeedbackSink } from '../dialogs/ports';
import { createBot, type BuiltBot } from './createBot';
import type { Config } from './config';
import { createCaseLookup, loggingCaseLookup } from './wiring/cases';
import path from 'node:path';
import {
  hostPolicy,
  isStreamPath,
  loadOrCreateSigningKey,
  mountDirectLine,
  type MountedDirectLine,
} from '../adapters/directline';
import { AGENT_WS_PATH } from '../adapters/agents/sockets';
import { answerPlainUpgrades } from '../adapters/http/plainUpgrades';
import { frameAncestorsFor } from '../adapters/http/contentSecurity';
import { mountWidget, WEBCHAT_VERSION } from '../adapters/web';
import { findRepoRoot } from '../knowledge/kb/paths';
import { createHandoff, type HandoffParts } from './handoff/createHandoff';
import { loadOrCreateKey } from './wiring/keys';
import { hubIngress, hubWebhook } from './wiring/hubWebhook';
import { applyHubStatus } from './handoff/hubStatus';
import { dataDirHeldEarlierRun, warnIfStoreIsNew } from './wiring/freshStore';
import { mountInsights } from '../adapters/insights';
import { mountDashboard } from '../adapters/dashboard/routes';
import { loadCannedReplies } from '../adapters/agents/cannedReplies';
import { shareAgentEventsThroughPostgres } from '../adapters/agents/postgresAgentEvents';
import { sharePresenceThroughPostgres } from '../adapters/agents/postgresPresence';
import { revocationsFor } from '../adapters/agents/revocations';
import { trustedProxies } from '../adapters/http/clientAddress';
import { limiterStoreFor } from '../adapters/http/rateLimits';
import { storeDecisions, type DecisionWriter } from './wiring/turnSinks';
import { startRetention } from './wiring/retention';
import { createMetrics, type Metrics } from '../adapters/metrics/registry';
import { countErrors, countRefusals, timeFirstReplies } from '../adapters/metrics/taps';
import { mountMetricsRoute } from '../adapters/metrics/route';
import { ticketReportsFor, type TicketReports } from '../adapters/tickets/ticketReports';
import { ticketRetentionFor } from '../adapters/tickets/ticketRetention';

/** What tests and main may replace: the clock, the log sink, the case records. */
export interface AppOverrides {
  logger?: Logger;
  now?: () => Date;
  cases?: CaseLookup;
  /** Where the articles and policy are read from (tests point at broken copies). */
  knowledge?: LoadOptions;
}

export interface App {
  server: Server;
  kb: KnowledgeBase;
  assistant: Assistant;
  storage: StorageBundle;
  built: BuiltBot;
  cloudAdapter: CloudAdapter;
  directLine: MountedDirectLine;
  handoff: HandoffParts;
  logger: Logger;
  /** This app's Prometheus registry and its feeds (served at /metrics). */
  metrics: Metrics;
  /** The buffered decision records (flush() writes them now; tests and the dashboard's freshness). */
  decisions: DecisionWriter;
  /** Read-only ticket figures (metrics, the lead's dashboard). */
  ticketReports: TicketReports;
  /** Starts listening; resolves with the bound port (0 picks a free one), rejects when it cannot bind. */
  listen(port?: number, host?: string): Promise<number>;
  /** Stops accepting requests, then closes storage. */
  close(): Promise<void>;
}

/**
 * The composition root's worker: builds every part from the parsed config. Knowledge errors and
 * storage errors reject here, before anything listens.
 */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const now = overrides.now ?? (() => new Date());
  // One registry per app: several apps in one process (tests) never share a counter.
  const metrics = createMetrics(now);
  // Every error line anywhere in the app is counted in kx_errors_total, by component.
  const logger = countErrors(overrides.logger ?? createLogger(config.logLevel), metrics);
  const kb = loadKnowledgeBase(overrides.knowledge);
  // Read once: the search and the insights page's question grouping use the same vocabulary.
  const synonyms = loadSynonyms();
  const questionKey = createQuestionKey(synonyms);
  const search = createArticleSearch(kb.articles, { synonyms });
  const assistant = createAssistant({
    kb,
    search,
    publicBaseUrl: config.publicBaseUrl,
    helpCenterUrl: config.helpCenterUrl,
  });
  const earlierRun = dataDirHeldEarlierRun(config.dataDir);
  const storage = await createStorage(config.storageUrl, { logger });
  warnIfStoreIsNew(logger, { earlierRun, fresh: storage.fresh, kind: storage.kind, dataDir: config.dataDir });
  // A store opened read-only (its files not writable) starts without complaint; say so at once.
  await storage
    .ping()
    .catch((err: Error) =>
      logger.error('the store cannot take writes: /readyz answers 503 until it can', { reason: err.message }),
    );
  const cases = loggingCaseLookup(
    overrides.cases ?? createCaseLookup(config, storage, kb.policy.timelines),
    logger,
  );
  const feedback: FeedbackSink = {
    feedback: (e) => storage.feedback.record({ ...e, text: e.query }),
    unanswered: (e) =>
      storage.unanswered.record({
        text: e.text,
        at: e.at,
        conversationId: e.conversationId,
        topCandidates: e.candidates.map((id, i) => ({ id, score: -i })),
      }),
  };
  const auth = new SharedClientsAuthentication({
    MicrosoftAppType: config.bot.appType ?? '',
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppTenantId: config.bot.appTenantId,
  });
  const cloudAdapter = new CloudAdapter(auth);
  const handoff = await createHandoff({
    db: storage.db,
    pool: storage.pool,
    policy: kb.policy,
    cannedReplies: loadCannedReplies({ policy: kb.policy }),
    agentTimeZone: config.agentTimeZone,
    agents: config.agents,
    appId: config.bot.appId,
    cloudAdapter,
    logger: logger.child({ component: 'handoff' }),
    now,
    forwardInitiate: config.handoffWebhook
      ? hubWebhook(config.handoffWebhook.url, { logger, secret: config.handoffWebhook.secret })
      : undefined,
    isSecurityIncident: (text) => assistant.readsAsSecurity(text, now()),
    initiateEventChannels: config.handoffHub.eventChannels,
  });
  const sharedPresence = storage.pool
    ? await sharePresenceThroughPostgres(handoff.presence, storage.pool, { logger, now })
    : undefined;
  // Each turn's decision record, stored in batches for the lead's dashboard.
  const decisions = storeDecisions(storage.decisions, logger);
  // The relay runs first on every adapter: while a person holds the conversation the bot stays out.
  const built = createBot(
    {
      storage: storage.storage,
      assistant,
      cases,
      feedback,
      logger,
      now,
      handoff: handoff.port,
      turnSinks: [decisions.sink, metrics.observeTurn],
    },
    [handoff.relay],
  );
  cloudAdapter.onTurnError = built.onTurnError;
  for (const m of built.middleware) cloudAdapter.use(m);

  // 5xx bodies say a sentence and the request id; the error itself goes to the log.
  const server = restify.createServer({
    name: 'kingston-express-support',
    formatters: safeErrorFormatters(),
  });
  logServerErrors(server, logger);
  const logic = (context: TurnContext) => built.logic(context);
  // One reading of the client address and one set of counters for every route (issue 11).
  const proxies = trustedProxies(config.trustProxy);
  const limiterStore = countRefusals(await limiterStoreFor(storage, logger), metrics);
  const revocations = await revocationsFor(storage);
  mountMessagesRoute(server, {
    adapter: cloudAdapter,
    logic,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    loopbackOnly: !config.bot.appId,
    hub: hubIngress(config.handoffHub.secret, handoff.service),
    proxies,
  });
  mountHealthRoutes(server, [
    ['knowledge', async () => void (kb.articles.length > 0 || Promise.reject(new Error('no articles')))],
    ['storage', () => storage.ping()],
  ]);
  // Pages a shop may frame: the same origins that may call the widget's API.
  const frameAncestors = frameAncestorsFor(config.directLine.allowedOrigins);
  mountHelpRoutes(server, {
    articles: kb.articles,
    publicBaseUrl: config.publicBaseUrl,
    search,
    frameAncestors,
    widgetBaseUrl: config.publicBaseUrlSet ? config.publicBaseUrl : undefined,
  });

  const directLine = mountDirectLine(server, {
    logic,
    logger: logger.child({ component: 'directline' }),
    signingKey: loadOrCreateSigningKey(config.dataDir),
    secret: config.directLine.secret,
    // A contact centre connected as a Direct Line client authenticates as the hub with its secret.
    hubSecret: config.handoffHub.secret,
    hubStatus: (activity) => applyHubStatus(handoff.service, activity),
    db: storage.db,
    pg: storage.pool ? { pool: storage.pool } : undefined,
    allowedOrigins: config.directLine.allowedOrigins,
    publicBaseUrl: config.publicBaseUrlSet ? config.publicBaseUrl : undefined,
    hosts: hostPolicy({
      fallbackBaseUrl: config.publicBaseUrl,
      allowedOrigins: config.directLine.allowedOrigins,
      boundHost: config.host,
      port: config.port,
    }),
    now,
    turnLeaseMs: config.directLine.turnLeaseMs,
    proxies,
    limiterStore,
    quotas: config.quotas,
  });
  directLine.adapter.onTurnError = built.onTurnError;
  for (const m of built.middleware) directLine.adapter.use(m);
  handoff.setDirectLineAdapter(directLine.adapter);
  handoff.setAttachmentUrl((url) => directLine.renewAttachmentUrl(url, config.publicBaseUrl));
  // Files agents send live with the customer's own, behind the same signed links.
  handoff.setFileStore((conversationId, file) =>
    directLine.storeFile(conversationId, file, config.publicBaseUrl),
  );
  const agentSessionKey = config.agentSessionKey ?? loadOrCreateKey(config.dataDir, 'agent-session.key');
  const hub = handoff.mountHub(server, agentSessionKey, {
    limiterStore,
    proxies,
    revocations,
    allowedOrigins: config.directLine.allowedOrigins,
    loginAttemptsPerMinute: config.quotas.agentSignInAttemptsPerMinute,
  });
  // Several instances: every agent console hears every instance's live events (LISTEN/NOTIFY).
  const agentEvents = storage.pool
    ? await shareAgentEventsThroughPostgres(storage.pool, {
        local: hub.sockets,
        store: handoff.store,
        logger,
      })
    : undefined;
  if (agentEvents) handoff.notifier.setAgentSink(agentEvents);
  // The first agent reply on a ticket is timed as this instance raises it.
  handoff.notifier.watchAgentEvents(timeFirstReplies({ store: handoff.store, metrics, logger }));
  const ticketReports = ticketReportsFor(storage);
  metrics.setSources({
    tickets: ticketReports,
    openStreams: () => directLine.openStreams(),
    agentSockets: () => hub.sockets.size,
  });
  mountMetricsRoute(server, { metrics, token: config.metricsToken, proxies, logger });
  // The lead's inbox and article ratings, for signed-in agents, at /agent/insights.
  mountInsights(server, {
    questionKey,
    unanswered: storage.unanswered,
    feedback: storage.feedback,
    tickets: handoff.store,
    signingKey: agentSessionKey,
    revocations,
    logger,
    now,
  });
  // The lead's dashboard (figures from stored decisions, tickets and feedback), same sign-in.
  mountDashboard(server, {
    decisions: storage.decisions,
    tickets: ticketReports,
    feedback: storage.feedback,
    unanswered: storage.unanswered,
    signingKey: agentSessionKey,
    revocations,
    logger,
    now,
    questionKey,
  });
  // Registered after every WebSocket endpoint: any other request with an Upgrade header is answered.
  const stopPlainUpgrades = answerPlainUpgrades(
    server.server,
    (pathname) => isStreamPath(pathname) || pathname === AGENT_WS_PATH,
  );
  const stopSweeper = handoff.startSweeper();
  mountWidget(server, {
    vendorDir: path.join(findRepoRoot(), 'vendor', 'webchat', WEBCHAT_VERSION),
    publicBaseUrl: config.publicBaseUrlSet ? config.publicBaseUrl : undefined,
    frameAncestors,
  });

  // State, widget conversations, ended tickets and analytics would grow forever: purge them.
  const stopRetention = startRetention({
    config,
    storage,
    directLine,
    tickets: ticketRetentionFor(storage),
    logger,
    now,
  });
  // Only once everything is wired: a replayed turn goes through the relay, the handoff and the
  // error boundary like any other.
  directLine.resumeTurns();

  return {
    server,
    kb,
    assistant,
    storage,
    built,
    cloudAdapter,
    directLine,
    handoff,
    logger,
    metrics,
    decisions,
    ticketReports,
    listen: (port = config.port, host = config.host) =>
      new Promise((resolve, reject) => {
        // A busy port or a foreign address emits 'error' instead of calling back; unheard, it crashes.
        const failed = (err: Error) => reject(err);
        // restify re-emits the http server's errors on itself, so that is where to hear them.
        server.once('error', failed);
        server.listen(port, host, () => {
          server.removeListener('error', failed);
          resolve((server.address() as AddressInfo).port);
        });
      }),
    close: async () => {
      stopRetention();
      metrics.close();
      stopSweeper();
      stopPlainUpgrades();
      hub.close();
      await directLine.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections would hold the close open until they time out.
      server.server.closeIdleConnections();
      await closed;
      await sharedPresence?.stop();
      await agentEvents?.close();
      // Before the store closes: the last second of turns still reaches the dashboard.
      await decisions.close();
      limiterStore.close();
      await storage.close();
    },
  };
}
