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

describe('SQLite ticket store: databases made before message attachments', () => {
  it('when an old file is opened, then the column is added once and its old lines read back with no attachments', () => {
    const db = new Database(':memory:');
    db.exec(`
      CREATE TABLE ticket_messages (
        ticket_id TEXT NOT NULL, seq INTEGER NOT NULL, at TEXT NOT NULL, author TEXT NOT NULL,
        text TEXT NOT NULL, agent_id TEXT, PRIMARY KEY (ticket_id, seq));
      INSERT INTO ticket_messages VALUES ('T-OLD', 0, '2026-01-02T03:04:05.000Z', 'customer', 'before', NULL);`);
    const store = new SqliteTicketStore(db);
    new SqliteTicketStore(db); // a second start must not add the column again
    const columns = (db.prepare('PRAGMA table_info(ticket_messages)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns.filter((c) => c === 'attachments')).toHaveLength(1);
    return store.listMessages('T-OLD').then((lines) => {
      expect(lines).toEqual([
        { ticketId: 'T-OLD', seq: 0, at: '2026-01-02T03:04:05.000Z', from: 'customer', text: 'before' },
      ]);
    });
  });
});
