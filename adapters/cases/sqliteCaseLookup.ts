import { z } from 'zod';
import type { CaseFacts } from '../../knowledge/types';
import { migrate, type SqliteDatabase } from '../storage/sqlite';
import { CaseLookupError, normaliseCaseId, type CaseLookup } from './port';
import { checkCaseRecord } from './schema';

const SCHEMA = `
CREATE TABLE cases (
  id TEXT PRIMARY KEY COLLATE NOCASE,
  kind TEXT NOT NULL CHECK (kind IN ('order', 'case')),
  process TEXT,
  status TEXT NOT NULL,
  closed INTEGER NOT NULL,
  opened_at TEXT NOT NULL,
  last_update_at TEXT NOT NULL,
  dispatched_by_kx INTEGER NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0
);`;

const rowSchema = z.object({
  id: z.string(),
  kind: z.string(),
  process: z.string().nullable(),
  status: z.string(),
  closed: z.number(),
  opened_at: z.string(),
  last_update_at: z.string(),
  dispatched_by_kx: z.number(),
  demo: z.number(),
});

/**
 * {@link CaseLookup} on a `cases` table in the bot's SQLite file: the embedded source for demos
 * and for marketplaces without an API. Ids match case-insensitively ("demo-1001" finds DEMO-1001).
 */
export class SqliteCaseLookup implements CaseLookup {
  constructor(private readonly db: SqliteDatabase) {
    migrate(db, 'cases-001', SCHEMA);
  }

  async find(id: string): Promise<CaseFacts | null> {
    const row: unknown = this.db.prepare('SELECT * FROM cases WHERE id = ?').get(normaliseCaseId(id));
    if (row === undefined) return null;
    const r = rowSchema.parse(row);
    const checked = checkCaseRecord({
      id: r.id,
      kind: r.kind,
      process: r.process,
      status: r.status,
      closed: r.closed === 1,
      openedAt: r.opened_at,
      lastUpdateAt: r.last_update_at,
      dispatchedByKx: r.dispatched_by_kx === 1,
      demo: r.demo === 1,
    });
    if (!checked.ok) {
      throw new CaseLookupError(
        'invalid-record',
        `cases row ${r.id}: field "${checked.field}" ${checked.message}`,
        checked.field,
      );
    }
    return checked.facts;
  }

  /** Inserts or replaces one record (validated first; the error names the bad field). */
  async upsert(facts: CaseFacts): Promise<void> {
    const checked = checkCaseRecord(facts);
    if (!checked.ok) throw new Error(`case ${facts.id}: field "${checked.field}" ${checked.message}`);
    this.upsertSync([checked.facts]);
  }

  /** Inserts or replaces many records in one transaction. */
  upsertMany(records: readonly CaseFacts[]): void {
    const valid = records.map((facts) => {
      const checked = checkCaseRecord(facts);
      if (!checked.ok) throw new Error(`case ${facts.id}: field "${checked.field}" ${checked.message}`);
      return checked.facts;
    });
    this.upsertSync(valid);
  }

  private upsertSync(records: readonly CaseFacts[]): void {
    const stmt = this.db.prepare(
      `INSERT INTO cases (id, kind, process, status, closed, opened_at, last_update_at, dispatched_by_kx, demo)
       VALUES (@id, @kind, @process, @status, @closed, @openedAt, @lastUpdateAt, @dispatchedByKx, @demo)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, process = excluded.process, status = excluded.status,
         closed = excluded.closed, opened_at = excluded.opened_at, last_update_at = excluded.last_update_at,
         dispatched_by_kx = excluded.dispatched_by_kx, demo = excluded.demo`,
    );
    this.db.transaction(() => {
      for (const f of records) {
        stmt.run({
          ...f,
          id: normaliseCaseId(f.id),
          closed: f.closed ? 1 : 0,
          dispatchedByKx: f.dispatchedByKx ? 1 : 0,
          demo: f.demo ? 1 : 0,
        });
      }
    })();
  }

  /** How many records are marked demo (for a startup log line). */
  countDemo(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM cases WHERE demo = 1').get() as { n: number }).n;
  }
}
