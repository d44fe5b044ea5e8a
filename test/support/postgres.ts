import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';

/** The test server: the local throw-away cluster unless TEST_DATABASE_URL names another. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** True when the test server answers within 1 s; integration suites `describe.skip` otherwise. */
export async function postgresAvailable(url: string = TEST_DATABASE_URL): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The same probe, synchronously (in a child process): jest registers suites synchronously, so
 * `describe.skip` must be chosen before any await. The answer is cached in the environment so
 * the files of one jest worker probe once.
 */
export function postgresAvailableSync(url: string = TEST_DATABASE_URL): boolean {
  const cacheKey = 'KX_TEST_POSTGRES_AVAILABLE';
  const cached = process.env[cacheKey];
  if (cached === '1' || cached === '0') return cached === '1';
  const probe = `
    const { Client } = require('pg');
    const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 1000 });
    c.on('error', () => {});
    c.connect().then(() => c.query('SELECT 1')).then(() => process.exit(0), () => process.exit(1));`;
  const res = spawnSync(process.execPath, ['-e', probe, url], { timeout: 5000, stdio: 'ignore' });
  const ok = res.status === 0;
  process.env[cacheKey] = ok ? '1' : '0';
  return ok;
}

/** `describe` when the test server answers, `describe.skip` otherwise: the PostgreSQL tier's entry. */
export function describePostgres(): jest.Describe {
  return postgresAvailableSync() ? describe : describe.skip;
}

/** A pool on the test server with a short statement timeout, so a stuck test fails instead of hanging. */
export function testPool(url: string = TEST_DATABASE_URL): Pool {
  const pool = new Pool({ connectionString: url, statement_timeout: 5000, max: 10 });
  pool.on('error', () => undefined);
  return pool;
}

/** Creates a uniquely named empty schema (e.g. `test_1a2b3c4d5e6f`) and returns its name. */
export async function freshSchema(pool: Pool): Promise<string> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await pool.query(`CREATE SCHEMA "${name}"`);
  return name;
}

/**
 * The test database's URL with `schema` first on the search path, for the whole app (whose
 * STORAGE_URL has no schema setting): its tables go there, unseen by other tests.
 */
export function urlWithSearchPath(schema: string, url: string = TEST_DATABASE_URL): string {
  const options = encodeURIComponent(`-c search_path=${schema}`);
  return `${url}${url.includes('?') ? '&' : '?'}options=${options}`;
}

/** Drops a schema made by {@link freshSchema}, with everything in it. */
export async function dropSchema(pool: Pool, name: string): Promise<void> {
  if (!/^test_[0-9a-f]{12}$/.test(name)) throw new Error(`refusing to drop schema "${name}"`);
  await pool.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
}

/**
 * A contract harness for a PostgreSQL-backed store: a fresh schema, the store on one pool and a
 * `peer` on a second pool (its own connections, as a second instance would have), both
 * initialised; `dispose` drops the schema and ends the pools.
 */
export async function pgStoreHarness<S extends { init(): Promise<void> }>(
  create: (pool: Pool, schema: string) => S,
): Promise<{ store: S; peer(): Promise<S>; dispose(): Promise<void> }> {
  const pool = testPool();
  const schema = await freshSchema(pool);
  const pools = [pool];
  const store = create(pool, schema);
  await store.init();
  return {
    store,
    peer: async () => {
      const other = testPool();
      pools.push(other);
      const peer = create(other, schema);
      await peer.init();
      return peer;
    },
    dispose: async () => {
      await dropSchema(pool, schema);
      for (const p of pools) await p.end();
    },
  };
}
