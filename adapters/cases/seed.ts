/**
 * `npm run cases:seed [-- --db <file>] [-- --now 2026-11-23T10:00:00Z]`: writes the demo records
 * (ids DEMO-…, marked demo) into the `cases` table of the SQLite store the server uses (the file
 * under `DATA_DIR`, or `STORAGE_URL`'s), or the file `--db` names. Idempotent: running it again
 * refreshes the same ids with dates relative to the new `now`. The embedded case table exists on
 * SQLite only; with PostgreSQL the marketplace's API (`CASES_API_URL`) answers lookups.
 */
import { parseArgs } from 'node:util';
import { openSqlite, type SqliteDatabase } from '../storage/sqlite';
import { sqliteFileOf, storageUrlFrom, type StorageSettings } from '../storage/storageUrl';
import { demoCases } from './demoCases';
import { SqliteCaseLookup } from './sqliteCaseLookup';

export { demoCases } from './demoCases';

/** Upserts the demo records into `db`; returns how many were written. */
export function seedDemoCases(db: SqliteDatabase, now: Date): number {
  const records = demoCases(now);
  new SqliteCaseLookup(db).upsertMany(records);
  return records.length;
}

/**
 * Parses the script's arguments against the configured store; the error names the bad option or
 * setting.
 */
export function parseSeedArgs(argv: string[], env: StorageSettings = {}): { db: string; now: Date } {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, now: { type: 'string' } },
    strict: true,
  });
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new Error(`--now: "${values.now}" is not an ISO 8601 date`);
  if (values.db !== undefined) return { db: values.db, now };
  const db = sqliteFileOf(storageUrlFrom(env));
  if (db === null)
    throw new Error(
      'STORAGE_URL is PostgreSQL: the demo case table is embedded (SQLite) only; with PostgreSQL, ' +
        'CASES_API_URL names the marketplace API that answers case lookups (or pass --db <file>)',
    );
  return { db, now };
}

function main(): void {
  const args = parseSeedArgs(process.argv.slice(2), process.env);
  const db = openSqlite(args.db);
  try {
    const n = seedDemoCases(db, args.now);
    process.stdout.write(`Seeded ${n} demo records (DEMO-1001 … DEMO-1007) into ${args.db}\n`);
  } finally {
    db.close();
  }
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`cases:seed failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
