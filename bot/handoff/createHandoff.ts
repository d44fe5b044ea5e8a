/**
 * Builds the whole handoff side from ready-made parts, for the composition root: ticket store and
 * agent accounts on the bot's database, the service, the relay middleware, the dialogs' port and
 * the proactive notifier. The agent hub is mounted separately with {@link HandoffParts.mountHub}.
 */
import type { Activity } from 'botbuilder';
import type { Pool } from 'pg';
import type { Server } from 'restify';
import type Database from 'better-sqlite3';
import type { Logger } from '../../adapters/logger';
import {
  AgentAccountsDirectory,
  PostgresAgentAccounts,
  SqliteAgentAccounts,
  parseAgentsConfig,
  type AgentAccountStore,
} from '../../adapters/agents/accounts';
import type { CannedReply } from '../../adapters/agents/cannedReplies';
import { mountAgentHub, type AgentHub, type AgentHubOptions } from '../../adapters/agents/hub';

/** What the composition root adds to the hub: shared counters, proxies, revocations, origins. */
export type HubExtras = Pick<
  AgentHubOptions,
  'limiterStore' | 'proxies' | 'revocations' | 'allowedOrigins' | 'loginAttemptsPerMinute'
>;
import { PostgresTicketStore } from '../../adapters/tickets/postgresTicketStore';
import { SqliteTicketStore } from '../../adapters/tickets/sqliteTicketStore';
import type { Policy } from '../../knowledge/kb/policySchema';
import type { SupportHours } from '../../handoff/hours';
import type { TicketStore } from '../../handoff/ports';
import { AgentPresence } from '../../handoff/presence';
import { HandoffService } from '../../handoff/service';
import { loadHandoffWording } from '../../handoff/wording';
import type { CategoryPriorities } from '../../handoff/types';
import { httpsOnly, type AttachmentUrlCheck } from './attachments';
import { BotHandoff } from './handoffPort';
import { ProactiveNotifier, type ProactiveAdapter } from './proactive';
import { HandoffRelayMiddleware } from './relayMiddleware';

export interface CreateHandoffOptions {
  /** The agents' canned replies, loaded against the app's policy (adapters/agents/cannedReplies.yaml). */
  cannedReplies?: readonly CannedReply[];
  /** The bot's SQLite handle (StorageBundle.db) or PostgreSQL pool (StorageBundle.pool). */
  db?: Database.Database;
  pool?: Pool;
  /** PostgreSQL schema for the tables (tests). */
  schema?: string;
  policy: Pick<Policy, 'categories' | 'supportHours' | 'calendar'>;
  /** Agents' IANA zone (AGENT_TIME_ZONE); defaults to the policy calendar's. */
  agentTimeZone?: string;
  /** AGENTS config string, "alice:secret,bob:secret". */
  agents?: string;
  appId: string;
  cloudAdapter?: ProactiveAdapter;
  directLineAdapter?: ProactiveAdapter;
  logger: Logger;
  now?: () => Date;
  queueTimeoutMs?: number;
  /** Sends each handoff.initiate to an external hub as well (see bot/wiring/hubWebhook.ts). */
  forwardInitiate?: (event: Partial<Activity>) => Promise<void>;
  /**
   * A fresh URL for one of our Direct Line attachment URLs, undefined for any other
   * (MountedDirectLine.renewAttachmentUrl); or set it later with {@link HandoffParts.setAttachmentUrl}.
   */
  attachmentUrl?: AttachmentUrlCheck;
  /** Reports an account-security incident (the assistant's reading): see HandoffRelayOptions. */
  isSecurityIncident?: (text: string) => boolean;
  /** Channel ids whose conversations receive handoff.initiate itself (HANDOFF_EVENT_CHANNELS). */
  initiateEventChannels?: readonly string[];
}

export interface HandoffParts {
  service: HandoffService;
  store: TicketStore;
  agents: AgentAccountsDirectory;
  presence: AgentPresence;
  notifier: ProactiveNotifier;
  /** Register on every adapter (CloudAdapter and Direct Line) before the bot's own middleware. */
  relay: HandoffRelayMiddleware;
  /** DialogDeps.handoff. */
  port: BotHandoff;
  hours: SupportHours;
  /** Set the Direct Line adapter once it exists (it may be built after this). */
  setDirectLineAdapter(adapter: ProactiveAdapter): void;
  /**
   * Set how our attachment URLs are recognised and renewed once the Direct Line exists: the relay
   * keeps only files it recognises from the widget, and the console gets fresh URLs for old ones.
   */
  setAttachmentUrl(renew: AttachmentUrlCheck): void;
  /** Set where files agents send are stored once the Direct Line exists (MountedDirectLine.storeFile). */
  setFileStore(store: AgentHubOptions['storeFile']): void;
  /** Mounts /agent, /agent/api and /agent/ws; the notifier then pushes to the consoles. */
  mountHub(server: Server, signingKey: string, extra?: HubExtras): AgentHub;
  /** Runs the expiry sweep every `everyMs` (default 30 s); returns a stopper. */
  startSweeper(everyMs?: number): () => void;
}

