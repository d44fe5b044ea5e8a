import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_DATA_DIR, storageUrlFrom } from '../adapters/storage/storageUrl';
import { parseTrustProxy } from '../adapters/http/clientAddress';

/**
 * The whole configuration of the process: one zod schema over the environment, parsed once in
 * bot/main.ts. Every non-secret key has a default so `npm start` works on a fresh machine.
 */
const appTypes = ['SingleTenant', 'UserAssignedMSI', 'MultiTenant'] as const;

const csv = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );

const intFrom = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

/**
 * Quotas, rate limits and the trusted proxy (issue 11). Defaults a real customer never meets and a
 * flood does; budgets are whole MB (1 MB = 1,048,576 bytes).
 */
const quotaEnv = {
  DIRECTLINE_CONVERSATIONS_PER_MINUTE: intFrom(20, 1),
  DIRECTLINE_MESSAGES_PER_MINUTE: intFrom(30, 1),
  DIRECTLINE_MESSAGES_PER_ADDRESS_PER_MINUTE: intFrom(120, 1),
  DIRECTLINE_UPLOAD_MB_PER_CONVERSATION_PER_DAY: intFrom(50, 1).pipe(z.number().max(1024 * 1024)),
  DIRECTLINE_UPLOAD_MB_PER_ADDRESS_PER_DAY: intFrom(200, 1).pipe(z.number().max(1024 * 1024)),
  AGENT_SIGN_IN_ATTEMPTS_PER_MINUTE: intFrom(10, 1),
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const parsed = parseTrustProxy(v);
      if (parsed.ok) return parsed.entries;
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    }),
  // Renamed: a deployment that still sets the old name must not silently lose its limit.
  RATE_LIMIT_CONVERSATIONS_PER_MINUTE: renamedTo('DIRECTLINE_CONVERSATIONS_PER_MINUTE'),
  RATE_LIMIT_MESSAGES_PER_MINUTE: renamedTo('DIRECTLINE_MESSAGES_PER_MINUTE'),
};

function renamedTo(name: string) {
  return z.undefined({ error: `renamed to ${name}; set that instead` }).optional();
}

/**
 * Addresses we hand to browsers or call ourselves: a `javascript:` base would be written into
 * pages and links, and a `file:` webhook would make the server read its own disk.
 */
const httpUrl = () => z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

/**
 * A TCP port we can advertise: set-but-empty would coerce to 0, bind a random port and advertise
 * `localhost:0`, so it is refused rather than defaulted.
 */
const portSchema = z
  .string()
  .default('3978')
  .transform((raw, ctx) => {
    const s = raw.trim();
    const n = Number(s);
    if (s === '')
      ctx.addIssue({ code: 'custom', message: 'is set but empty; unset it for 3978 or give a port 1-65535' });
    else if (!/^\d+$/.test(s) || n < 1 || n > 65535)
      ctx.addIssue({ code: 'custom', message: 'must be a port number 1-65535' });
    return n;
  });

/** An IP address or a host name; dotted numbers that are not an IPv4 address are neither. */
const hostSchema = z
  .string()
  .default('0.0.0.0')
  .refine(
    (s) =>
      z.ipv4().safeParse(s).success ||
      z.ipv6().safeParse(s).success ||
      (!/^[\d.]+$/.test(s) && z.hostname().safeParse(s).success),
    'must be an IP address (0.0.0.0, 127.0.0.1, ::) or a host name of this machine',
  );

