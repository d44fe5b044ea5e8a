/**
 * `npm run agents:add -- <name> [--password <secret>] [--db <file>]`
 * Creates or replaces an agent account, storing only the scrypt hash, in the store the server
 * uses: `STORAGE_URL` (SQLite or PostgreSQL), else the SQLite file under `DATA_DIR`; `--db` names
 * a SQLite file instead. The secret is read from stdin when --password is absent (so it stays out
 * of shell history).
 */
import { createPgPool } from '../storage/postgres';
import { openSqlite } from '../storage/sqlite';
import { sqliteFileOf, storageUrlFrom } from '../storage/storageUrl';
import { PostgresAgentAccounts, SqliteAgentAccounts, agentNameSchema, type AgentAccount } from './accounts';
import { hashSecret } from './passwords';

interface Args {
  name: string;
  password?: string;
  /** A SQLite file named on the command line; otherwise the configured store. */
  db?: string;
}

/** Parses argv (without node and script); throws an Error naming the problem. */
export function parseArgs(argv: string[]): Args {
  let name: string | undefined;
  let password: string | undefined;
  let db: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--password') password = argv[++i];
    else if (a === '--db') db = argv[++i];
    else if (!a.startsWith('--') && name === undefined) name = a;
    else throw new Error(`unknown argument "${a}"`);
  }
  const parsed = agentNameSchema.safeParse(name ?? '');
  if (!parsed.success)
    throw new Error(
      `usage: npm run agents:add -- <name> [--password <secret>] [--db <file>]\n${parsed.error.issues[0].message}`,
    );
  return { name: parsed.data, password, db };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.password === undefined && process.stdin.isTTY) process.stderr.write(`Secret for ${args.name}: `);
  const secret = args.password ?? (await readStdin());
  if (secret.length < 8) throw new Error('the secret must be at least 8 characters');
  const url = args.db ? `sqlite:${args.db}` : storageUrlFrom(process.env);
  const account = await saveAccount(url, args.name, hashSecret(secret));
  process.stdout.write(`agent "${account.name}" saved in ${describe(url)}\n`);
}

/** Upserts the account in the store `url` names, as the server opens it. */
export async function saveAccount(url: string, name: string, secretHash: string): Promise<AgentAccount> {
  const file = sqliteFileOf(url);
  if (file !== null) {
    const db = openSqlite(file);
    try {
      return await new SqliteAgentAccounts(db).upsert(name, secretHash);
    } finally {
      db.close();
    }
  }
  const pool = createPgPool(url);
  try {
    const accounts = new PostgresAgentAccounts(pool);
    await accounts.init();
    return await accounts.upsert(name, secretHash);
  } catch (err) {
    throw new Error(`STORAGE_URL: could not write to PostgreSQL (${(err as Error).message})`);
  } finally {
    await pool.end();
  }
}

/** Where the account went, without a password that a PostgreSQL URL may carry. */
function describe(url: string): string {
  const file = sqliteFileOf(url);
  return file ?? `PostgreSQL at ${new URL(url).host}`;
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  });
}
