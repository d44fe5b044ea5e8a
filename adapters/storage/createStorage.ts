import fs from 'node:fs';
import type { Storage } from 'botbuilder';
import type { Pool } from 'pg';
import type { Logger } from '../logger';
import { PostgresDecisionStore, SqliteDecisionStore, type DecisionStore } from './decisions';
import { PostgresFeedbackStore, SqliteFeedbackStore, type FeedbackStore } from './feedback';
import { createPgPool, qualified } from './postgres';
import { PostgresStorage } from './postgresStorage';
import { openSqlite, type SqliteDatabase } from './sqlite';
import { SqliteFileCheck } from './sqliteFileCheck';
import { SqliteStorage } from './sqliteStorage';
import { PostgresUnansweredStore, SqliteUnansweredStore, type UnansweredStore } from './unanswered';
import { probeKey, probeWrite } from './writeProbe';

/** How often the SQLite file's identity is checked between probes, so a deletion is logged even unpolled. */
const FILE_CHECK_MS = 30_000;

/** Bot state storage with retention. */
export type BotStateStorage = Storage & { purgeOlderThan(cutoff: Date): Promise<number> };

/** Everything the composition root gets from one `STORAGE_URL`. */
export interface StorageBundle {
  kind: 'sqlite' | 'postgres';
  storage: BotStateStorage;
  feedback: FeedbackStore;
  unanswered: UnansweredStore;
  /** One compact record per customer turn, for the lead's dashboard (no message text). */
  decisions: DecisionStore;
  /**
   * Readiness: writes, reads back and deletes a probe row in the bot state store (and, on SQLite,
   * checks that the file at the path is still the one we write); rejects with the reason.
   */
  ping(): Promise<void>;
  /** True when this start created the database (SQLite file) or its tables (PostgreSQL). */
  fresh: boolean;
  /** Closes the SQLite file or drains the pool. */
  close(): Promise<void>;
  /** The SQLite handle, for modules that add their own tables with `migrate` (tickets, logs). */
  db?: SqliteDatabase;
  /** The PostgreSQL pool, for modules that add their own tables. */
  pool?: Pool;
}

/** Options of {@link createStorage}. */
export interface CreateStorageOptions {
  logger: Logger;
  /** PostgreSQL only: schema for our tables (tests isolate with it). */
  schema?: string;
  statementTimeoutMs?: number;
  /** Clock for `updated_at`; injected by tests. */
  now?: () => Date;
}

/**
 * Opens the store named by `url`: `sqlite:<path>` (default `sqlite:./data/support.db`) or
 * `postgres://…` / `postgresql://…`, creating tables as needed. Rejects with an Error naming
 * STORAGE_URL when the URL has neither form.
 */
export async function createStorage(url: string, opts: CreateStorageOptions): Promise<StorageBundle> {
  const log = opts.logger.child({ component: 'storage' });
  if (url.startsWith('sqlite:') && url.length > 'sqlite:'.length) {
    const file = url.slice('sqlite:'.length);
    const existed = file !== ':memory:' && fs.existsSync(file) && fs.statSync(file).size > 0;
    let db: SqliteDatabase;
    try {
      db = openSqlite(file);
    } catch (err) {
      throw new Error(
        `STORAGE_URL: cannot open the SQLite database ${file} (default: DATA_DIR/support.db): ${(err as Error).message}`,
      );
    }
    log.info('storage opened', { kind: 'sqlite', file });
    const storage = new SqliteStorage(db, { now: opts.now });
    const fileCheck = file === ':memory:' ? undefined : new SqliteFileCheck(file, log);
    const key = probeKey();
    const watch = fileCheck && setInterval(() => ignore(() => fileCheck.assertSameFile()), FILE_CHECK_MS);
    watch?.unref();
    return {
      kind: 'sqlite',
      storage,
      feedback: new SqliteFeedbackStore(db),
      unanswered: new SqliteUnansweredStore(db),
      decisions: new SqliteDecisionStore(db),
      db,
      fresh: !existed,
      ping: oneAtATime(async () => {
        fileCheck?.assertSameFile();
        await probeWrite(storage, key, fileCheck && ((k, nonce) => fileCheck.readBack(k, nonce)));
        fileCheck?.passed();
      }),
      close: async () => {
        clearInterval(watch);
        if (db.open) db.close();
      },
    };
  }
  if (/^postgres(ql)?:\/\/.+/.test(url)) {
    const pool = createPgPool(url, { statementTimeoutMs: opts.statementTimeoutMs });
    // An idle client losing its connection emits 'error' on the pool; unhandled, it kills the process.
    pool.on('error', (err) => log.warn('postgres idle client error', { err }));
    const storage = new PostgresStorage(pool, { schema: opts.schema, now: opts.now });
    const feedback = new PostgresFeedbackStore(pool, { schema: opts.schema });
    const unanswered = new PostgresUnansweredStore(pool, { schema: opts.schema });
    const decisions = new PostgresDecisionStore(pool, { schema: opts.schema });
    let fresh: boolean;
    try {
      // Before init creates it: no bot_state table means a new database (or schema).
      const found = await pool.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [
        qualified(opts.schema, 'bot_state'),
      ]);
      fresh = found.rows[0]?.t == null;
      await storage.init();
      await feedback.init();
      await unanswered.init();
      await decisions.init();
    } catch (err) {
      await pool.end().catch(() => undefined);
      // The operator wrote STORAGE_URL: name it, and where it points, but never its password.
      throw new Error(`STORAGE_URL: PostgreSQL at ${describePg(url)} failed: ${(err as Error).message}`);
    }
    log.info('storage opened', { kind: 'postgres', host: new URL(url).host });
    let ended = false;
    const key = probeKey();
    return {
      kind: 'postgres',
      storage,
      feedback,
      unanswered,
      decisions,
      pool,
      fresh,
      ping: oneAtATime(() => probeWrite(storage, key)),
      close: async () => {
        if (ended) return;
        ended = true;
        await pool.end();
      },
    };
  }
  throw new Error('STORAGE_URL must be sqlite:<file> or postgres://… (got an unsupported value)');
}

/** `host:port/database` of a PostgreSQL URL, without user or password. */
function describePg(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host || 'localhost'}${u.pathname || '/'}`;
  } catch {
    return '(an unparsable URL)';
  }
}

/** Runs a check whose failure is already logged by the check itself. */
function ignore(check: () => void): void {
  try {
    check();
  } catch {
    // Logged once by the check; the next /readyz reports it.
  }
}

/**
 * Callers arriving while a probe runs share its outcome: the probe row has one key per process,
 * so two probes at once would read each other's row, and a flood of /readyz stays one write.
 */
function oneAtATime(probe: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    running ??= probe().finally(() => {
      running = undefined;
    });
    return running;
  };
}
