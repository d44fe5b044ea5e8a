import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InMemoryConversationLog } from '../../adapters/directline/conversationLog';
import { InMemoryTurnInbox } from '../../adapters/directline/inbox';
import { SqliteConversationLog } from '../../adapters/directline/sqliteConversationLog';
import { SqliteTurnInbox } from '../../adapters/directline/sqliteInbox';
import { openSqlite, type SqliteDatabase } from '../../adapters/storage/sqlite';
import { turnInboxContract } from './inboxContract';

turnInboxContract('InMemoryTurnInbox', async () => {
  const log = new InMemoryConversationLog();
  const inbox = new InMemoryTurnInbox(log);
  return { inbox, log, peer: async () => inbox, dispose: async () => undefined };
});

/** A SQLite file, and a way to open it again as a restarted process (or a second connection) would. */
function sqliteFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kx-dl-inbox-'));
  const file = path.join(dir, 'support.db');
  const dbs: SqliteDatabase[] = [];
  const open = () => {
    const db = openSqlite(file);
    dbs.push(db);
    const log = new SqliteConversationLog(db);
    return { db, log, inbox: new SqliteTurnInbox(db, log) };
  };
  const dispose = async () => {
    for (const db of dbs) if (db.open) db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { open, dispose };
}

turnInboxContract('SqliteTurnInbox', async () => {
  const file = sqliteFile();
  const { log, inbox } = file.open();
  return { inbox, log, peer: async () => file.open().inbox, dispose: file.dispose };
});

describe('SqliteTurnInbox: SQLite specifics', () => {
  it('when the process restarts, then the claims of the previous run are released and its turns run again, in order', async () => {
    const file = sqliteFile();
    try {
      const before = file.open();
      await before.log.create({
        id: 'c1',
        userId: 'u1',
        createdAt: '2026-05-01T10:00:00.000Z',
        origin: 'widget',
      });
      for (const text of ['one', 'two'])
        await before.inbox.accept('c1', { type: 'message', text }, new Date('2026-05-01T10:00:01.000Z'));
      await before.inbox.claim('c1', 'previous-run', 60_000);
      before.db.close();

      const after = file.open();
      expect(await after.inbox.waiting(10)).toEqual([]);
      expect(await after.inbox.releaseAbandoned()).toBe(1);
      expect(await after.inbox.waiting(10)).toEqual(['c1']);
      const replayed = await after.inbox.claim('c1', 'this-run', 60_000);
      expect(replayed).toMatchObject({ activity: { text: 'one' }, attempts: 2 });
    } finally {
      await file.dispose();
    }
  });

  it('when the inbox row cannot be written, then the message is not stored either (one transaction)', async () => {
    const file = sqliteFile();
    try {
      const first = file.open();
      await first.log.create({
        id: 'c1',
        userId: 'u1',
        createdAt: '2026-05-01T10:00:00.000Z',
        origin: 'widget',
      });
      first.db.exec(
        `CREATE TRIGGER no_rows BEFORE INSERT ON dl_inbox BEGIN SELECT RAISE(ABORT, 'no_rows'); END`,
      );
      first.db.close();
      // A new connection prepares its statements with the trigger already in the schema (a
      // statement prepared before it was seen to run without it once, under a loaded full suite).
      const { db, log, inbox } = file.open();
      expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all()).toEqual([
        { name: 'no_rows' },
      ]);
      // The message, not the class: the driver's error class belongs to whichever test file first
      // loaded the native addon in this worker, so a full run sees it as no Error at all.
      const failure = await inbox
        .accept('c1', { type: 'message', text: 'x' }, new Date('2026-05-01T10:00:01.000Z'))
        .then(
          () => 'accepted',
          (err: unknown) => String((err as { message?: unknown }).message ?? err),
        );
      expect(failure).toMatch(/no_rows/);
      expect(await log.after('c1', 0, 10)).toEqual([]);
      // The seq was not taken either: the next message is still the first.
      db.exec('DROP TRIGGER no_rows');
      expect((await inbox.accept('c1', { type: 'message', text: 'y' }, new Date())).seq).toBe(1);
    } finally {
      await file.dispose();
    }
  });

  it('when a stored turn is not an activity, then the claim names the row instead of throwing', async () => {
    const file = sqliteFile();
    try {
      const { db, log, inbox } = file.open();
      await log.create({ id: 'c1', userId: 'u1', createdAt: '2026-05-01T10:00:00.000Z', origin: 'widget' });
      await inbox.accept('c1', { type: 'message', text: 'x' }, new Date('2026-05-01T10:00:01.000Z'));
      db.prepare(`UPDATE dl_inbox SET body = '{"text":"no type"'`).run();
      const turn = await inbox.claim('c1', 'a', 60_000);
      expect(turn?.problem).toMatch(/^dl_inbox row \d+: /);
    } finally {
      await file.dispose();
    }
  });
});
