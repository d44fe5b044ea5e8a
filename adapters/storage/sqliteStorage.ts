import crypto from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Statement } from 'better-sqlite3';
import { migrate, type SqliteDatabase } from './sqlite';
import {
  etagConflict,
  parseEtag,
  prepareWrites,
  type PreparedWrite,
  requireChanges,
  requireKeys,
  toStoreItem,
} from './storeItems';

const SCHEMA = `
CREATE TABLE bot_state (
  key TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  etag INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX bot_state_updated_at ON bot_state (updated_at);
-- Kept for databases created before eTags became random (see newEtag); no longer written.
CREATE TABLE bot_state_etag (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
INSERT INTO bot_state_etag (id, value) VALUES (1, 0);
`;

/**
 * A fresh eTag for every write: a random positive integer below 2^48, so a key deleted and
 * created again never meets its old eTag in practice, and a write needs no shared counter row
 * (one statement instead of a transaction over two).
 */
function newEtag(): number {
  return crypto.randomInt(1, 2 ** 48);
}

/** Options of {@link SqliteStorage}. */
export interface SqliteStorageOptions {
  /** Clock for `updated_at` (retention); injected by tests. */
  now?: () => Date;
}

interface StateRow {
  key: string;
  data: string;
  etag: number;
}

/**
 * botbuilder `Storage` on the bot's SQLite file (storage.md §5): eTag optimistic concurrency with
 * `MemoryStorage`'s rules, but a multi-key write is one transaction (all keys or none).
 */
export class SqliteStorage implements Storage {
  private readonly now: () => Date;
  private readonly stmts: Record<
    'select' | 'selectOne' | 'upsert' | 'update' | 'insert' | 'delete' | 'purge',
    Statement
  >;

  constructor(
    private readonly db: SqliteDatabase,
    options: SqliteStorageOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    migrate(db, 'bot_state-001', SCHEMA);
    // Prepared once: better-sqlite3 blocks the event loop, so each write should cost only the statements.
    this.stmts = {
      select: db.prepare(
        'SELECT key, data, etag FROM bot_state WHERE key IN (SELECT value FROM json_each(?))',
      ),
      selectOne: db.prepare('SELECT key, data, etag FROM bot_state WHERE key = ?'),
      upsert: db.prepare(
        `INSERT INTO bot_state (key, data, etag, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET data = excluded.data, etag = excluded.etag, updated_at = excluded.updated_at`,
      ),
      update: db.prepare(
        'UPDATE bot_state SET data = ?, etag = ?, updated_at = ? WHERE key = ? AND etag = ?',
      ),
      insert: db.prepare(
        'INSERT INTO bot_state (key, data, etag, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING',
      ),
      delete: db.prepare('DELETE FROM bot_state WHERE key IN (SELECT value FROM json_each(?))'),
      purge: db.prepare('DELETE FROM bot_state WHERE updated_at < ?'),
    };
  }

  /** Returns the items that exist, each with its current eTag; missing keys are absent. */
  async read(keys: string[]): Promise<StoreItems> {
    const wanted = requireKeys(keys);
    const result: StoreItems = {};
    if (wanted.length === 0) return result;
    const rows = (
      wanted.length === 1
        ? this.stmts.selectOne.all(wanted[0])
        : this.stmts.select.all(JSON.stringify(wanted))
    ) as StateRow[];
    for (const row of rows) result[row.key] = toStoreItem(row.data, row.etag);
    return result;
  }

  /** Writes all items or none; rejects with the `MemoryStorage` conflict error on a stale eTag. */
  async write(changes: StoreItems): Promise<void> {
    const writes = prepareWrites(requireChanges(changes));
    if (writes.length === 0) return;
    const at = this.now().toISOString();
    // One item (every turn's conversation state) needs no explicit transaction: its one or two
    // statements each commit atomically, and the outcome is the same in any interleaving.
    if (writes.length === 1) return this.writeOne(writes[0], at);
    this.db.transaction(() => writes.forEach((w) => this.writeOne(w, at))).immediate();
  }

  private writeOne(w: PreparedWrite, at: string): void {
    const { upsert, update, insert } = this.stmts;
    const etag = newEtag();
    if (w.expected === undefined) {
      upsert.run(w.key, w.json, etag, at);
      return;
    }
    const expected = parseEtag(w.expected);
    if (expected !== undefined && update.run(w.json, etag, at, w.key, expected).changes === 1) return;
    // No row with that eTag: create the key if it is absent (as MemoryStorage does), else conflict.
    if (insert.run(w.key, w.json, etag, at).changes === 1) return;
    throw etagConflict(w.key);
  }

  /** Deletes the keys; missing keys are ignored. */
  async delete(keys: string[]): Promise<void> {
    if (!keys || keys.length === 0) return;
    this.stmts.delete.run(JSON.stringify(keys));
  }

  /** Retention: deletes state not written since `cutoff`; returns how many keys went. */
  async purgeOlderThan(cutoff: Date): Promise<number> {
    return this.stmts.purge.run(cutoff.toISOString()).changes;
  }
}
