/**
 * Read-only views over the ticket tables for the metrics and the lead's dashboard: counts by
 * state, the oldest waiting ticket, and the tickets of a window with their first agent reply.
 * SQLite and PostgreSQL read the same tables the ticket stores write.
 */
import type { Pool } from 'pg';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { TICKET_STATUSES, type Ticket, type TicketStatus } from '../../handoff/types';
import { parseTicketData } from './rows';
import { ticketTables } from './postgresTicketTables';

/** A ticket with the instant of the first message an agent wrote on it (null: none yet). */
export interface ReportedTicket {
  ticket: Ticket;
  firstAgentReplyAt: string | null;
}

export interface TicketReports {
  countByStatus(): Promise<Record<TicketStatus, number>>;
  /** When the longest-waiting pending ticket was created; null with an empty queue. */
  oldestPendingAt(): Promise<Date | null>;
  /** Tickets created in [since, until), oldest first, at most `limit`. */
  createdBetween(since: Date, until: Date, limit: number): Promise<ReportedTicket[]>;
}

const countRow = z.object({ status: z.enum(TICKET_STATUSES), n: z.coerce.number().int() });
const instant = z.union([z.date(), z.string()]).transform((v) => new Date(v).toISOString());
const ticketRow = z.object({ id: z.string(), data: z.unknown(), first_reply: instant.nullable() });

function counts(rows: unknown[]): Record<TicketStatus, number> {
  const out = Object.fromEntries(TICKET_STATUSES.map((s) => [s, 0])) as Record<TicketStatus, number>;
  for (const r of rows) {
    const c = countRow.parse(r);
    out[c.status] = c.n;
  }
  return out;
}

const toReported = (row: unknown): ReportedTicket => {
  const r = ticketRow.parse(row);
  return { ticket: parseTicketData(r.id, r.data), firstAgentReplyAt: r.first_reply };
};

/** {@link TicketReports} on the bot's SQLite file. */
export class SqliteTicketReports implements TicketReports {
  constructor(private readonly db: Database.Database) {}

  async countByStatus(): Promise<Record<TicketStatus, number>> {
    return counts(this.db.prepare('SELECT status, COUNT(*) AS n FROM tickets GROUP BY status').all());
  }

  async oldestPendingAt(): Promise<Date | null> {
    const r = this.db.prepare(`SELECT MIN(created_at) AS t FROM tickets WHERE status = 'pending'`).get() as
      { t: string | null } | undefined;
    return r?.t ? new Date(r.t) : null;
  }

  async createdBetween(since: Date, until: Date, limit: number): Promise<ReportedTicket[]> {
    return this.db
      .prepare(
        `SELECT t.id, t.data,
           (SELECT MIN(m.at) FROM ticket_messages m WHERE m.ticket_id = t.id AND m.author = 'agent') AS first_reply
         FROM tickets t WHERE t.created_at >= ? AND t.created_at < ? ORDER BY t.created_at, t.rowid LIMIT ?`,
      )
      .all(since.toISOString(), until.toISOString(), limit)
      .map(toReported);
  }
}

/** {@link TicketReports} on PostgreSQL (the tables PostgresTicketStore created). */
export class PostgresTicketReports implements TicketReports {
  private readonly t: string;
  private readonly m: string;

  constructor(
    private readonly pool: Pool,
    opts: { schema?: string } = {},
  ) {
    ({ tickets: this.t, messages: this.m } = ticketTables(opts.schema));
  }

  async countByStatus(): Promise<Record<TicketStatus, number>> {
    return counts(
      (await this.pool.query(`SELECT status, COUNT(*) AS n FROM ${this.t} GROUP BY status`)).rows,
    );
  }

  async oldestPendingAt(): Promise<Date | null> {
    const { rows } = await this.pool.query<{ t: Date | null }>(
      `SELECT MIN(created_at) AS t FROM ${this.t} WHERE status = 'pending'`,
    );
    return rows[0]?.t ? new Date(rows[0].t) : null;
  }

  async createdBetween(since: Date, until: Date, limit: number): Promise<ReportedTicket[]> {
    const { rows } = await this.pool.query(
      `SELECT t.id, t.data,
         (SELECT MIN(m.at) FROM ${this.m} m WHERE m.ticket_id = t.id AND m.author = 'agent') AS first_reply
       FROM ${this.t} t WHERE t.created_at >= $1 AND t.created_at < $2 ORDER BY t.created_at LIMIT $3`,
      [since.toISOString(), until.toISOString(), limit],
    );
    return rows.map(toReported);
  }
}

/** The reports over whichever database the store bundle opened. */
export function ticketReportsFor(storage: { db?: Database.Database; pool?: Pool }): TicketReports {
  if (storage.db) return new SqliteTicketReports(storage.db);
  if (storage.pool) return new PostgresTicketReports(storage.pool);
  throw new Error('ticket reports need the SQLite handle or the PostgreSQL pool');
}
