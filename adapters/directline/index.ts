import type BetterSqlite3 from 'better-sqlite3';
import type { TurnContext } from 'botbuilder';
import type { Pool } from 'pg';
import type { Server } from 'restify';
import { WebSocketServer } from 'ws';
import type { Logger } from '../logger';
import { InMemoryAttachmentStore, type AttachmentStore } from './attachmentStore';
import { AttachmentUrlSigner } from './attachmentUrls';
import { InMemoryConversationLog, type ConversationLog } from './conversationLog';
import { DEFAULT_TURN_LEASE_MS, InMemoryTurnInbox, type TurnInbox } from './inbox';
import type { LocalDirectLineAdapter } from './localDirectLineAdapter';
import { listenForAppends, notifyChannelFor, type AppendNotifications } from './pgNotifications';
import { PostgresAttachmentStore } from './postgresAttachmentStore';
import { PostgresConversationLog } from './postgresConversationLog';
import { PostgresTurnInbox } from './postgresInbox';
import { NO_PROXY, type TrustedProxies } from '../http/clientAddress';
import { memoryLimiterStore, type LimiterStore } from '../http/rateLimits';
import { DEFAULT_QUOTAS, QuotaGuard, type DirectLineQuotas } from './quotas';
import { mountRoutes } from './routes';
import {
  DEFAULT_LIMITS,
  DirectLineService,
  type DirectLineLimits,
  type HubStatusSink,
  type OutgoingFile,
  type StoreFileResult,
} from './service';
import { SqliteAttachmentStore } from './sqliteAttachmentStore';
import { SqliteConversationLog } from './sqliteConversationLog';
import { SqliteTurnInbox } from './sqliteInbox';
import { StreamHub } from './streamHub';
import { createUpgradeHandler } from './upgrade';
import { TokenService } from './tokens';
import type { HostPolicy } from './trustedHost';

export {
  LocalDirectLineAdapter,
  DIRECTLINE_SERVICE_URL,
  DIRECTLINE_CHANNEL_ID,
} from './localDirectLineAdapter';
export { loadOrCreateSigningKey } from './tokens';
export { isStreamPath } from './upgrade';
export { hostPolicy, type HostPolicy } from './trustedHost';
export { DEFAULT_LIMITS, type DirectLineLimits, type OutgoingFile, type StoreFileResult } from './service';
export { DEFAULT_TURN_LEASE_MS } from './inbox';
export { DEFAULT_QUOTAS, type DirectLineQuotas } from './quotas';

export interface DirectLineOptions {
  /** The bot's turn logic (`bot.run`); the same one CloudAdapter runs. */
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  /** HS256 key for tokens, ≥ 32 bytes; see loadOrCreateSigningKey. */
  signingKey: Buffer;
  /** DIRECTLINE_SECRET for back ends and tests; never sent to a browser. Without it, only tokens work. */
  secret?: string;
  /**
   * The agent hub's secret (HANDOFF_WEBHOOK_SECRET): a contact centre connected as a Direct Line
   * client with it may post handoff.status, which goes to `hubStatus` instead of a turn.
   */
  hubSecret?: string;
  hubStatus?: HubStatusSink;
  /** SQLite database for the conversation log; in memory (lost on restart) without it and `pg`. */
  db?: BetterSqlite3.Database;
  /**
   * PostgreSQL for the conversation log, shared by every instance on the database: a stream
   * open on one instance gets what any instance stores (LISTEN/NOTIFY). Not with `db`.
   */
  pg?: { pool: Pool; schema?: string };
  /** Browser origins other than the bot's own that may call the API and open streams ('*' = any). */
  allowedOrigins: string[];
  limits?: Partial<DirectLineLimits>;
  /**
   * How long an instance's claim on a turn holds without renewal (renewed every third of it while
   * the turn runs): after an instance dies, its turns wait this long before another runs them.
   */
  turnLeaseMs?: number;
  /** Rates and upload budgets per conversation and per client address; DEFAULT_QUOTAS otherwise. */
  quotas?: Partial<DirectLineQuotas>;
  /**
   * Where the quota counters live: PostgreSQL (postgresLimiterStore) to share them between
   * instances; in this process's memory without it.
   */
  limiterStore?: LimiterStore;
  /** Bot account on activities; defaults 'support-bot' / 'Kingston Express Support'. */
  botId?: string;
  botName?: string;
  now?: () => Date;
  /** Public base URL (https://bot.example): streamUrl then uses wss://bot.example. */
  publicBaseUrl?: string;
  /** Reverse proxies whose X-Forwarded-For / -Proto are believed (TRUST_PROXY); none by default. */
  proxies?: TrustedProxies;
  /**
   * Without publicBaseUrl: which request Host headers may appear in streamUrl and file links
   * (hostPolicy); any other gets the fallback address. Loopback only by default.
   */
  hosts?: HostPolicy;
}

