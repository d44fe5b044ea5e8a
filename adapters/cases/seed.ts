/**
 * `npm run cases:seed [-- --db ./data/support.db] [-- --now 2026-11-23T10:00:00Z]`: writes the
 * demo records (ids DEMO-…, marked demo) into the SQLite `cases` table. Idempotent: running it
 * again refreshes the same ids with dates relative to the new `now`.
 */
import { parseArgs } from 'node:util';
import { openSqlite, type SqliteDatabase } from '../storage/sqlite';
import { demoCases } from './demoCases';
import { SqliteCaseLookup } from './sqliteCaseLookup';

export { demoCases } from './demoCases';

/** Upserts the demo records into `db`; returns how many were written. */
export function seedDemoCases(db: SqliteDatabase, now: Date): number {
  const records = demoCases(now);
  new SqliteCaseLookup(db).upsertMany(records);
  return records.length;
}

/** Parses the script's arguments; the error names the bad option. */
export function parseSeedArgs(argv: string[]): { db: string; now: Date } {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string', default: './data/support.db' }, now: { type: 'string' } },
    strict: true,
  });
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new Error(`--now: "${values.now}" is not an ISO 8601 date`);
  return { db: values.db, now };
}

function main(): void {
  const args = parseSeedArgs(process.argv.slice(2));
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
