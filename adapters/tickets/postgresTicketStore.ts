/** Tickets and transcripts in PostgreSQL, for several instances: row locks and conditional updates. */
import type { Pool, PoolClient } from 'pg';
import { transition } from '../../handoff/lifecycle';
import type { OpenOutcome, TicketStore } from '../../handoff/ports';
import type { NewTicketMessage, Ticket, TicketMessage } from '../../handoff/types';
import {
  attachmentsColumn,
  handlingMs,
  parseMessageRow,
  parseTicketData,
  storedMessage,
  versionedUpdateParams,
} from './rows';
import { inTransaction, runDdl } from '../storage/postgres';
import { ticketTables } from './postgresTicketTables';

export interface PostgresTicketStoreOptions {
  /** Schema for the tables (tests isolate with it); the search path's default when absent. */
  schema?: string;
}

interface Row {
  id: string;
  data: unknown;
}

/** {@link TicketStore} over a pg Pool. Call {@link init} once before use. */
export class PostgresTicketStore implements TicketStore {
  private readonly t: string;
  private readonly m: string;
  private readonly prefix: string;

  constructor(
    private readonly pool: Pool,
    opts: PostgresTicketStoreOptions = {},
  ) {
    ({ prefix: this.prefix, tickets: this.t, messages: this.m } = ticketTables(opts.schema));
  }

  /**
   * Creates tables and the unique partial indexes (storage.md §3) if missing, under the shared DDL
   * lock so instances starting together do not race. `ticket_messages.author` has no CHECK:
   * new kinds of line (internal notes, 'note') need no migration of existing databases.
   */
  async init(): Promise<void> {
    await runDdl(
      this.pool,
      `
      CREATE TABLE IF NOT EXISTS ${this.t} (
        id TEXT PRIMARY KEY, conversation_key TEXT NOT NULL, person_key TEXT NOT NULL, case_id TEXT,
        status TEXT NOT NULL CHECK (status IN ('pending','assigned','resolved','expired','cancelled')),
        priority INTEGER NOT NULL, agent_id TEXT, created_at TIMESTAMPTZ NOT NULL, expires_at TIMESTAMPTZ,
        ended_at TIMESTAMPTZ, end_reason TEXT, version INTEGER NOT NULL DEFAULT 1, data JSONB NOT NULL);
      CREATE UNIQUE INDEX IF NOT EXISTS tickets_one_open_per_conversation ON ${this.t} (conversation_key)
        WHERE status IN ('pending', 'assigned');
      CREATE UNIQUE INDEX IF NOT EXISTS tickets_one_open_per_case ON ${this.t} (person_key, case_id)
        WHERE status IN ('pending', 'assigned') AND case_id IS NOT NULL;
      CREATE INDEX IF NOT EXISTS tickets_queue ON ${this.t} (status, priority DESC, created_at);
      CREATE TABLE IF NOT EXISTS ${this.m} (
        ticket_id TEXT NOT NULL, seq INTEGER NOT NULL, at TIMESTAMPTZ NOT NULL, author TEXT NOT NULL,
        text TEXT NOT NULL, agent_id TEXT, PRIMARY KEY (ticket_id, seq));
      ALTER TABLE ${this.m} ADD COLUMN IF NOT EXISTS attachments JSONB;`,
    );
  }

  private async one(
    sql: string,
    params: unknown[],
    client: Pool | PoolClient = this.pool,
  ): Promise<Ticket | null> {
    const r = await client.query<Row>(sql, params);
    return r.rows[0] ? parseTicketData(r.rows[0].id, r.rows[0].data) : null;
  }

  private async many(sql: string, params: unknown[] = []): Promise<Ticket[]> {
    const r = await this.pool.query<Row>(sql, params);
    return r.rows.map((row) => parseTicketData(row.id, row.data));
  }

