import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import {
  activityId,
  nextTimestamp,
  readOrigin,
  type ConversationLog,
  type ConversationRecord,
  type StoredActivity,
  type WireActivity,
} from './conversationLog';

const conversationRow = z.object({
  id: z.string(),
  user_id: z.string(),
  created_at: z.string(),
  origin: z.string(),
  last_seq: z.number().int().nonnegative(),
  last_ts: z.string().nullable(),
});
/** Who started the conversation (ConversationRecord.origin); rows from before it are a browser's. */
const ORIGIN_COLUMN = "origin TEXT NOT NULL DEFAULT 'widget' CHECK (origin IN ('widget', 'backend'))";
const activityRow = z.object({ seq: z.number().int().positive(), body: z.string() });
const storedBody = z.looseObject({ type: z.string(), id: z.string(), timestamp: z.string() });

/**
 * The conversation log in SQLite (better-sqlite3), so that history and started conversations
 * survive a restart. better-sqlite3 is synchronous: each append is one transaction on one
 * connection, which is what keeps `seq` and timestamps gap-free and ordered.
 */
export class SqliteConversationLog implements ConversationLog {
  private readonly stmts;
  /**
   * The append as one transaction, callable inside another one (better-sqlite3 nests it as a
   * savepoint): the turn inbox stores a message and its pending turn together with it.
   */
  readonly appendSync: (conversationId: string, activity: WireActivity, at: Date) => StoredActivity;
  private readonly deleteTx: (ids: readonly string[], before: string) => string[];

  constructor(db: BetterSqlite3.Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS dl_conversations (
        id TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at TEXT NOT NULL,
        last_seq INTEGER NOT NULL DEFAULT 0, last_ts TEXT, ${ORIGIN_COLUMN});
      CREATE TABLE IF NOT EXISTS dl_activities (
        conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL,
        PRIMARY KEY (conversation_id, seq));
    `);
    // Files from before the column: their conversations count as a browser's (fail closed).
    const columns = db.prepare('PRAGMA table_info(dl_conversations)').all() as { name: string }[];
    if (!columns.some((c) => c.name === 'origin'))
      db.exec(`ALTER TABLE dl_conversations ADD COLUMN ${ORIGIN_COLUMN}`);
    this.stmts = {
      insert: db.prepare(
        'INSERT OR IGNORE INTO dl_conversations (id, user_id, created_at, origin) VALUES (?, ?, ?, ?)',
      ),
      get: db.prepare(
        'SELECT id, user_id, created_at, origin, last_seq, last_ts FROM dl_conversations WHERE id = ?',
      ),
      bump: db.prepare('UPDATE dl_conversations SET last_seq = ?, last_ts = ? WHERE id = ?'),
      add: db.prepare('INSERT INTO dl_activities (conversation_id, seq, body) VALUES (?, ?, ?)'),
      after: db.prepare(
        'SELECT seq, body FROM dl_activities WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?',
      ),
      stale: db.prepare('SELECT id FROM dl_conversations WHERE COALESCE(last_ts, created_at) < ?'),
      dropConversation: db.prepare(
        'DELETE FROM dl_conversations WHERE id = ? AND COALESCE(last_ts, created_at) < ?',
      ),
      dropActivities: db.prepare('DELETE FROM dl_activities WHERE conversation_id = ?'),
    };
    this.deleteTx = db.transaction((ids: readonly string[], before: string): string[] => {
      const gone = ids.filter((id) => this.stmts.dropConversation.run(id, before).changes === 1);
      for (const id of gone) this.stmts.dropActivities.run(id);
      return gone;
    });
    this.appendSync = db.transaction((conversationId: string, activity: WireActivity, at: Date) => {
      const row = this.row(conversationId);
      if (!row) throw new Error(`unknown conversation ${conversationId}`);
      const seq = row.last_seq + 1;
      const timestamp = nextTimestamp(row.last_ts ?? undefined, at);
      const stored: StoredActivity = {
        seq,
        activity: { ...activity, id: activityId(conversationId, seq), timestamp },
      };
      this.stmts.add.run(conversationId, seq, JSON.stringify(stored.activity));
      this.stmts.bump.run(seq, timestamp, conversationId);
      return stored;
    });
  }

  async create(record: ConversationRecord): Promise<boolean> {
    return this.createSync(record);
  }

  /** {@link create}, synchronously, for callers that create inside their own transaction. */
  createSync(record: ConversationRecord): boolean {
    return (
      this.stmts.insert.run(record.id, record.userId, record.createdAt, readOrigin(record.origin)).changes ===
      1
    );
  }

  async get(id: string): Promise<ConversationRecord | undefined> {
    const row = this.row(id);
    return (
      row && { id: row.id, userId: row.user_id, createdAt: row.created_at, origin: readOrigin(row.origin) }
    );
  }

  async append(conversationId: string, activity: WireActivity, at: Date): Promise<StoredActivity> {
    return this.appendSync(conversationId, activity, at);
  }

  async after(conversationId: string, watermark: number, limit: number): Promise<StoredActivity[]> {
    return this.stmts.after.all(conversationId, watermark, limit).map((raw, i) => {
      const row = activityRow.parse(raw);
      const body = storedBody.safeParse(JSON.parse(row.body));
      if (!body.success)
        throw new Error(
          `dl_activities ${conversationId}#${row.seq} (row ${i}): ${body.error.issues[0].message}`,
        );
      return { seq: row.seq, activity: body.data as StoredActivity['activity'] };
    });
  }

  async inactiveBefore(cutoff: Date): Promise<string[]> {
    return (this.stmts.stale.all(cutoff.toISOString()) as { id: string }[]).map((r) => r.id);
  }

  async deleteInactive(ids: readonly string[], cutoff: Date): Promise<string[]> {
    return this.deleteTx(ids, cutoff.toISOString());
  }

  private row(id: string): z.infer<typeof conversationRow> | undefined {
    const raw = this.stmts.get.get(id);
    return raw === undefined ? undefined : conversationRow.parse(raw);
  }
}
