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