  private tx<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, fn);
  }

  async open(draft: Ticket): Promise<OpenOutcome> {
    // The unique partial indexes decide; a conflict means "attach", and a ticket closed between
    // our insert and our read is retried.
    for (let attempt = 0; attempt < 5; attempt++) {
      const ins = await this.pool.query(
        `INSERT INTO ${this.t} (id, conversation_key, person_key, case_id, status, priority, agent_id, created_at, expires_at, ended_at, end_reason, version, data)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) ON CONFLICT DO NOTHING`,
        [
          draft.ticketId,
          draft.conversationKey,
          draft.personKey,
          draft.caseId ?? null,
          draft.status,
          draft.rank,
          draft.agentId ?? null,
          draft.createdAt,
          draft.expiresAt,
          draft.endedAt ?? null,
          draft.endReason ?? null,
          draft.version,
          JSON.stringify(draft),
        ],
      );
      if (ins.rowCount === 1) return { ticket: draft, attached: false };
      const existing =
        (await this.one(
          `SELECT id, data FROM ${this.t} WHERE conversation_key = $1 AND status IN ('pending','assigned')`,
          [draft.conversationKey],
        )) ??
        (draft.caseId
          ? await this.one(
              `SELECT id, data FROM ${this.t} WHERE person_key = $1 AND case_id = $2 AND status IN ('pending','assigned')`,
              [draft.personKey, draft.caseId],
            )
          : null);
      if (existing) return { ticket: existing, attached: true };
    }
    throw new Error(`could not open or attach ticket for ${draft.conversationKey}`);
  }

  async get(ticketId: string): Promise<Ticket | null> {
    return this.one(`SELECT id, data FROM ${this.t} WHERE id = $1`, [ticketId]);
  }

  async findOpenByConversation(conversationKey: string): Promise<Ticket | null> {
    return this.one(
      `SELECT id, data FROM ${this.t} WHERE conversation_key = $1 AND status IN ('pending','assigned')`,
      [conversationKey],
    );
  }

  async latestByConversation(conversationKey: string): Promise<Ticket | null> {
    return this.one(
      `SELECT id, data FROM ${this.t} WHERE conversation_key = $1 ORDER BY created_at DESC LIMIT 1`,
      [conversationKey],
    );
  }

  async listQueue(): Promise<Ticket[]> {
    return this.many(
      `SELECT id, data FROM ${this.t} WHERE status = 'pending' ORDER BY priority DESC, created_at ASC, id ASC`,
    );
  }

  async queuePosition(ticketId: string): Promise<number | null> {
    // Same order as listQueue: rank desc, then created_at, then id.
    const r = await this.pool.query<{ place: string }>(
      `SELECT (SELECT COUNT(*) FROM ${this.t} t WHERE t.status = 'pending' AND (t.priority > me.priority
         OR (t.priority = me.priority AND (t.created_at < me.created_at
         OR (t.created_at = me.created_at AND t.id <= me.id))))) AS place
       FROM ${this.t} me WHERE me.id = $1 AND me.status = 'pending'`,
      [ticketId],
    );
    return r.rows[0] ? Number(r.rows[0].place) : null;
  }

  async listAssigned(): Promise<Ticket[]> {
    return this.many(`SELECT id, data FROM ${this.t} WHERE status = 'assigned' ORDER BY created_at ASC`);
  }

  async claim(
    ticketId: string,
    agentId: string,
    agentName: string | undefined,
    now: Date,
  ): Promise<Ticket | null> {
    return this.tx(async (c) => {
      // SKIP LOCKED: a concurrent claimer holding the row makes us lose at once instead of waiting.
      const current = await this.one(
        `SELECT id, data FROM ${this.t} WHERE id = $1 AND status = 'pending' FOR UPDATE SKIP LOCKED`,
        [ticketId],
        c,
      );
      if (!current) return null;
      const r = transition(current, { type: 'claim', agentId, agentName }, now);
      return r.ok && (await this.write(r.ticket, c)) ? r.ticket : null;
    });
  }

  private async write(next: Ticket, c: Pool | PoolClient = this.pool): Promise<boolean> {
    const r = await c.query(
      `UPDATE ${this.t} SET status = $1, agent_id = $2, expires_at = $3, ended_at = $4, end_reason = $5, version = $6, data = $7
       WHERE id = $8 AND version = $9`,
      versionedUpdateParams(next),
    );
    return r.rowCount === 1;
  }

  async save(next: Ticket): Promise<Ticket | null> {
    return (await this.write(next)) ? next : null;
  }

  async expireDue(now: Date): Promise<Ticket[]> {
    return this.tx(async (c) => {
      const r = await c.query<Row>(
        `SELECT id, data FROM ${this.t} WHERE status = 'pending' AND expires_at <= $1 FOR UPDATE SKIP LOCKED`,
        [now.toISOString()],
      );
      const done: Ticket[] = [];
      for (const row of r.rows) {
        const t = transition(
          parseTicketData(row.id, row.data),
          { type: 'expire', reason: 'queue-timeout' },
          now,
        );
        if (t.ok && (await this.write(t.ticket, c))) done.push(t.ticket);
      }
      return done;
    });
  }

  async appendMessage(message: NewTicketMessage): Promise<TicketMessage> {
    const files = attachmentsColumn(message);
    return this.tx(async (c) => {
      // Serialises appends per ticket so seq numbers never collide across instances.
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [message.ticketId]);
      const r = await c.query<{ next: number }>(
        `SELECT COALESCE(MAX(seq), -1) + 1 AS next FROM ${this.m} WHERE ticket_id = $1`,
        [message.ticketId],
      );
      const seq = Number(r.rows[0].next);
      await c.query(
        `INSERT INTO ${this.m} (ticket_id, seq, at, author, text, agent_id, attachments)
         VALUES ($1,$2,$3,$4,$5,$6,$7::jsonb)`,
        [message.ticketId, seq, message.at, message.from, message.text, message.agentId ?? null, files],
      );
      return storedMessage(message, seq);
    });
  }

  async listMessages(ticketId: string): Promise<TicketMessage[]> {
    const r = await this.pool.query(`SELECT * FROM ${this.m} WHERE ticket_id = $1 ORDER BY seq`, [ticketId]);
    return r.rows.map(parseMessageRow);
  }

  async listResolvedSince(since: Date, limit: number): Promise<Ticket[]> {
    return this.many(
      `SELECT id, data FROM ${this.t} WHERE status = 'resolved' AND ended_at >= $1 ORDER BY ended_at DESC LIMIT $2`,
      [since.toISOString(), limit],
    );
  }

  async recentHandlingTimes(limit: number): Promise<number[]> {
    const rows = await this.many(
      `SELECT id, data FROM ${this.t} WHERE status = 'resolved' ORDER BY ended_at DESC LIMIT $1`,
      [limit],
    );
    return rows.map(handlingMs).filter((ms): ms is number => ms !== null);
  }
}
