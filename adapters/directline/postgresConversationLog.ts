import type { Pool, PoolClient } from 'pg';
import { z } from 'zod';
import { inTransaction, qualified, runDdl } from '../storage/postgres';
import {
  activityId,
  nextTimestamp,
  readOrigin,
  type ConversationLog,
  type ConversationRecord,
  type StoredActivity,
  type WireActivity,
} from './conversationLog';

export interface PostgresConversationLogOptions {
  /** Schema for the tables (tests isolate with it); the search path's default otherwise. */
  schema?: string;
  /**
   * Channel for `pg_notify` with `{conversationId, seq}`, sent in the append's transaction (so
   * delivered only once committed, in commit order); no notification without it.
   */
  notifyChannel?: string;
}

/** A pool or a client inside a transaction. */
type Queryable = Pick<PoolClient, 'query'>;

const conversationRow = z.object({
  id: z.string(),
  user_id: z.string(),
  created_at: z.string(),
  origin: z.string(),
});
/** Who started the conversation (ConversationRecord.origin); rows from before it are a browser's. */
const ORIGIN_COLUMN = "origin TEXT NOT NULL DEFAULT 'widget' CHECK (origin IN ('widget', 'backend'))";
const bumpedRow = z.object({ last_seq: z.coerce.number().int().positive(), last_ts: z.string().nullable() });
const activityRow = z.object({ seq: z.coerce.number().int().positive(), body: z.string() });
const storedBody = z.looseObject({ type: z.string(), id: z.string(), timestamp: z.string() });

/**
 * The conversation log in PostgreSQL, shared by every instance on the database. Same tables and
 * behaviour as {@link SqliteConversationLog}: `dl_conversations` keeps the last `seq` and
 * timestamp of each conversation, and an append bumps that row with `UPDATE … RETURNING` in the
 * transaction that inserts the activity. The row lock serialises appends to one conversation
 * across instances, so `seq` has no gaps or duplicates and commits in `seq` order (a reader that
 * sees `seq` n also sees every earlier one).
 */
