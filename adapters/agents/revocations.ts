/**
 * Signed-out agent sessions, kept in the store until the token would have expired anyway: a
 * session token is signed and carries its own expiry, so signing out must be remembered where
 * every instance looks (the bot's SQLite file, or PostgreSQL shared by all instances).
 */
import type { Pool } from 'pg';
import { migrate, type SqliteDatabase } from '../storage/sqlite';
import { qualified, runDdl } from '../storage/postgres';

export interface SessionRevocations {
  /** Remembers that session `id` was signed out; `expiresAt` (ms) is when it would have ended. */
  revoke(id: string, expiresAt: number): Promise<void>;
  isRevoked(id: string): Promise<boolean>;
  /** Forgets revocations of sessions that have expired since (they are refused for that anyway). */
  purgeExpired(now: Date): Promise<void>;
}

/** In this process only: tests and hubs mounted without a store. */
export class MemorySessionRevocations implements SessionRevocations {
  private readonly revoked = new Map<string, number>();
  async revoke(id: string, expiresAt: number) {
    this.revoked.set(id, expiresAt);
  }
  async isRevoked(id: string) {
    return this.revoked.has(id);
  }
  async purgeExpired(now: Date) {
    for (const [id, at] of this.revoked) if (at <= now.getTime()) this.revoked.delete(id);
  }
}

/** In the bot's SQLite file (table `agent_session_revocations`). */
export class SqliteSessionRevocations implements SessionRevocations {
  constructor(private readonly db: SqliteDatabase) {
    migrate(
      db,
      'agent_session_revocations-001',
      'CREATE TABLE IF NOT EXISTS agent_session_revocations (id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL)',
    );
  }
  async revoke(id: string, expiresAt: number) {
    this.db
      .prepare('INSERT OR IGNORE INTO agent_session_revocations (id, expires_at) VALUES (?, ?)')
      .run(id, expiresAt);
  }
  async isRevoked(id: string) {
    return this.db.prepare('SELECT 1 FROM agent_session_revocations WHERE id = ?').get(id) !== undefined;
  }
  async purgeExpired(now: Date) {
    this.db.prepare('DELETE FROM agent_session_revocations WHERE expires_at <= ?').run(now.getTime());
  }
}

/** In PostgreSQL, seen by every instance. Call {@link init} first. */
export class PostgresSessionRevocations implements SessionRevocations {
  private readonly table: string;
  constructor(
    private readonly pool: Pool,
    opts: { schema?: string } = {},
  ) {
    this.table = qualified(opts.schema, 'agent_session_revocations');
  }
  init(): Promise<void> {
    return runDdl(
      this.pool,
      `CREATE TABLE IF NOT EXISTS ${this.table} (id TEXT PRIMARY KEY, expires_at BIGINT NOT NULL)`,
    );
  }
  async revoke(id: string, expiresAt: number) {
    await this.pool.query(
      `INSERT INTO ${this.table} (id, expires_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`,
      [id, expiresAt],
    );
  }
  async isRevoked(id: string) {
    return (await this.pool.query(`SELECT 1 FROM ${this.table} WHERE id = $1`, [id])).rowCount !== 0;
  }
  async purgeExpired(now: Date) {
    await this.pool.query(`DELETE FROM ${this.table} WHERE expires_at <= $1`, [now.getTime()]);
  }
}

/** The revocation list in the bot's store: PostgreSQL when there is a pool, else the SQLite file. */
export async function revocationsFor(storage: {
  db?: SqliteDatabase;
  pool?: Pool;
}): Promise<SessionRevocations> {
  if (storage.pool) {
    const pg = new PostgresSessionRevocations(storage.pool);
    await pg.init();
    return pg;
  }
  return storage.db ? new SqliteSessionRevocations(storage.db) : new MemorySessionRevocations();
}