/** Whether the runtime knows an IANA zone: an unknown one would throw on the first hours check. */
function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: portSchema,
    HOST: hostSchema,
    DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
    STORAGE_URL: z
      .string()
      .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'expected sqlite:<file> or postgres://…')
      .optional(),
    PUBLIC_BASE_URL: httpUrl().optional(),
    HELP_CENTER_URL: httpUrl().optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    MicrosoftAppType: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v) return undefined;
        const found = appTypes.find((t) => t.toLowerCase() === v.toLowerCase());
        if (!found) ctx.addIssue({ code: 'custom', message: `expected one of ${appTypes.join(', ')}` });
        return found;
      }),
    MicrosoftAppId: z.string().default(''),
    MicrosoftAppPassword: z.string().default(''),
    MicrosoftAppTenantId: z.string().default(''),
    CASES_API_URL: httpUrl().optional(),
    CASES_API_TIMEOUT_MS: intFrom(3000, 1),
    DIRECTLINE_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    ALLOWED_ORIGINS: csv,
    DIRECTLINE_TURN_LEASE_SECONDS: intFrom(30, 1),
    AGENTS: z.string().default(''),
    AGENT_SESSION_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    AGENT_TIME_ZONE: z
      .string()
      .refine(knownTimeZone, 'must be an IANA time zone such as Europe/London')
      .optional(),
    HANDOFF_WEBHOOK_URL: httpUrl().optional(),
    HANDOFF_WEBHOOK_SECRET: z.string().optional(),
    // Channels whose conversations carry the handoff.initiate event itself (a contact centre
    // connected as a Direct Line client watches for it); on any other channel it is dropped.
    HANDOFF_EVENT_CHANNELS: z
      .string()
      .default('webchat,directline,emulator,test')
      .transform((s) =>
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^[a-z0-9-]+$/, 'expected channel ids such as webchat,emulator'))),
    STATE_RETENTION_DAYS: intFrom(90, 1),
    // Unset: the same as STATE_RETENTION_DAYS, so one setting still governs everything kept.
    TICKET_RETENTION_DAYS: z.coerce.number().int().min(1).optional(),
    ANALYTICS_RETENTION_DAYS: z.coerce.number().int().min(1).optional(),
    METRICS_TOKEN: z
      .string()
      .min(16, 'must be at least 16 characters (it lets anyone who holds it read /metrics)')
      .optional(),
    MAX_BODY_BYTES: intFrom(256 * 1024, 1024),
    ...quotaEnv,
  })
  .superRefine((env, ctx) => {
    const need = (key: keyof typeof env, message: string) =>
      ctx.addIssue({ code: 'custom', path: [key], message });
    if (env.MicrosoftAppId) {
      if (!env.MicrosoftAppType) need('MicrosoftAppType', 'required when MicrosoftAppId is set');
      if (env.MicrosoftAppType === 'SingleTenant' || env.MicrosoftAppType === 'UserAssignedMSI') {
        if (!env.MicrosoftAppTenantId) need('MicrosoftAppTenantId', `required for ${env.MicrosoftAppType}`);
      }
      if (env.MicrosoftAppType === 'UserAssignedMSI' && env.MicrosoftAppPassword)
        need('MicrosoftAppPassword', 'must be empty for UserAssignedMSI');
      if (
        (env.MicrosoftAppType === 'SingleTenant' || env.MicrosoftAppType === 'MultiTenant') &&
        !env.MicrosoftAppPassword
      )
        need('MicrosoftAppPassword', `required for ${env.MicrosoftAppType}`);
    } else if (env.NODE_ENV === 'production') {
      need('MicrosoftAppId', 'required in production: an empty app id turns channel authentication off');
    }
    // The hub's secret also opens Direct Line as the hub: one value for both would make every
    // back end holding DIRECTLINE_SECRET a trusted hub.
    if (env.HANDOFF_WEBHOOK_SECRET && env.HANDOFF_WEBHOOK_SECRET === env.DIRECTLINE_SECRET)
      need('HANDOFF_WEBHOOK_SECRET', 'must differ from DIRECTLINE_SECRET');
  });

export type Env = z.infer<typeof envSchema>;