export class PostgresConversationLog implements ConversationLog {
  private readonly conversations: string;
  private readonly activities: string;
  private initialising: Promise<void> | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly opts: PostgresConversationLogOptions = {},
  ) {
    this.conversations = qualified(opts.schema, 'dl_conversations');
    this.activities = qualified(opts.schema, 'dl_activities');
  }

  /**
   * Creates the tables (idempotent, safe with several instances starting at once). Every other
   * method waits for it, so callers that cannot await (mountDirectLine) need not call it; a failed
   * attempt is retried by the next call.
   */
  init(): Promise<void> {
    this.initialising ??= runDdl(
      this.pool,
      `CREATE TABLE IF NOT EXISTS ${this.conversations} (
         id TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at TEXT NOT NULL,
         last_seq INTEGER NOT NULL DEFAULT 0, last_ts TEXT, ${ORIGIN_COLUMN});
       ALTER TABLE ${this.conversations} ADD COLUMN IF NOT EXISTS ${ORIGIN_COLUMN};
       CREATE TABLE IF NOT EXISTS ${this.activities} (
         conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL,
         PRIMARY KEY (conversation_id, seq));`,
    ).catch((err: unknown) => {
      this.initialising = undefined;
      throw err;
    });
    return this.initialising;
  }

  async create(record: ConversationRecord): Promise<boolean> {
    await this.init();
    return this.createWith(this.pool, record);
  }

  /**
   * {@link create} on `client`, inside the caller's transaction (the turn inbox queues the
   * greeting with it). The tables must exist: call {@link init} first.
   */
  async createWith(client: Queryable, record: ConversationRecord): Promise<boolean> {
    const res = await client.query(
      `INSERT INTO ${this.conversations} (id, user_id, created_at, origin) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO NOTHING`,
      [record.id, record.userId, record.createdAt, readOrigin(record.origin)],
    );
    return res.rowCount === 1;
  }

  async get(id: string): Promise<ConversationRecord | undefined> {
    await this.init();
    const res = await this.pool.query(
      `SELECT id, user_id, created_at, origin FROM ${this.conversations} WHERE id = $1`,
      [id],
    );
    if (res.rows.length === 0) return undefined;
    const row = conversationRow.parse(res.rows[0]);
    return { id: row.id, userId: row.user_id, createdAt: row.created_at, origin: readOrigin(row.origin) };
  }

  async append(conversationId: string, activity: WireActivity, at: Date): Promise<StoredActivity> {
    await this.init();
    return inTransaction(this.pool, (client) => this.appendWith(client, conversationId, activity, at));
  }

  /**
   * {@link append} on `client`, which must be inside a transaction (the turn inbox queues the
   * message's turn in the same one). The tables must exist: call {@link init} first.
   */
  async appendWith(
    client: PoolClient,
    conversationId: string,
    activity: WireActivity,
    at: Date,
  ): Promise<StoredActivity> {
    // Takes the row lock and the next seq at once; last_ts is still the previous timestamp.
    const bumped = await client.query(
      `UPDATE ${this.conversations} SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq, last_ts`,
      [conversationId],
    );
    if (bumped.rows.length === 0) throw new Error(`unknown conversation ${conversationId}`);
    const row = bumpedRow.parse(bumped.rows[0]);
    const seq = row.last_seq;
    const timestamp = nextTimestamp(row.last_ts ?? undefined, at);
    const stored: StoredActivity = {
      seq,
      activity: { ...activity, id: activityId(conversationId, seq), timestamp },
    };
    const params: unknown[] = [conversationId, seq, JSON.stringify(stored.activity), timestamp];
    const channel = this.opts.notifyChannel;
    if (channel) params.push(channel, JSON.stringify({ conversationId, seq }));
    await client.query(
      `WITH added AS (
         INSERT INTO ${this.activities} (conversation_id, seq, body) VALUES ($1, $2, $3)),
       stamped AS (UPDATE ${this.conversations} SET last_ts = $4 WHERE id = $1)
       ${channel ? 'SELECT pg_notify($5, $6)' : 'SELECT 1'}`,
      params,
    );
    return stored;
  }

  async inactiveBefore(cutoff: Date): Promise<string[]> {
    await this.init();
    const res = await this.pool.query(
      `SELECT id FROM ${this.conversations} WHERE COALESCE(last_ts, created_at) < $1`,
      [cutoff.toISOString()],
    );
    return res.rows.map((r: { id: string }) => r.id);
  }

  async deleteInactive(ids: readonly string[], cutoff: Date): Promise<string[]> {
    if (ids.length === 0) return [];
    await this.init();
    return inTransaction(this.pool, async (client) => {
      const res = await client.query(
        `DELETE FROM ${this.conversations} WHERE id = ANY($1::text[]) AND COALESCE(last_ts, created_at) < $2 RETURNING id`,
        [[...ids], cutoff.toISOString()],
      );
      const gone = res.rows.map((r: { id: string }) => r.id);
      if (gone.length > 0)
        await client.query(`DELETE FROM ${this.activities} WHERE conversation_id = ANY($1::text[])`, [gone]);
      return gone;
    });
  }

  async after(conversationId: string, watermark: number, limit: number): Promise<StoredActivity[]> {
    await this.init();
    const res = await this.pool.query(
      `SELECT seq, body FROM ${this.activities} WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [conversationId, watermark, limit],
    );
    return res.rows.map((raw: unknown, i: number) => {
      const row = activityRow.parse(raw);
      const body = storedBody.safeParse(JSON.parse(row.body));
      if (!body.success)
        throw new Error(
          `dl_activities ${conversationId}#${row.seq} (row ${i}): ${body.error.issues[0].message}`,
        );
      return { seq: row.seq, activity: body.data as StoredActivity['activity'] };
    });
  }
}