/** Maps policy categories to priority labels and ranks. */
export function prioritiesFrom(policy: Pick<Policy, 'categories'>): CategoryPriorities {
  const c = policy.categories;
  const pick = (k: keyof typeof c) => ({ priority: c[k].priority, rank: c[k].rank });
  return {
    security: pick('security'),
    dispatch: pick('dispatch'),
    'dispute-chargeback': pick('dispute-chargeback'),
    stalled: pick('stalled'),
  };
}

/** Support hours from policy, in the agents' zone. */
export function hoursFrom(
  policy: Pick<Policy, 'supportHours' | 'calendar'>,
  agentTimeZone?: string,
): SupportHours {
  return {
    ...policy.supportHours,
    timeZone: agentTimeZone ?? policy.calendar.timeZone,
    holidays: policy.calendar.holidays,
  };
}

export async function createHandoff(opts: CreateHandoffOptions): Promise<HandoffParts> {
  const now = opts.now ?? (() => new Date());
  let store: TicketStore;
  let accounts: AgentAccountStore | undefined;
  if (opts.db) {
    store = new SqliteTicketStore(opts.db);
    accounts = new SqliteAgentAccounts(opts.db);
  } else if (opts.pool) {
    const pg = new PostgresTicketStore(opts.pool, { schema: opts.schema });
    await pg.init();
    const pga = new PostgresAgentAccounts(opts.pool, { schema: opts.schema });
    await pga.init();
    store = pg;
    accounts = pga;
  } else {
    throw new Error('createHandoff: pass the SQLite db or the PostgreSQL pool');
  }
  const agents = new AgentAccountsDirectory(parseAgentsConfig(opts.agents ?? ''), accounts);
  const presence = new AgentPresence();
  const notifier = new ProactiveNotifier({
    appId: opts.appId,
    cloudAdapter: opts.cloudAdapter,
    directLineAdapter: opts.directLineAdapter,
    logger: opts.logger,
  });
  const priorities = prioritiesFrom(opts.policy);
  const hours = hoursFrom(opts.policy, opts.agentTimeZone);
  const service = new HandoffService({
    store,
    notifier,
    presence,
    priorities,
    hours,
    now,
    queueTimeoutMs: opts.queueTimeoutMs,
    // Read at start-up: a bad line stops the server naming it, before any customer could read it.
    wording: loadHandoffWording(),
  });
  // Read at call time: the Direct Line that signs the URLs is usually mounted after this.
  let renewUrl = opts.attachmentUrl;
  let fileStore: AgentHubOptions['storeFile'];
  const relay = new HandoffRelayMiddleware({
    service,
    logger: opts.logger,
    now,
    forwardInitiate: opts.forwardInitiate,
    isSecurityIncident: opts.isSecurityIncident,
    initiateReachesChannel: (channelId) => (opts.initiateEventChannels ?? []).includes(channelId),
    attachmentUrl: (url) => (renewUrl ? renewUrl(url) : httpsOnly(url)),
  });
  const proactive = { cloudAdapter: opts.cloudAdapter, directLineAdapter: opts.directLineAdapter };
  return {
    service,
    store,
    agents,
    presence,
    notifier,
    relay,
    port: new BotHandoff(relay, priorities),
    hours,
    setDirectLineAdapter: (adapter) => {
      proactive.directLineAdapter = adapter;
      notifier.setAdapters(proactive);
    },
    setAttachmentUrl: (renew) => {
      renewUrl = renew;
    },
    setFileStore: (store) => {
      fileStore = store;
    },
    mountHub: (server, signingKey, extra) => {
      const hub = mountAgentHub(server, {
        ...extra,
        service,
        store,
        agents,
        presence,
        signingKey,
        logger: opts.logger,
        now,
        cannedReplies: opts.cannedReplies,
        attachmentUrl: (url) => renewUrl?.(url),
        storeFile: (conversationId, file) =>
          fileStore
            ? fileStore(conversationId, file)
            : Promise.resolve({ ok: false, status: 415, message: 'files cannot be stored here' } as const),
      });
      notifier.setAgentSink(hub.sockets);
      return hub;
    },
    startSweeper: (everyMs = 30000) => {
      const timer = setInterval(() => {
        service.expireDue().catch((err: Error) => opts.logger.error('ticket expiry sweep failed', { err }));
      }, everyMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
