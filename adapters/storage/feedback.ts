import type { Pool } from 'pg';
import { z } from 'zod';
import { qualified, runDdl } from './postgres';
import { listOptionsSchema, parseOrThrow } from './recordSchemas';
import { migrate, type SqliteDatabase } from './sqlite';

/** One "Did this answer your question?" answer. */
export interface FeedbackEntry {
  conversationId: string;
  userId?: string;
  /** Help Center article the answer came from. */
  articleId: string;
  helpful: boolean;
  /** What the person typed, if they added a comment. */
  text?: string;
  /** When it was given (a Date or an ISO 8601 instant). */
  at: Date | string;
}

/** A stored answer, as {@link FeedbackStore.list} returns it. */
export interface FeedbackRecord {
  id: number;
  conversationId: string;
  userId: string | null;
  articleId: string;
  helpful: boolean;
  text: string | null;
  /** ISO 8601 instant. */
  at: string;
}

/** Filters of {@link FeedbackStore.list}. */
export interface FeedbackListOptions {
  /** Only answers given at or after this instant. */
  since?: Date;
}

/** Where the bot keeps feedback on its answers, for the support lead's reports. */
export interface FeedbackStore {
  record(entry: FeedbackEntry): Promise<void>;
  /** Newest first, at most `limit`. */
  list(limit: number, options?: FeedbackListOptions): Promise<FeedbackRecord[]>;
}

const entrySchema = z.object({
  conversationId: z.string().min(1),
  userId: z.string().min(1).optional(),
  articleId: z.string().min(1),
  helpful: z.boolean(),
  text: z.string().max(4000).optional(),
  at: z.union([z.date(), z.iso.datetime({ offset: true })]).transform((v) => new Date(v).toISOString()),
});

const rowSchema = z.object({
  id: z.coerce.number().int(),
  conversation_id: z.string(),
  user_id: z.string().nullable(),
  article_id: z.string(),
  helpful: z.union([z.boolean(), z.number()]).transform((v) => v === true || v === 1),
  text: z.string().nullable(),
  at: z.union([z.date(), z.string()]).transform((v) => new Date(v).toISOString()),
});

function toRecord(row: unknown): FeedbackRecord {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    conversationId: r.conversation_id,
    userId: r.user_id,
    articleId: r.article_id,
    helpful: r.helpful,
    text: r.text,
    at: r.at,
  };
}

/** Validates an entry before it is stored; the error names the bad field. */
export function parseFeedbackEntry(entry: FeedbackEntry): z.output<typeof entrySchema> {
  return parseOrThrow('feedback', entrySchema, entry);
}

/** {@link FeedbackStore} in the bot's SQLite file. */
export class SqliteFeedbackStore implements FeedbackStore {
  constructor(private readonly db: SqliteDatabase) {
    migrate(
      db,
      'feedback-001',
      `CREATE TABLE feedback (
         id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL, user_id TEXT,
         article_id TEXT NOT NULL, helpful INTEGER NOT NULL, text TEXT, at TEXT NOT NULL);
       CREATE INDEX feedback_at ON feedback (at);`,
    );
  }

  async record(entry: FeedbackEntry): Promise<void> {
    const e = parseFeedbackEntry(entry);
    this.db
      .prepare(
        'INSERT INTO feedback (conversation_id, user_id, article_id, helpful, text, at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(e.conversationId, e.userId ?? null, e.articleId, e.helpful ? 1 : 0, e.text ?? null, e.at);
  }

  async list(limit: number, options: FeedbackListOptions = {}): Promise<FeedbackRecord[]> {
    const o = parseOrThrow('feedback', listOptionsSchema, { limit, ...options });
    // Instants are stored as toISOString() text, so text order is time order.
    const rows = o.since
      ? this.db
          .prepare('SELECT * FROM feedback WHERE at >= ? ORDER BY at DESC, id DESC LIMIT ?')
          .all(o.since.toISOString(), o.limit)
      : this.db.prepare('SELECT * FROM feedback ORDER BY at DESC, id DESC LIMIT ?').all(o.limit);
    return rows.map(toRecord);
  }
}

/** {@link FeedbackStore} on PostgreSQL; call {@link PostgresFeedbackStore.init} once. */
export class PostgresFeedbackStore implements FeedbackStore {
  private readonly table: string;

  constructor(
    private readonly pool: Pool,
    options: { schema?: string } = {},
  ) {
    this.table = qualified(options.schema, 'feedback');
  }

  async init(): Promise<void> {
    await runDdl(
      this.pool,
      `
      CREATE TABLE IF NOT EXISTS ${this.table} (
        id BIGSERIAL PRIMARY KEY, conversation_id TEXT NOT NULL, user_id TEXT,
        article_id TEXT NOT NULL, helpful BOOLEAN NOT NULL, text TEXT, at TIMESTAMPTZ NOT NULL);
      CREATE INDEX IF NOT EXISTS feedback_at ON ${this.table} (at);`,
    );
  }

  async record(entry: FeedbackEntry): Promise<void> {
    const e = parseFeedbackEntry(entry);
    await this.pool.query(
      `INSERT INTO ${this.table} (conversation_id, user_id, article_id, helpful, text, at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [e.conversationId, e.userId ?? null, e.articleId, e.helpful, e.text ?? null, e.at],
    );
  }

  async list(limit: number, options: FeedbackListOptions = {}): Promise<FeedbackRecord[]> {
    const o = parseOrThrow('feedback', listOptionsSchema, { limit, ...options });
    const { rows } = o.since
      ? await this.pool.query(
          `SELECT * FROM ${this.table} WHERE at >= $1 ORDER BY at DESC, id DESC LIMIT $2`,
          [o.since.toISOString(), o.limit],
        )
      : await this.pool.query(`SELECT * FROM ${this.table} ORDER BY at DESC, id DESC LIMIT $1`, [o.limit]);
    return rows.map(toRecord);
  }
}
