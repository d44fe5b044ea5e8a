/**
 * Retention for what the lead's reports read: decision records, article feedback and unanswered
 * questions older than the cutoff are deleted (ANALYTICS_RETENTION_DAYS), on SQLite or PostgreSQL.
 */
import type { Pool } from 'pg';
import { qualified } from './postgres';
import type { SqliteDatabase } from './sqlite';

/** The tables and their time column; every one is created by its store before this runs. */
const TABLES = ['decisions', 'feedback', 'unanswered'] as const;

export type PurgedCounts = Record<(typeof TABLES)[number], number>;

/** Deletes analytics rows older than `cutoff` in the store at hand; resolves with the count per table. */
export async function purgeAnalytics(
  store: { db?: SqliteDatabase; pool?: Pool; schema?: string },
  cutoff: Date,
): Promise<PurgedCounts> {
  const at = cutoff.toISOString();
  const out = { decisions: 0, feedback: 0, unanswered: 0 };
  for (const table of TABLES) {
    if (store.db) out[table] = store.db.prepare(`DELETE FROM ${table} WHERE at < ?`).run(at).changes;
    else if (store.pool)
      out[table] =
        (await store.pool.query(`DELETE FROM ${qualified(store.schema, table)} WHERE at < $1`, [at]))
          .rowCount ?? 0;
  }
  return out;
}
