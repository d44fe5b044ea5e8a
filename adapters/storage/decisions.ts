/**
 * The per-turn decision records (knowledge/insights/decisionRecord.ts) in the bot's own store,
 * SQLite or PostgreSQL, for the lead's dashboard. One row a turn, no message text; purged with
 * the analytics retention.
 */
import type { Pool } from 'pg';
import { z } from 'zod';
import { decisionRecordSchema, type DecisionRecord } from '../../knowledge/insights/decisionRecord';
import { qualified, runDdl } from './postgres';
import { parseOrThrow, validDate } from './recordSchemas';
import { migrate, type SqliteDatabase } from './sqlite';

/** Filters of {@link DecisionStore.list}: a window, optionally one channel. */
export interface DecisionListOptions {
  since: Date;
  until: Date;
  channel?: string;
  limit: number;
}

export interface DecisionStore {
  record(entry: DecisionRecord): Promise<void>;
  /** Stores every entry or none (one transaction): the per-turn sink writes in batches. */
  recordMany(entries: readonly DecisionRecord[]): Promise<void>;
  /** Oldest first, at most `limit`. */
  list(options: DecisionListOptions): Promise<DecisionRecord[]>;
  /** Deletes records older than `cutoff`; resolves with how many. */
  purgeOlderThan(cutoff: Date): Promise<number>;
}

const listSchema = z.object({
  since: validDate,
  until: validDate,
  channel: z.string().min(1).max(64).optional(),
  limit: z.number().int().positive(),
});

const COLUMNS =
  'at, conversation_id, channel, outcome, category, topic, reason, confidence, case_id, due, ticket_id, ticket_opened, latency_ms';

const instant = z.union([z.date(), z.string()]).transform((v) => new Date(v).toISOString());
const rowSchema = z.object({
  at: instant,
  conversation_id: z.string(),
  channel: z.string(),
  outcome: z.string().nullable(),
  category: z.string().nullable(),
  topic: z.string().nullable(),
  reason: z.string().nullable(),
  confidence: z.coerce.number().nullable(),
  case_id: z.string().nullable(),
  due: instant.nullable(),
  ticket_id: z.string().nullable(),
  ticket_opened: z.union([z.boolean(), z.number()]).transform((v) => v === true || v === 1),
  latency_ms: z.coerce.number(),
});

/** A stored row back to a record; a row that no longer parses names its field. */
function toRecord(row: unknown): DecisionRecord {
  const r = rowSchema.parse(row);
  return parseOrThrow('decisions', decisionRecordSchema, {
    at: r.at,
    conversationId: r.conversation_id,
    channel: r.channel,
    outcome: r.outcome,
    category: r.category,
    topic: r.topic,
    reason: r.reason,
    confidence: r.confidence,
    caseId: r.case_id,
    due: r.due,
    ticketId: r.ticket_id,
    ticketOpened: r.ticket_opened,
    latencyMs: r.latency_ms,
  });
}

function values(e: DecisionRecord): unknown[] {
  return [
    e.at,
    e.conversationId,
    e.channel,
    e.outcome,
    e.category,
    e.topic,
    e.reason,
    e.confidence,
    e.caseId,
    e.due,
    e.ticketId,
    e.ticketOpened,
    e.latencyMs,
  ];
}

/** {@link DecisionStore} in the bot's SQLite file. */
export class SqliteDecisionStore implements DecisionStore {
  private readonly insert;

