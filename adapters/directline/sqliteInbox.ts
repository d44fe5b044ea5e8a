import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import type { ConversationRecord, StoredActivity, WireActivity } from './conversationLog';
import { readTurn, type QueuedTurn, type TurnInbox } from './inbox';
import type { SqliteConversationLog } from './sqliteConversationLog';

const headRow = z.object({
  id: z.number().int().positive(),
  body: z.string(),
  owner: z.string().nullable(),
  lease_until: z.number().int().nullable(),
  attempts: z.number().int().nonnegative(),
});

/**
 * The turn inbox in the bot's SQLite file, beside the conversation log whose transactions it
 * joins (better-sqlite3 nests them as savepoints). Leases are in ms since the epoch, on this
 * process's clock: one process uses the file.
 */
export class SqliteTurnInbox implements TurnInbox {
  private readonly stmts;
  private readonly startTx: (record: ConversationRecord, greeting: WireActivity) => boolean;
  private readonly acceptTx: (conversationId: string, activity: WireActivity, at: Date) => StoredActivity;
  private readonly claimTx: BetterSqlite3.Transaction<
    (conversationId: string, owner: string, leaseMs: number) => QueuedTurn | undefined
  >;

  constructor(
    db: BetterSqlite3.Database,
    log: SqliteConversationLog,
    private readonly clock: () => number = Date.now,
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS dl_inbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL, body TEXT NOT NULL,
        owner TEXT, lease_until INTEGER, attempts INTEGER NOT NULL DEFAULT 0);
      CREATE INDEX IF NOT EXISTS dl_inbox_conversation ON dl_inbox (conversation_id, id);
    `);
    this.stmts = {
      add: db.prepare('INSERT INTO dl_inbox (conversation_id, body) VALUES (?, ?)'),
      head: db.prepare(
        'SELECT id, body, owner, lease_until, attempts FROM dl_inbox WHERE conversation_id = ? ORDER BY id LIMIT 1',
      ),
      take: db.prepare(
        'UPDATE dl_inbox SET owner = ?, lease_until = ?, attempts = attempts + 1 WHERE id = ?',
      ),
      done: db.prepare('DELETE FROM dl_inbox WHERE id = ? AND owner = ?'),
      renew: db.prepare(
        'UPDATE dl_inbox SET lease_until = ? WHERE owner = ? AND id IN (SELECT value FROM json_each(?))',
      ),
      waiting: db.prepare(
        `SELECT i.conversation_id AS id FROM dl_inbox i
         WHERE i.id = (SELECT MIN(j.id) FROM dl_inbox j WHERE j.conversation_id = i.conversation_id)
           AND (i.owner IS NULL OR i.lease_until <= ?)
         ORDER BY i.id LIMIT ?`,
      ),
      release: db.prepare('UPDATE dl_inbox SET owner = NULL, lease_until = NULL WHERE owner IS NOT NULL'),
    };
    this.startTx = db.transaction((record: ConversationRecord, greeting: WireActivity) => {
      const created = log.createSync(record);
      if (created) this.stmts.add.run(record.id, JSON.stringify(greeting));
      return created;
    });
    this.acceptTx = db.transaction((conversationId: string, activity: WireActivity, at: Date) => {
      const stored = log.appendSync(conversationId, activity, at);
      this.stmts.add.run(conversationId, JSON.stringify(stored.activity));
      return stored;
    });
    this.claimTx = db.transaction((conversationId: string, owner: string, leaseMs: number) => {
      const raw = this.stmts.head.get(conversationId);
      if (raw === undefined) return undefined;
      const head = headRow.parse(raw);
      const now = this.clock();
      if (head.owner !== null && (head.lease_until ?? 0) > now) return undefined;
      this.stmts.take.run(owner, now + leaseMs, head.id);
      return readTurn(head.id, conversationId, head.body, head.attempts + 1);
    });
  }

  async start(record: ConversationRecord, greeting: WireActivity): Promise<boolean> {
    return this.startTx(record, greeting);
  }

  async accept(conversationId: string, activity: WireActivity, at: Date): Promise<StoredActivity> {
    return this.acceptTx(conversationId, activity, at);
  }

  async claim(conversationId: string, owner: string, leaseMs: number): Promise<QueuedTurn | undefined> {
    // IMMEDIATE: the write lock before the read, so a second connection cannot claim the same head.
    return this.claimTx.immediate(conversationId, owner, leaseMs);
  }

  async complete(turn: QueuedTurn, owner: string): Promise<boolean> {
    return this.stmts.done.run(turn.id, owner).changes === 1;
  }

  async renew(owner: string, ids: readonly number[], leaseMs: number): Promise<number> {
    return this.stmts.renew.run(this.clock() + leaseMs, owner, JSON.stringify(ids)).changes;
  }

  async waiting(limit: number): Promise<string[]> {
    return (this.stmts.waiting.all(this.clock(), limit) as { id: string }[]).map((r) => r.id);
  }

  async releaseAbandoned(): Promise<number> {
    return this.stmts.release.run().changes;
  }
}
