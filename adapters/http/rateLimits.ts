/**
 * Counters for quotas and rate limits, on rate-limiter-flexible: in PostgreSQL when it is the
 * store, so every instance counts against the same numbers; in memory otherwise (SQLite means one
 * instance, and counters that restart with the process are acceptable for flood protection).
 */
import crypto from 'node:crypto';
import type { Pool } from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
  type RateLimiterStoreAbstract,
} from 'rate-limiter-flexible';
import type { Logger } from '../logger';
import { qualified, runDdl } from '../storage/postgres';

/** `points` per `seconds`, counted in a fixed window that starts with the first point. */
export interface Quota {
  points: number;
  seconds: number;
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** One named counter per key (an address, a conversation). */
export interface Limiter {
  readonly quota: Quota;
  /** Takes `points` (1 by default); refused when the window's points would be exceeded. */
  take(key: string, points?: number): Promise<LimitDecision>;
  /** Returns points a refused or undone request took, so refusals do not count against later requests. */
  giveBack(key: string, points: number): Promise<void>;
  /** Points left in the current window, and the seconds until it ends (0 = no window open). */
  peek(key: string): Promise<{ remaining: number; resetSeconds: number }>;
}

export interface LimiterStore {
  /** A counter named `name` (unique per store: it prefixes the keys). */
  limiter(name: string, quota: Quota): Limiter;
  close(): void;
}

/** The table every limiter shares, in the layout RateLimiterPostgres expects. */
export const RATE_LIMIT_TABLE = 'rate_limits';
/** rate-limiter-flexible's key column is varchar(255): longer keys are hashed. */
const MAX_KEY = 200;
const PURGE_EVERY_MS = 10 * 60_000;

/** Counters in this process only. */
export function memoryLimiterStore(): LimiterStore {
  return {
    limiter: (name, quota) =>
      wrap(new RateLimiterMemory({ keyPrefix: name, points: quota.points, duration: quota.seconds }), quota),
    close: () => undefined,
  };
}

/**
 * Counters in PostgreSQL, shared by every instance on the database. A database error falls back
 * to an in-memory counter (rate-limiter-flexible's insurance limiter) rather than failing the request.
 */
export async function postgresLimiterStore(
  pool: Pool,
  opts: { schema?: string; logger?: Logger } = {},
): Promise<LimiterStore> {
  const table = qualified(opts.schema, RATE_LIMIT_TABLE);
  await runDdl(
    pool,
    `CREATE TABLE IF NOT EXISTS ${table} (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
  );
  // One sweep for all limiters (the library would start a timer per limiter).
  const purge = setInterval(() => {
    pool
      .query(`DELETE FROM ${table} WHERE expire < $1`, [Date.now() - 3_600_000])
      .catch((err: Error) => opts.logger?.warn('rate limit purge failed', { err }));
  }, PURGE_EVERY_MS);
  purge.unref();
  return {
    limiter: (name, quota) => {
      const insuranceLimiter = new RateLimiterMemory({
        keyPrefix: name,
        points: quota.points,
        duration: quota.seconds,
      });
      const shared = new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: RATE_LIMIT_TABLE,
        schemaName: opts.schema,
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix: name,
        points: quota.points,
        duration: quota.seconds,
        insuranceLimiter,
      });
      return wrap(shared, quota);
    },
    close: () => clearInterval(purge),
  };
}

/** The store for a STORAGE_URL's bundle: PostgreSQL when there is a pool, memory otherwise. */
export function limiterStoreFor(storage: { pool?: Pool }, logger?: Logger): Promise<LimiterStore> {
  return storage.pool
    ? postgresLimiterStore(storage.pool, { logger })
    : Promise.resolve(memoryLimiterStore());
}

/** `Retry-After` and the seconds in words, for a refusal. */
export function retryAfter(decision: { retryAfterSeconds: number }): Record<string, string> {
  return { 'Retry-After': String(decision.retryAfterSeconds) };
}

/** "42 s", "5 min", "3 h": how long a person waits, in a message. */
export function waitInWords(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.ceil(seconds / 60)} min`;
  return `${Math.ceil(seconds / 3600)} h`;
}

function wrap(limiter: RateLimiterAbstract | RateLimiterStoreAbstract, quota: Quota): Limiter {
  return {
    quota,
    take: async (key, points = 1) => {
      try {
        await limiter.consume(keyOf(key), points);
        return { allowed: true };
      } catch (refusal) {
        // Anything but a RateLimiterRes is a store failure the insurance limiter did not absorb:
        // let the request through rather than lock every customer out.
        if (!(refusal instanceof RateLimiterRes)) return { allowed: true };
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
    },
    giveBack: async (key, points) => {
      await limiter.reward(keyOf(key), points).catch(() => undefined);
    },
    peek: async (key) => {
      const res = await limiter.get(keyOf(key)).catch(() => null);
      if (!res) return { remaining: quota.points, resetSeconds: 0 };
      return {
        remaining: Math.max(0, quota.points - res.consumedPoints),
        resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
      };
    },
  };
}

function keyOf(key: string): string {
  return key.length <= MAX_KEY ? key : crypto.createHash('sha256').update(key).digest('base64url');
}
