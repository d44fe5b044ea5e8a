import type { Pool } from 'pg';
import { z } from 'zod';
import { qualified, runDdl } from './postgres';
import { listOptionsSchema, parseOrThrow, validDate } from './recordSchemas';
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
  /** Set once the support lead dealt with it (e.g. "added to the refunds article"). */
  handled: { at: string; note: string } | null;
}

/** Filters of {@link UnansweredStore.list}. */
export interface UnansweredListOptions {
  /** Only questions asked at or after this instant. */
  since?: Date;
  /** Only questions nobody has marked handled: the inbox proper. */
  unhandledOnly?: boolean;
}

/** Largest id list one {@link UnansweredStore.markHandled} call accepts. */
export const MAX_HANDLED_IDS = 5000;
/** Longest note the support lead can leave on handled questions. */
export const MAX_HANDLED_NOTE = 500;

/** The unanswered-question inbox. */
export interface UnansweredStore {
  record(entry: UnansweredEntry): Promise<void>;
  /** Newest first, at most `limit`. */
  list(limit: number, options?: UnansweredListOptions): Promise<UnansweredRecord[]>;
  /**
   * Marks the questions with these ids handled, with the lead's note. Questions already handled
   * keep their first note; unknown ids are ignored. Resolves with how many were marked now.
   */
  markHandled(ids: number[], note: string, at: Date): Promise<number>;
}

const candidateSchema = z.object({ id: z.string(), score: z.number() });

const entrySchema = z.object({
  text: z.string().min(1).max(4000),
  at: z.union([z.date(), z.iso.datetime({ offset: true })]).transform((v) => new Date(v).toISOString()),
  topCandidates: z.array(candidateSchema).max(20),
  conversationId: z.string().min(1).optional(),
});

const handledSchema = z.object({
  ids: z.array(z.number().int().positive()).max(MAX_HANDLED_IDS),
  note: z.string().trim().min(1).max(MAX_HANDLED_NOTE),
  at: validDate,
});

const listSchema = listOptionsSchema.extend({ unhandledOnly: z.boolean().optional() });

const instant = z.union([z.date(), z.string()]).transform((v) => new Date(v).toISOString());

const rowSchema = z.object({
  id: z.coerce.number().int(),
  text: z.string(),
  at: instant,
  // SQLite keeps the list as JSON text, PostgreSQL as jsonb (already parsed by pg).
  top_candidates: z
    .union([z.string().transform((s): unknown => JSON.parse(s)), z.array(z.unknown())])
    .pipe(z.array(candidateSchema)),
  conversation_id: z.string().nullable(),
  handled_at: instant.nullable(),
  handled_note: z.string().nullable(),
});

function toRecord(row: unknown): UnansweredRecord {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    text: r.text,
    at: r.at,
    topCandidates: r.top_candidates,
    conversationId: r.conversation_id,
    handled: r.handled_at === null ? null : { at: r.handled_at, note: r.handled_note ?? '' },
  };
}

/** Validates an entry before it is stored; the error names the bad field. */
export function parseUnansweredEntry(entry: UnansweredEntry): z.output<typeof entrySchema> {
  return parseOrThrow('unanswered', entrySchema, entry);
}

/** Validates a list request; the error names the bad field. */
function parseList(limit: number, options: UnansweredListOptions) {
  return parseOrThrow('unanswered', listSchema, { limit, ...options });
}

