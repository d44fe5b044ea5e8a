import type { Storage, StoreItems } from 'botbuilder';
import type { Pool, PoolClient } from 'pg';
import { inTransaction, qualified, runDdl } from './postgres';
import {
  etagConflict,
  parseEtag,
  prepareWrites,
  requireChanges,
  requireKeys,
  toStoreItem,
} from './storeItems';

/** Options of {@link PostgresStorage}. */
export interface PostgresStorageOptions {
  /** Schema holding `bot_state`; default: the connection's search_path (normally `public`). */
  schema?: string;
  /** Clock for `updated_at` (retention); injected by tests. */
  now?: () => Date;
}

interface StateRow {
  key: string;
  data: unknown;
  etag: string;
}

/**
 * botbuilder `Storage` on PostgreSQL (storage.md §5), safe with several bot instances: the eTag
 * check happens inside the writing statement (never a separate read), and a multi-key write is
 * one transaction. Call {@link PostgresStorage.init} once before use.
 */
export class PostgresStorage implements Storage {
  private readonly table: string;
  private readonly seq: string;
  private readonly now: () => Date;

  constructor(
    private readonly pool: Pool,
    options: PostgresStorageOptions = {},
  ) {
    this.table = qualified(options.schema, 'bot_state');
    this.seq = qualified(options.schema, 'bot_state_etag_seq');
    this.now = options.now ?? (() => new Date());
  }

  /** Creates the table, its retention index and the eTag sequence if missing. */
  async init(): Promise<void> {
    // One sequence for all keys, so a key deleted and created again never reuses an old eTag.
    await runDdl(
      this.pool,
      `
      CREATE SEQUENCE IF NOT EXISTS ${this.seq};
      CREATE TABLE IF NOT EXISTS ${this.table} (
        key TEXT PRIMARY KEY,
        data JSONB NOT NULL,
        etag BIGINT NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX IF NOT EXISTS bot_state_updated_at ON ${this.table} (updated_at);
    `,
    );
  }

  /** Returns the items that exist, each with its current eTag; missing keys are absent. */
  async read(keys: string[]): Promise<StoreItems> {
    const wanted = requireKeys(keys);
    const result: StoreItems = {};
    if (wanted.length === 0) return result;
    const { rows } = await this.pool.query<StateRow>(
      `SELECT key, data, etag FROM ${this.table} WHERE key = ANY($1::text[])`,
      [wanted],
    );
    for (const row of rows) result[row.key] = toStoreItem(row.data, row.etag);
    return result;
  }

  /** Writes all items or none; rejects with the `MemoryStorage` conflict error on a stale eTag. */
  async write(changes: StoreItems): Promise<void> {
    const writes = prepareWrites(requireChanges(changes));
    if (writes.length === 0) return;
    const at = this.now().toISOString();
    await inTransaction(this.pool, async (client) => {
      for (const w of writes) {
        const ok = await this.writeOne(client, w.key, w.json, w.expected, at);
        if (!ok) throw etagConflict(w.key);
      }
    });
  }

  /** One statement per key; true when the row was written. */
  private async writeOne(
    client: PoolClient,
    key: string,
    json: string,
    expected: string | undefined,
    at: string,
  ): Promise<boolean> {
    if (expected === undefined) {
      await client.query(
        `INSERT INTO ${this.table} (key, data, etag, updated_at) VALUES ($1, $2::jsonb, nextval('${this.seq}'), $3)
         ON CONFLICT (key) DO UPDATE SET data = excluded.data, etag = excluded.etag, updated_at = excluded.updated_at`,
        [key, json, at],
      );
      return true;
    }
    // Update if the eTag matches; otherwise create the key if it is absent (MemoryStorage does);
    // ON CONFLICT DO NOTHING makes a concurrent creator lose cleanly instead of raising.
    // A non-numeric eTag can match no row, so it is bound as -1.
    const { rows } = await client.query<{ n: string }>(
      `WITH upd AS (
         UPDATE ${this.table} SET data = $2::jsonb, etag = nextval('${this.seq}'), updated_at = $4
         WHERE key = $1 AND etag = $3 RETURNING 1
       ), ins AS (
         INSERT INTO ${this.table} (key, data, etag, updated_at)
         SELECT $1, $2::jsonb, nextval('${this.seq}'), $4 WHERE NOT EXISTS (SELECT 1 FROM upd)
         ON CONFLICT (key) DO NOTHING RETURNING 1
       )
       SELECT (SELECT count(*) FROM upd) + (SELECT count(*) FROM ins) AS n`,
      [key, json, parseEtag(expected) ?? -1, at],
    );
    return Number(rows[0]?.n) === 1;
  }

  /** Deletes the keys; missing keys are ignored. */
  async delete(keys: string[]): Promise<void> {
    if (!keys || keys.length === 0) return;
    await this.pool.query(`DELETE FROM ${this.table} WHERE key = ANY($1::text[])`, [keys]);
  }

  /** Retention: deletes state not written since `cutoff`; returns how many keys went. */
  async purgeOlderThan(cutoff: Date): Promise<number> {
    const res = await this.pool.query(`DELETE FROM ${this.table} WHERE updated_at < $1`, [
      cutoff.toISOString(),
    ]);
    return res.rowCount ?? 0;
  }
}
