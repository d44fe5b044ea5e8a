import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate, openSqlite } from '../../adapters/storage/sqlite';
import { SqliteStorage } from '../../adapters/storage/sqliteStorage';
import { storageContract, transactionalStoreContract } from './storageContract';

function tempFile(): { file: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-storage-'));
  return {
    file: path.join(dir, 'nested', 'support.db'),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

const sqliteFactory = async () => {
  const tmp = tempFile();
  const db = openSqlite(tmp.file);
  return {
    storage: new SqliteStorage(db),
    dispose: async () => {
      db.close();
      tmp.remove();
    },
  };
};

storageContract('SqliteStorage', sqliteFactory);
transactionalStoreContract('SqliteStorage', sqliteFactory);

describe('SqliteStorage: file handling', () => {
  let tmp: ReturnType<typeof tempFile>;
  beforeEach(() => {
    tmp = tempFile();
  });
  afterEach(() => tmp.remove());

  it('when the folder is missing, then openSqlite creates it and sets WAL, busy timeout and NORMAL sync', () => {
    const db = openSqlite(tmp.file);
    expect(fs.existsSync(tmp.file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    db.close();
  });

  it('when the file is closed and reopened, then items and their eTags survive', async () => {
    const first = openSqlite(tmp.file);
    await new SqliteStorage(first).write({ 'webchat/conversations/c1/state': { step: 2 } });
    const before = await new SqliteStorage(first).read(['webchat/conversations/c1/state']);
    first.close();

    const second = openSqlite(tmp.file);
    const after = await new SqliteStorage(second).read(['webchat/conversations/c1/state']);
    second.close();
    expect(after).toEqual(before);
    expect(after['webchat/conversations/c1/state'].step).toBe(2);
  });

  // better-sqlite3 runs each write to completion, so the two never interleave: what this checks is
  // that the eTag condition holds across connections (the second writer's eTag is stale by then).
  it('when two connections to one file write with the same eTag, then exactly one wins', async () => {
    const a = openSqlite(tmp.file);
    const b = openSqlite(tmp.file);
    const sa = new SqliteStorage(a);
    const sb = new SqliteStorage(b);
    await sa.write({ k: { by: 'seed' } });
    const { eTag } = (await sb.read(['k'])).k;
    const results = await Promise.allSettled([
      sa.write({ k: { by: 'a', eTag } }),
      sb.write({ k: { by: 'b', eTag } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await sb.read(['k'])).k.by).toBe(results[0].status === 'fulfilled' ? 'a' : 'b');
    a.close();
    b.close();
  });

  it('when the eTag is stored, then the JSON in the row does not contain it', async () => {
    const db = openSqlite(tmp.file);
    await new SqliteStorage(db).write({ k: { v: 1, eTag: '*' } });
    const row = db.prepare('SELECT data FROM bot_state WHERE key = ?').get('k') as { data: string };
    expect(JSON.parse(row.data)).toEqual({ v: 1 });
    db.close();
  });

  it('when purging with a cutoff, then only state last written before it is deleted', async () => {
    const db = openSqlite(tmp.file);
    let now = new Date('2026-11-01T10:00:00.000Z');
    const storage = new SqliteStorage(db, { now: () => now });
    await storage.write({ old: { v: 1 }, touched: { v: 1 } });
    now = new Date('2026-11-20T10:00:00.000Z');
    await storage.write({ touched: { v: 2 }, recent: { v: 1 } });
    const purged = await storage.purgeOlderThan(new Date('2026-11-10T00:00:00.000Z'));
    expect(purged).toBe(1);
    expect(Object.keys(await storage.read(['old', 'touched', 'recent'])).sort()).toEqual([
      'recent',
      'touched',
    ]);
    db.close();
  });

  it('when a migration is applied twice, then it runs once and is recorded', () => {
    const db = openSqlite(':memory:');
    expect(migrate(db, 'things-001', 'CREATE TABLE things (id INTEGER)')).toBe(true);
    expect(migrate(db, 'things-001', 'CREATE TABLE things (id INTEGER)')).toBe(false);
    expect(db.prepare('SELECT name FROM migrations').all()).toEqual([{ name: 'things-001' }]);
    db.close();
  });

  it('when a migration fails, then nothing of it is recorded', () => {
    const db = openSqlite(':memory:');
    expect(() => migrate(db, 'bad-001', 'CREATE TABLE ok (id INTEGER); CREATE TABLE broken (')).toThrow();
    expect(db.prepare("SELECT name FROM migrations WHERE name = 'bad-001'").all()).toEqual([]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'ok'").all()).toEqual([]);
    db.close();
  });
});