export interface MountedDirectLine {
  adapter: LocalDirectLineAdapter;
  /**
   * A fresh signed URL for an attachment URL of ours, expired or not (an agent opening an old
   * transcript); undefined for any URL we did not sign. `base` is the bot's public base URL.
   */
  renewAttachmentUrl(url: string, base: string): string | undefined;
  /**
   * Stores a file an agent sends into `conversationId`'s files (checked like an upload) and
   * returns the attachment with its signed URL on `base`, or why it was refused.
   */
  storeFile(conversationId: string, file: OutgoingFile, base: string): Promise<StoreFileResult>;
  /**
   * Retention: deletes conversations with no activity since `cutoff`, their activities and their
   * uploaded files; returns how many of each went.
   */
  purgeInactiveBefore(cutoff: Date): Promise<{ conversations: number; files: number }>;
  /**
   * Runs the turns acknowledged but never answered (a crash, an instance that died) and keeps
   * looking for them; call once the adapter's middleware and onTurnError are in place.
   */
  resumeTurns(): void;
  /** WebSocket streams open on this instance (the metrics' kx_open_streams). */
  openStreams(): number;
  /**
   * Closes sockets and waits for running turns (turns still queued stay in the inbox for the next
   * start); call before closing the server and the database.
   */
  close(): Promise<void>;
}

/**
 * Mounts the self-hosted Direct Line 3.0 (directline.md) on a restify server: REST routes under
 * /v3/directline, POST /api/webchat/token, CORS, and the stream upgrade on server.server.
 * Add middleware and onTurnError to the returned adapter as for CloudAdapter.
 */
export function mountDirectLine(server: Server, opts: DirectLineOptions): MountedDirectLine {
  if (opts.db && opts.pg)
    throw new Error('mountDirectLine: pass either db (SQLite) or pg (PostgreSQL), not both');
  const now = opts.now ?? (() => new Date());
  const limits: DirectLineLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const channel = opts.pg && notifyChannelFor(opts.pg.schema);
  const { log, inbox } = openLog(opts, channel);
  // Uploaded files live beside the log, in the same database.
  const attachments: AttachmentStore = opts.pg
    ? new PostgresAttachmentStore(opts.pg.pool, { schema: opts.pg.schema })
    : opts.db
      ? new SqliteAttachmentStore(opts.db)
      : new InMemoryAttachmentStore();
  const urls = new AttachmentUrlSigner(opts.signingKey, now, limits.attachmentUrlSeconds);
  const hub = new StreamHub({
    logger: opts.logger,
    maxSocketsPerConversation: limits.maxSocketsPerConversation,
    keepAliveMs: limits.keepAliveMs,
    maxBufferedBytes: 4 * 1024 * 1024,
    readLog: opts.pg
      ? (conversationId, after) => log.after(conversationId, after, limits.pageSize)
      : undefined,
  });
  const notifications: AppendNotifications | undefined =
    opts.pg && channel
      ? listenForAppends({
          connection: opts.pg.pool.options,
          channel,
          logger: opts.logger,
          onAppended: (conversationId, seq) => hub.appended(conversationId, seq),
          onListening: () => hub.resync(),
        })
      : undefined;
  const service = new DirectLineService({
    log,
    inbox,
    turnLeaseMs: opts.turnLeaseMs ?? DEFAULT_TURN_LEASE_MS,
    attachments,
    urls,
    tokens: new TokenService(opts.signingKey, now),
    hub,
    logic: opts.logic,
    logger: opts.logger,
    now,
    limits,
    bot: { id: opts.botId ?? 'support-bot', name: opts.botName ?? 'Kingston Express Support' },
    secret: opts.secret,
    hubSecret: opts.hubSecret,
    hubStatus: opts.hubStatus,
  });
  mountRoutes(server, service, {
    allowedOrigins: opts.allowedOrigins,
    maxBodyBytes: limits.maxBodyBytes,
    proxies: opts.proxies ?? NO_PROXY,
    quotas: new QuotaGuard(opts.limiterStore ?? memoryLimiterStore(), { ...DEFAULT_QUOTAS, ...opts.quotas }),
    publicBaseUrl: opts.publicBaseUrl,
    hosts: opts.hosts,
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const onUpgrade = createUpgradeHandler({
    wss,
    service,
    hub,
    logger: opts.logger,
    allowedOrigins: opts.allowedOrigins,
  });
  server.server.on('upgrade', onUpgrade);
  return {
    adapter: service.adapter,
    renewAttachmentUrl: (url, base) => urls.renew(url, base.replace(/\/+$/, '')),
    storeFile: (conversationId, file, base) =>
      service.storeFile(conversationId, file, base.replace(/\/+$/, '')),
    purgeInactiveBefore: async (cutoff) => {
      const ids = await log.inactiveBefore(cutoff);
      // Files first: a crash in between leaves conversations the next run finds again, never
      // files no conversation leads to.
      const files = await attachments.deleteForConversations(ids);
      const gone = await log.deleteInactive(ids, cutoff);
      return { conversations: gone.length, files };
    },
    resumeTurns: () => service.resumeTurns(),
    openStreams: () => hub.size,
    close: async () => {
      server.server.off('upgrade', onUpgrade);
      await notifications?.close();
      hub.close();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await service.close();
    },
  };
}

/** The conversation log and the turn inbox that joins its transactions, in one store. */
function openLog(
  opts: DirectLineOptions,
  notifyChannel: string | undefined,
): { log: ConversationLog; inbox: TurnInbox } {
  if (opts.pg) {
    const log = new PostgresConversationLog(opts.pg.pool, { schema: opts.pg.schema, notifyChannel });
    return { log, inbox: new PostgresTurnInbox(opts.pg.pool, log, { schema: opts.pg.schema }) };
  }
  if (opts.db) {
    const log = new SqliteConversationLog(opts.db);
    return { log, inbox: new SqliteTurnInbox(opts.db, log) };
  }
  const log = new InMemoryConversationLog();
  return { log, inbox: new InMemoryTurnInbox(log) };
}