/** Validates a "mark handled" request; the error names the bad field (`unanswered.note`, …). */
export function parseHandled(ids: number[], note: string, at: Date): z.output<typeof handledSchema> {
  return parseOrThrow('unanswered', handledSchema, { ids, note, at });
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
    // Added columns are NULL on existing rows: every question asked so far stays in the inbox.
    migrate(
      db,
      'unanswered-002',
      `ALTER TABLE unanswered ADD COLUMN handled_at TEXT;
       ALTER TABLE unanswered ADD COLUMN handled_note TEXT;
       CREATE INDEX unanswered_open ON unanswered (at) WHERE handled_at IS NULL;`,
    );
  }

  async record(entry: UnansweredEntry): Promise<void> {
    const e = parseUnansweredEntry(entry);
    this.db
      .prepare('INSERT INTO unanswered (text, at, top_candidates, conversation_id) VALUES (?, ?, ?, ?)')
      .run(e.text, e.at, JSON.stringify(e.topCandidates), e.conversationId ?? null);
  }

  async list(limit: number, options: UnansweredListOptions = {}): Promise<UnansweredRecord[]> {
    const o = parseList(limit, options);
    const where: string[] = [];
    const params: unknown[] = [];
    // Instants are stored as toISOString() text, so text order is time order.
    if (o.since) {
      where.push('at >= ?');
      params.push(o.since.toISOString());
    }
    if (o.unhandledOnly) where.push('handled_at IS NULL');
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    return this.db
      .prepare(`SELECT * FROM unanswered ${filter} ORDER BY at DESC, id DESC LIMIT ?`)
      .all(...params, o.limit)
      .map(toRecord);
  }

  async markHandled(ids: number[], note: string, at: Date): Promise<number> {
    const h = parseHandled(ids, note, at);
    if (h.ids.length === 0) return 0;
    const { changes } = this.db
      .prepare(
        `UPDATE unanswered SET handled_at = ?, handled_note = ?
         WHERE handled_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
      )
      .run(h.at.toISOString(), h.note, JSON.stringify(h.ids));
    return changes;
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

  /** Creates the table, and adds the columns later versions need to a table made by an earlier one. */
  async init(): Promise<void> {
    await runDdl(
      this.pool,
      `
      CREATE TABLE IF NOT EXISTS ${this.table} (
        id BIGSERIAL PRIMARY KEY, text TEXT NOT NULL, at TIMESTAMPTZ NOT NULL,
        top_candidates JSONB NOT NULL, conversation_id TEXT);
      CREATE INDEX IF NOT EXISTS unanswered_at ON ${this.table} (at);
      ALTER TABLE ${this.table} ADD COLUMN IF NOT EXISTS handled_at TIMESTAMPTZ;
      ALTER TABLE ${this.table} ADD COLUMN IF NOT EXISTS handled_note TEXT;
      CREATE INDEX IF NOT EXISTS unanswered_open ON ${this.table} (at) WHERE handled_at IS NULL;`,
    );
  }

  async record(entry: UnansweredEntry): Promise<void> {
    const e = parseUnansweredEntry(entry);
    await this.pool.query(
      `INSERT INTO ${this.table} (text, at, top_candidates, conversation_id) VALUES ($1, $2, $3::jsonb, $4)`,
      [e.text, e.at, JSON.stringify(e.topCandidates), e.conversationId ?? null],
    );
  }

  async list(limit: number, options: UnansweredListOptions = {}): Promise<UnansweredRecord[]> {
    const o = parseList(limit, options);
    const where: string[] = [];
    const params: unknown[] = [];
    if (o.since) {
      params.push(o.since.toISOString());
      where.push(`at >= $${params.length}`);
    }
    if (o.unhandledOnly) where.push('handled_at IS NULL');
    params.push(o.limit);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const { rows } = await this.pool.query(
      `SELECT * FROM ${this.table} ${filter} ORDER BY at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map(toRecord);
  }

  async markHandled(ids: number[], note: string, at: Date): Promise<number> {
    const h = parseHandled(ids, note, at);
    if (h.ids.length === 0) return 0;
    const { rowCount } = await this.pool.query(
      `UPDATE ${this.table} SET handled_at = $1, handled_note = $2
       WHERE handled_at IS NULL AND id = ANY($3::bigint[])`,
      [h.at.toISOString(), h.note, h.ids],
    );
    return rowCount ?? 0;
  }
}
