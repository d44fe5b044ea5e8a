/**
 * `npm run agents:add` writes where the server reads: the store named by STORAGE_URL, else the
 * SQLite file under DATA_DIR (a newcomer following the README with DATA_DIR set could not sign in
 * when the command always wrote to ./data).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  AgentAccountsDirectory,
  PostgresAgentAccounts,
  SqliteAgentAccounts,
} from '../../adapters/agents/accounts';
import { saveAccount } from '../../adapters/agents/addAgent';
import { hashSecret } from '../../adapters/agents/passwords';
import { openSqlite } from '../../adapters/storage/sqlite';
import { storageUrlFrom } from '../../adapters/storage/storageUrl';
import { loadConfig } from '../../bot/config';
import { TEST_DATABASE_URL, describePostgres, dropSchema, freshSchema, testPool } from '../support/postgres';

const REPO = path.resolve(__dirname, '..', '..');

describe('agents:add and the configured store', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-agents-add-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('when DATA_DIR is set, then the command writes the account into the file the server opens', async () => {
    execFileSync(process.execPath, [require.resolve('tsx/cli'), 'adapters/agents/addAgent.ts', 'alice'], {
      cwd: REPO,
      env: { ...process.env, DATA_DIR: dir, STORAGE_URL: '' },
      input: 'alice-secret-1\n',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const serverUrl = loadConfig({ DATA_DIR: dir }).storageUrl;
    expect(serverUrl).toBe(storageUrlFrom({ DATA_DIR: dir }));
    expect(fs.existsSync(path.join(dir, 'support.db'))).toBe(true);
    const db = openSqlite(path.join(dir, 'support.db'));
    try {
      const directory = new AgentAccountsDirectory([], new SqliteAgentAccounts(db));
      expect(await directory.verify('alice', 'alice-secret-1')).toEqual({ id: 'alice', name: 'Alice' });
    } finally {
      db.close();
    }
  });

  it('when --db names a file, then that file wins over DATA_DIR', async () => {
    const file = path.join(dir, 'other.db');
    await saveAccount(`sqlite:${file}`, 'bob', hashSecret('bob-secret-1'));
    const db = openSqlite(file);
    try {
      expect(await new SqliteAgentAccounts(db).find('bob')).toMatchObject({ id: 'bob' });
    } finally {
      db.close();
    }
    expect(fs.existsSync(path.join(dir, 'support.db'))).toBe(false);
  });
});

describePostgres()('agents:add with STORAGE_URL on PostgreSQL', () => {
  it('when STORAGE_URL is PostgreSQL, then the account lands in its agents table', async () => {
    const pool = testPool();
    const schema = await freshSchema(pool);
    try {
      // The schema through search_path, as a deployment would set it in the URL.
      const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      await saveAccount(
        storageUrlFrom({ STORAGE_URL: url, DATA_DIR: '/nonexistent' }),
        'Carol',
        hashSecret('carol-secret-1'),
      );
      const directory = new AgentAccountsDirectory([], new PostgresAgentAccounts(pool, { schema }));
      expect(await directory.verify('carol', 'carol-secret-1')).toEqual({ id: 'carol', name: 'Carol' });
    } finally {
      await dropSchema(pool, schema);
      await pool.end();
    }
  });

  it('when PostgreSQL cannot be reached, then the error names STORAGE_URL', async () => {
    await expect(
      saveAccount('postgres://nobody@127.0.0.1:1/none', 'dave', hashSecret('dave-secret-1')),
    ).rejects.toThrow(/STORAGE_URL/);
  });
});
