import type { Pool } from 'pg';
import { z } from 'zod';
import { qualified, runDdl } from './postgres';
import { migrate, type SqliteDatabase } from './sqlite';

/** A Help Center article the search considered, with its ranker score. */
export interface Candidate {
  id: string;
  score: number;
}

/** A question the bot could not answer, for the support lead's inbox. */
export interface UnansweredEntry {
  text: string;
  at: Date | string;
  /** Best search hits (SearchResult.hits), possibly empty. */
  topCandidates: Candidate[];
  conversationId?: string;
}

/** A stored question, as {@link UnansweredStore.list} returns it. */
export interface UnansweredRecord {
  id: number;
  text: string;
  /** ISO 8601 instant. */
  at: string;
  topCandidates: Candidate[];
  conversationId: string | null;
}

/** The unanswered-question inbox. */
export interface UnansweredStore {
  record(entry: UnansweredEntry): Promise<void>;
  /** Newest first, at most `limit`. */
  list(limit: number): Promise<UnansweredRecord[]>;
}

const candidateSchema = z.object({ id: z.string(), score: z.number() });

const entrySchema = z.object({
  text: z.string().min(1).max(4000),
  at: z.union([z.date(), z.iso.datetime({ offset: true })]).transform((v) => new Date(v).toISOString()),
  topCandidates: z.array(candidateSchema).max(20),
  conversationId: z.string().min(1).optional(),
});

const rowSchema = z.object({
  id: z.coerce.number().int(),
  text: z.string(),
  at: z.union([z.date(), z.string()]).transform((v) => new Date(v).toISOString()),
  // SQLite keeps the list as JSON text, PostgreSQL as jsonb (already parsed by pg).
  top_candidates: z
    .union([z.string().transform((s): unknown => JSON.parse(s)), z.array(z.unknown())])
    .pipe(z.array(candidateSchema)),
  conversation_id: z.string().nullable(),
});

function toRecord(row: unknown): UnansweredRecord {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    text: r.text,
    at: r.at,
    topCandidates: r.top_candidates,
    conversationId: r.conversation_id,
  };
}

/** Validates an entry before it is stored; the error names the bad field. */
export function parseUnansweredEntry(entry: UnansweredEntry): z.output<typeof entrySchema> {
  const parsed = entrySchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`unanswered.${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** {@link UnansweredStore} in the bot's SQLite file. */
export class SqliteUnansweredStore implements UnansweredStore {
  constructor(private readonly db: SqliteDatabase) {
    migrate(
      db,
      'unanswered-001',
      `CREATE TABLE unanswered (
         id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL, at TEXT NOT NULL,
         top_candidates TEXT NOT NULL, conversation_id TEXT);
       CREATE INDEX unanswered_at ON unanswered (at);`,
    );
  }

  async record(entry: UnansweredEntry): Promise<void> {
    const e = parseUnansweredEntry(entry);
    this.db
      .prepare('INSERT INTO unanswered (text, at, top_candidates, conversation_id) VALUES (?, ?, ?, ?)')
      .run(e.text, e.at, JSON.stringify(e.topCandidates), e.conversationId ?? null);
  }

  async list(limit: number): Promise<UnansweredRecord[]> {
    return this.db
      .prepare('SELECT * FROM unanswered ORDER BY at DESC, id DESC LIMIT ?')
      .all(limit)
      .map(toRecord);
  }
}

/** {@link UnansweredStore} on PostgreSQL; call {@link PostgresUnansweredStore.init} once. */
export class PostgresUnansweredStore implements UnansweredStore {
  private readonly table: string;

  constructor(
    private readonly pool: Pool,
    options: { schema?: string } = {},
  ) {
    this.table = qualified(options.schema, 'unanswered');
  }

  async init(): Promise<void> {
    await runDdl(
      this.pool,
      `
      CREATE TABLE IF NOT EXISTS ${this.table} (
        id BIGSERIAL PRIMARY KEY, text TEXT NOT NULL, at TIMESTAMPTZ NOT NULL,
        top_candidates JSONB NOT NULL, conversation_id TEXT);
      CREATE INDEX IF NOT EXISTS unanswered_at ON ${this.table} (at);`,
    );
  }

  async record(entry: UnansweredEntry): Promise<void> {
    const e = parseUnansweredEntry(entry);
    await this.pool.query(
      `INSERT INTO ${this.table} (text, at, top_candidates, conversation_id) VALUES ($1, $2, $3::jsonb, $4)`,
      [e.text, e.at, JSON.stringify(e.topCandidates), e.conversationId ?? null],
    );
  }

  async list(limit: number): Promise<UnansweredRecord[]> {
    const { rows } = await this.pool.query(`SELECT * FROM ${this.table} ORDER BY at DESC, id DESC LIMIT $1`, [
      limit,
    ]);
    return rows.map(toRecord);
  }
}