/** The configuration the rest of the program sees: resolved paths and grouped settings. */
export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  dataDir: string;
  storageUrl: string;
  publicBaseUrl: string;
  /** True when PUBLIC_BASE_URL was set: the widget and stream URLs then use it instead of the request's host. */
  publicBaseUrlSet: boolean;
  helpCenterUrl?: string;
  logLevel: Env['LOG_LEVEL'];
  bot: { appType?: string; appId: string; appPassword: string; appTenantId: string };
  cases: { apiUrl?: string; timeoutMs: number };
  directLine: {
    secret?: string;
    allowedOrigins: string[];
    /** How long an instance's claim on a customer's turn holds without renewal (ms). */
    turnLeaseMs: number;
  };
  /** Per-address and per-conversation quotas (adapters/directline/quotas.ts) and the sign-in limit. */
  quotas: {
    conversationsPerAddressPerMinute: number;
    messagesPerConversationPerMinute: number;
    messagesPerAddressPerMinute: number;
    uploadBytesPerConversationPerDay: number;
    uploadBytesPerAddressPerDay: number;
    agentSignInAttemptsPerMinute: number;
  };
  /** TRUST_PROXY: `loopback`, addresses and CIDR ranges of reverse proxies; empty = none. */
  trustProxy: string[];
  agents: string;
  /** Signs agent sessions; without it a key is kept under DATA_DIR. */
  agentSessionKey?: string;
  agentTimeZone?: string;
  /** An external agent hub that receives handoff.initiate events. */
  handoffWebhook?: { url: string; secret?: string };
  /**
   * The agent hub: its secret (HANDOFF_WEBHOOK_SECRET) lets it post handoff.status to
   * /api/messages or, as a Direct Line client, into our Direct Line; `eventChannels` are the
   * channels whose conversations receive handoff.initiate.
   */
  handoffHub: { secret?: string; eventChannels: string[] };
  stateRetentionDays: number;
  /** Ended tickets (and their transcripts) older than this are purged; open tickets never are. */
  ticketRetentionDays: number;
  /** Decision records, article feedback and unanswered questions older than this are purged. */
  analyticsRetentionDays: number;
  /** Lets callers from other machines read /metrics (`Authorization: Bearer …`); loopback needs none. */
  metricsToken?: string;
  maxBodyBytes: number;
}

/**
 * Thrown when the environment is wrong; the message has one line per variable at fault, each
 * naming it, so an operator reads the cause without a stack trace.
 */
export class ConfigError extends Error {}

/** Parses the environment once. Throws ConfigError naming each bad variable. */
export function loadConfig(source: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `Invalid configuration: ${i.path.join('.') || '(environment)'}: ${i.message}`,
    );
    throw new ConfigError(lines.join('\n'));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const port = e.PORT;
  return {
    env: e.NODE_ENV,
    port,
    host: e.HOST,
    dataDir,
    storageUrl: storageUrlFrom(e),
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    publicBaseUrlSet: e.PUBLIC_BASE_URL !== undefined,
    helpCenterUrl: e.HELP_CENTER_URL?.replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    bot: {
      appType: e.MicrosoftAppType,
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appTenantId: e.MicrosoftAppTenantId,
    },
    cases: { apiUrl: e.CASES_API_URL, timeoutMs: e.CASES_API_TIMEOUT_MS },
    directLine: {
      secret: e.DIRECTLINE_SECRET,
      allowedOrigins: e.ALLOWED_ORIGINS,
      turnLeaseMs: e.DIRECTLINE_TURN_LEASE_SECONDS * 1000,
    },
    quotas: {
      conversationsPerAddressPerMinute: e.DIRECTLINE_CONVERSATIONS_PER_MINUTE,
      messagesPerConversationPerMinute: e.DIRECTLINE_MESSAGES_PER_MINUTE,
      messagesPerAddressPerMinute: e.DIRECTLINE_MESSAGES_PER_ADDRESS_PER_MINUTE,
      uploadBytesPerConversationPerDay: e.DIRECTLINE_UPLOAD_MB_PER_CONVERSATION_PER_DAY * 1024 * 1024,
      uploadBytesPerAddressPerDay: e.DIRECTLINE_UPLOAD_MB_PER_ADDRESS_PER_DAY * 1024 * 1024,
      agentSignInAttemptsPerMinute: e.AGENT_SIGN_IN_ATTEMPTS_PER_MINUTE,
    },
    trustProxy: e.TRUST_PROXY,
    agents: e.AGENTS,
    agentSessionKey: e.AGENT_SESSION_KEY,
    agentTimeZone: e.AGENT_TIME_ZONE,
    handoffWebhook: e.HANDOFF_WEBHOOK_URL
      ? { url: e.HANDOFF_WEBHOOK_URL, secret: e.HANDOFF_WEBHOOK_SECRET }
      : undefined,
    handoffHub: { secret: e.HANDOFF_WEBHOOK_SECRET || undefined, eventChannels: e.HANDOFF_EVENT_CHANNELS },
    stateRetentionDays: e.STATE_RETENTION_DAYS,
    ticketRetentionDays: e.TICKET_RETENTION_DAYS ?? e.STATE_RETENTION_DAYS,
    analyticsRetentionDays: e.ANALYTICS_RETENTION_DAYS ?? e.STATE_RETENTION_DAYS,
    metricsToken: e.METRICS_TOKEN,
    maxBodyBytes: e.MAX_BODY_BYTES,
  };
}
