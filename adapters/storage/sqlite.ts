import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** The better-sqlite3 connection type, re-exported so callers need not import the driver. */
export type SqliteDatabase = Database.Database;

/**
 * Opens (and creates, with its folder) the SQLite file every module of the bot shares.
 * One connection per process: better-sqlite3 is synchronous, so a second connection would only
 * add lock contention. WAL lets readers (a CLI, a backup) run beside the bot's writes; the busy
 * timeout absorbs a short lock held by such a reader; NORMAL is durable enough under WAL.
 * `':memory:'` opens an in-memory database (tests).
 */
export function openSqlite(file: string): SqliteDatabase {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  return db;
}

/**
 * Applies `sql` once per database under a unique `name` (e.g. "tickets-001"), recording it in a
 * `migrations` table. Returns true when it ran now, false when it had run before. The record and
 * the schema change commit together, so a failed migration leaves nothing half-applied.
 */
export function migrate(db: SqliteDatabase, name: string, sql: string): boolean {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
  const apply = db.transaction((): boolean => {
    const done = db.prepare('SELECT 1 FROM migrations WHERE name = ?').get(name);
    if (done) return false;
    db.exec(sql);
    db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(name, new Date().toISOString());
    return true;
  });
  try {
    return apply.immediate();
  } catch (err) {
    // Our own Error, naming the migration: the driver's error class belongs to whichever module
    // context first loaded the native addon, so `instanceof Error` can fail on it elsewhere.
    throw new Error(`migration ${name} failed: ${(err as Error).message}`);
  }
}
