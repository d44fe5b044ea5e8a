/**
 * `npm run agents:add -- <name> [--password <secret>] [--db ./data/support.db]`
 * Creates or replaces an agent account in the SQLite file, storing only the scrypt hash. The
 * secret is read from stdin when --password is absent (so it stays out of shell history).
 */
import { openSqlite } from '../storage/sqlite';
import { SqliteAgentAccounts, agentNameSchema } from './accounts';
import { hashSecret } from './passwords';

interface Args {
  name: string;
  password?: string;
  db: string;
}

/** Parses argv (without node and script); throws an Error naming the problem. */
export function parseArgs(argv: string[]): Args {
  let name: string | undefined;
  let password: string | undefined;
  let db = './data/support.db';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--password') password = argv[++i];
    else if (a === '--db') db = argv[++i] ?? db;
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
  const db = openSqlite(args.db);
  try {
    const account = await new SqliteAgentAccounts(db).upsert(args.name, hashSecret(secret));
    process.stdout.write(`agent "${account.name}" saved in ${args.db}\n`);
  } finally {
    db.close();
  }
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  });
}