  constructor(private readonly db: SqliteDatabase) {
    migrate(
      db,
      'decisions-001',
      `CREATE TABLE decisions (
         id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, conversation_id TEXT NOT NULL,
         channel TEXT NOT NULL, outcome TEXT, category TEXT, topic TEXT, reason TEXT, confidence REAL,
         case_id TEXT, due TEXT, ticket_id TEXT, ticket_opened INTEGER NOT NULL, latency_ms REAL NOT NULL);
       CREATE INDEX decisions_at ON decisions (at);`,
    );
    // Compiled once: one insert a turn.
    this.insert = db.prepare(
      `INSERT INTO decisions (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  async record(entry: DecisionRecord): Promise<void> {
    return this.recordMany([entry]);
  }

  async recordMany(entries: readonly DecisionRecord[]): Promise<void> {
    const rows = entries.map((entry) => {
      const v = values(parseOrThrow('decisions', decisionRecordSchema, entry));
      v[11] = v[11] ? 1 : 0;
      return v;
    });
    // One transaction for the batch: one WAL commit instead of one per turn.
    this.db.transaction(() => {
      for (const v of rows) this.insert.run(...v);
    })();
  }

  async list(options: DecisionListOptions): Promise<DecisionRecord[]> {
    const o = parseOrThrow('decisions', listSchema, options);
    // Instants are stored as toISOString() text, so text order is time order.
    const rows = this.db
      .prepare(
        `SELECT ${COLUMNS} FROM decisions WHERE at >= ? AND at < ? ${o.channel ? 'AND channel = ?' : ''}
         ORDER BY at, id LIMIT ?`,
      )
      .all(o.since.toISOString(), o.until.toISOString(), ...(o.channel ? [o.channel] : []), o.limit);
    return rows.map(toRecord);
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    return this.db.prepare('DELETE FROM decisions WHERE at < ?').run(cutoff.toISOString()).changes;
  }
}

/** {@link DecisionStore} on PostgreSQL; call {@link PostgresDecisionStore.init} once. */
export class PostgresDecisionStore implements DecisionStore {
  private readonly table: string;

  constructor(
    private readonly pool: Pool,
    options: { schema?: string } = {},
  ) {
    this.table = qualified(options.schema, 'decisions');
  }

  async init(): Promise<void> {
    await runDdl(
      this.pool,
      `CREATE TABLE IF NOT EXISTS ${this.table} (
         id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL, conversation_id TEXT NOT NULL,
         channel TEXT NOT NULL, outcome TEXT, category TEXT, topic TEXT, reason TEXT,
         confidence DOUBLE PRECISION, case_id TEXT, due TIMESTAMPTZ, ticket_id TEXT,
         ticket_opened BOOLEAN NOT NULL, latency_ms DOUBLE PRECISION NOT NULL);
       CREATE INDEX IF NOT EXISTS decisions_at ON ${this.table} (at);`,
    );
  }

  async record(entry: DecisionRecord): Promise<void> {
    return this.recordMany([entry]);
  }

  async recordMany(entries: readonly DecisionRecord[]): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map((entry) => values(parseOrThrow('decisions', decisionRecordSchema, entry)));
    const width = rows[0].length;
    // One statement for the batch: one round trip to the database instead of one per turn.
    const placeholders = rows.map((_, r) => `(${rows[0].map((_, c) => `$${r * width + c + 1}`).join(', ')})`);
    await this.pool.query(
      `INSERT INTO ${this.table} (${COLUMNS}) VALUES ${placeholders.join(', ')}`,
      rows.flat(),
    );
  }

  async list(options: DecisionListOptions): Promise<DecisionRecord[]> {
    const o = parseOrThrow('decisions', listSchema, options);
    const params: unknown[] = [o.since.toISOString(), o.until.toISOString()];
    if (o.channel) params.push(o.channel);
    params.push(o.limit);
    const { rows } = await this.pool.query(
      `SELECT ${COLUMNS} FROM ${this.table} WHERE at >= $1 AND at < $2 ${o.channel ? 'AND channel = $3' : ''}
       ORDER BY at, id LIMIT $${params.length}`,
      params,
    );
    return rows.map(toRecord);
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    const r = await this.pool.query(`DELETE FROM ${this.table} WHERE at < $1`, [cutoff.toISOString()]);
    return r.rowCount ?? 0;
  }
}
