import { Pool, type PoolClient } from 'pg';

/** Options for {@link createPgPool}. */
export interface PgPoolOptions {
  /** Server-side limit on every statement, so a stuck lock fails a turn instead of hanging it. */
  statementTimeoutMs?: number;
  /** How long to wait for a connection before failing. */
  connectionTimeoutMs?: number;
  max?: number;
}

/** A `pg` pool with our defaults: 5 s statement timeout, 5 s connect timeout, 10 connections. */
export function createPgPool(url: string, options: PgPoolOptions = {}): Pool {
  return new Pool({
    connectionString: url,
    statement_timeout: options.statementTimeoutMs ?? 5000,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5000,
    max: options.max ?? 10,
  });
}

/**
 * Quotes a schema-qualified table name. Schema names come from configuration or tests, never
 * from users, but they are still checked because they cannot be bound as parameters.
 */
export function qualified(schema: string | undefined, table: string): string {
  if (schema === undefined) return table;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`PostgreSQL schema name "${schema}" must match [a-z_][a-z0-9_]*`);
  }
  return `"${schema}".${table}`;
}

/**
 * Runs schema DDL under a transaction-scoped advisory lock: several bot instances starting at
 * once would otherwise race on `CREATE TABLE IF NOT EXISTS` (a duplicate pg_type error).
 * Other modules (tickets) can use it for their own tables.
 */
export async function runDdl(pool: Pool, sql: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('kingston-express-support-ddl'))`);
    await client.query(sql);
  });
}

/** Runs `fn` in one transaction on one pooled client: committed when it resolves, rolled back when it throws. */
export async function inTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
