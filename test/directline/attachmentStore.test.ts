import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InMemoryAttachmentStore } from '../../adapters/directline/attachmentStore';
import { SqliteAttachmentStore } from '../../adapters/directline/sqliteAttachmentStore';
import { openSqlite, type SqliteDatabase } from '../../adapters/storage/sqlite';
import { attachmentStoreContract } from './attachmentStoreContract';

attachmentStoreContract('InMemoryAttachmentStore', async () => {
  const store = new InMemoryAttachmentStore();
  return { store, peer: async () => store, dispose: async () => undefined };
});

attachmentStoreContract('SqliteAttachmentStore', async () => {
  // A file, so that the peer is a second connection (and a second migrate, which must be a no-op).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-dl-files-'));
  const file = path.join(dir, 'support.db');
  const dbs: SqliteDatabase[] = [openSqlite(file)];
  return {
    store: new SqliteAttachmentStore(dbs[0]),
    peer: async () => {
      const db = openSqlite(file);
      dbs.push(db);
      return new SqliteAttachmentStore(db);
    },
    dispose: async () => {
      for (const db of dbs) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
