import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InMemoryConversationLog } from '../../adapters/directline/conversationLog';
import { SqliteConversationLog } from '../../adapters/directline/sqliteConversationLog';
import { openSqlite, type SqliteDatabase } from '../../adapters/storage/sqlite';
import { conversationLogContract } from './conversationLogContract';

conversationLogContract('InMemoryConversationLog', async () => {
  const log = new InMemoryConversationLog();
  return { log, peer: async () => log, dispose: async () => undefined };
});

conversationLogContract('SqliteConversationLog', async () => {
  // A file, not :memory:, so that the peer is a second connection to the same database.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-dl-log-'));
  const file = path.join(dir, 'support.db');
  const dbs: SqliteDatabase[] = [openSqlite(file)];
  return {
    log: new SqliteConversationLog(dbs[0]),
    peer: async () => {
      const db = openSqlite(file);
      dbs.push(db);
      return new SqliteConversationLog(db);
    },
    dispose: async () => {
      for (const db of dbs) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteConversationLog on a file from before conversations recorded who started them', () => {
  it('when opened, then the column is added, old conversations count as a widget (fail closed) and new ones keep their origin', async () => {
    const db = openSqlite(':memory:');
    try {
      db.exec(`
        CREATE TABLE dl_conversations (
          id TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at TEXT NOT NULL,
          last_seq INTEGER NOT NULL DEFAULT 0, last_ts TEXT);
        INSERT INTO dl_conversations (id, user_id, created_at) VALUES ('old', 'dl_old', '2026-05-01T10:00:00.000Z');
      `);
      const log = new SqliteConversationLog(db);
      // Opened a second time, nothing is added twice.
      const again = new SqliteConversationLog(db);
      expect(await log.get('old')).toEqual({
        id: 'old',
        userId: 'dl_old',
        createdAt: '2026-05-01T10:00:00.000Z',
        origin: 'widget',
      });
      await again.create({ id: 'cc', userId: 'u', createdAt: '2026-05-01T10:00:00.000Z', origin: 'backend' });
      expect((await log.get('cc'))?.origin).toBe('backend');
    } finally {
      db.close();
    }
  });
});
