/** Agent accounts: configured ones (AGENTS="alice:secret,…", hashed at load) and database ones. */
import type Database from 'better-sqlite3';
import type { Pool } from 'pg';
import { z } from 'zod';
import type { Agent, AgentDirectory } from '../../handoff/ports';
import { dummyHash, hashSecret, verifySecret } from './passwords';

/** Agent names: short, URL- and log-safe. */
export const agentNameSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9._-]{0,31}$/i, 'agent name: 1–32 letters, digits, dot, dash or underscore');

/** The stored form of an account. */
export interface AgentAccount extends Agent {
  secretHash: string;
}

/** Where accounts are kept; the directory reads through it. */
export interface AgentAccountStore {
  find(name: string): Promise<AgentAccount | null>;
  findById(id: string): Promise<AgentAccount | null>;
  all(): Promise<AgentAccount[]>;
  /** Creates or replaces the account of `name`; returns it. */
  upsert(name: string, secretHash: string): Promise<AgentAccount>;
}

const rowSchema = z.object({ id: z.string(), name: z.string(), secret_hash: z.string() });
const toAccount = (row: unknown): AgentAccount => {
  const r = rowSchema.parse(row);
  return { id: r.id, name: r.name, secretHash: r.secret_hash };
};

/** Accounts in the bot's SQLite file (table `agents`). */
export class SqliteAgentAccounts implements AgentAccountStore {
  constructor(private readonly db: Database.Database) {
    db.exec(
      `CREATE TABLE IF NOT EXISTS agents (id TEXT PRIMARY KEY, name TEXT NOT NULL, secret_hash TEXT NOT NULL, created_at TEXT NOT NULL)`,
    );
  }
  async find(name: string) {
    const r = this.db
      .prepare('SELECT id, name, secret_hash FROM agents WHERE id = ?')
      .get(name.toLowerCase());
    return r ? toAccount(r) : null;
  }
  async findById(id: string) {
    const r = this.db.prepare('SELECT id, name, secret_hash FROM agents WHERE id = ?').get(id);
    return r ? toAccount(r) : null;
  }
  async all() {
    return this.db.prepare('SELECT id, name, secret_hash FROM agents ORDER BY name').all().map(toAccount);
  }
  async upsert(name: string, secretHash: string) {
    const id = name.toLowerCase();
    this.db
      .prepare(
        `INSERT INTO agents (id, name, secret_hash, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET secret_hash = excluded.secret_hash, name = excluded.name`,
      )
      .run(id, displayName(name), secretHash, new Date().toISOString());
    return (await this.find(id)) as AgentAccount;
  }
}

/** Accounts in PostgreSQL (table `agents`, optional schema). Call {@link init} first. */
export class PostgresAgentAccounts implements AgentAccountStore {
  private readonly t: string;
  constructor(
    private readonly pool: Pool,
    opts: { schema?: string } = {},
  ) {
    if (opts.schema && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(opts.schema))
      throw new Error(`invalid schema name "${opts.schema}"`);
    this.t = opts.schema ? `"${opts.schema}".agents` : 'agents';
  }
  async init(): Promise<void> {
    await this.pool.query(
      `CREATE TABLE IF NOT EXISTS ${this.t} (id TEXT PRIMARY KEY, name TEXT NOT NULL, secret_hash TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
  }
  async find(name: string) {
    const r = await this.pool.query(`SELECT id, name, secret_hash FROM ${this.t} WHERE id = $1`, [
      name.toLowerCase(),
    ]);
    return r.rows[0] ? toAccount(r.rows[0]) : null;
  }
  async findById(id: string) {
    const r = await this.pool.query(`SELECT id, name, secret_hash FROM ${this.t} WHERE id = $1`, [id]);
    return r.rows[0] ? toAccount(r.rows[0]) : null;
  }
  async all() {
    return (await this.pool.query(`SELECT id, name, secret_hash FROM ${this.t} ORDER BY name`)).rows.map(
      toAccount,
    );
  }
  async upsert(name: string, secretHash: string) {
    const id = name.toLowerCase();
    await this.pool.query(
      `INSERT INTO ${this.t} (id, name, secret_hash) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET secret_hash = EXCLUDED.secret_hash, name = EXCLUDED.name`,
      [id, displayName(name), secretHash],
    );
    return (await this.find(id)) as AgentAccount;
  }
}

/** The name customers see: as written, with a capital first letter ("alice" → "Alice"). */
export function displayName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Thrown when the AGENTS setting is malformed; names the entry (never the secret). */
export class AgentConfigError extends Error {}

/**
 * Parses `AGENTS="alice:secret,bob:secret"` into hashed accounts. Plain secrets are dropped
 * right here; only the hashes are kept in memory.
 */
export function parseAgentsConfig(spec: string): AgentAccount[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry, i) => {
      const at = entry.indexOf(':');
      const name = agentNameSchema.safeParse(at > 0 ? entry.slice(0, at) : '');
      const secret = at > 0 ? entry.slice(at + 1) : '';
      if (!name.success) throw new AgentConfigError(`AGENTS entry ${i + 1}: ${name.error.issues[0].message}`);
      if (secret.length < 8)
        throw new AgentConfigError(
          `AGENTS entry ${i + 1} (${name.data}): the secret must be at least 8 characters`,
        );
      return { id: name.data.toLowerCase(), name: displayName(name.data), secretHash: hashSecret(secret) };
    });
}

/** The directory agents sign in against: configured accounts first, then the database. */
export class AgentAccountsDirectory implements AgentDirectory {
  private readonly configured: Map<string, AgentAccount>;
  constructor(
    configured: AgentAccount[],
    private readonly store?: AgentAccountStore,
  ) {
    this.configured = new Map(configured.map((a) => [a.id, a]));
  }

  async verify(name: string, secret: string): Promise<Agent | null> {
    const key = name.trim().toLowerCase();
    const account = this.configured.get(key) ?? (await this.store?.find(key)) ?? null;
    // Verify against a dummy hash for unknown names, so the response time reveals nothing.
    const ok = verifySecret(secret, account?.secretHash ?? dummyHash());
    return ok && account ? { id: account.id, name: account.name } : null;
  }

  async get(id: string): Promise<Agent | null> {
    const a = this.configured.get(id) ?? (await this.store?.findById(id)) ?? null;
    return a ? { id: a.id, name: a.name } : null;
  }

  async list(): Promise<Agent[]> {
    const fromDb = (await this.store?.all()) ?? [];
    const all = new Map(
      [...fromDb, ...this.configured.values()].map((a) => [a.id, { id: a.id, name: a.name }]),
    );
    return [...all.values()];
  }
}
