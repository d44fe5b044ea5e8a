import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteTicketStore } from '../../adapters/tickets/sqliteTicketStore';
import { ticketStoreContract } from './contract';

ticketStoreContract('SQLite', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-tickets-'));
  const file = path.join(dir, 'support.db');
  const open: Database.Database[] = [];
  const connect = () => {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 2000');
    open.push(db);
    return new SqliteTicketStore(db);
  };
  return {
    make: async () => connect(),
    reopen: async () => {
      for (const db of open.splice(0)) db.close();
      return connect();
    },
    cleanup: async () => {
      for (const db of open.splice(0)) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
