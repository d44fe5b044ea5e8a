/**
 * Retention for tickets: a ticket that ended (resolved, expired, cancelled) before the cutoff is
 * deleted with its transcript. Open tickets are never purged, however old: someone still owes
 * the person an answer.
 */
import type { Pool } from 'pg';
import type Database from 'better-sqlite3';
import { ticketTables } from './postgresTicketTables';

const ENDED = `status IN ('resolved', 'expired', 'cancelled')`;

export interface TicketRetention {
  /** Deletes tickets that ended before `cutoff`, and their messages; resolves with how many tickets. */
  purgeEndedBefore(cutoff: Date): Promise<number>;
}

export class SqliteTicketRetention implements TicketRetention {
  constructor(private readonly db: Database.Database) {}

  async purgeEndedBefore(cutoff: Date): Promise<number> {
    const at = cutoff.toISOString();
    // One transaction: never a ticket without its transcript, nor the reverse.
    return this.db.transaction(() => {
      this.db
        .prepare(
          `DELETE FROM ticket_messages WHERE ticket_id IN (SELECT id FROM tickets WHERE ${ENDED} AND ended_at < ?)`,
        )
        .run(at);
      return this.db.prepare(`DELETE FROM tickets WHERE ${ENDED} AND ended_at < ?`).run(at).changes;
    })();
  }
}

export class PostgresTicketRetention implements TicketRetention {
  private readonly t: string;
  private readonly m: string;

  constructor(
    private readonly pool: Pool,
    opts: { schema?: string } = {},
  ) {
    ({ tickets: this.t, messages: this.m } = ticketTables(opts.schema));
  }

  async purgeEndedBefore(cutoff: Date): Promise<number> {
    // One statement: both deletes see the same snapshot and commit together.
    const { rows } = await this.pool.query<{ n: number }>(
      `WITH gone AS (DELETE FROM ${this.t} WHERE ${ENDED} AND ended_at < $1 RETURNING id),
            lines AS (DELETE FROM ${this.m} WHERE ticket_id IN (SELECT id FROM gone))
       SELECT COUNT(*)::int AS n FROM gone`,
      [cutoff.toISOString()],
    );
    return rows[0]?.n ?? 0;
  }
}

/** The retention over whichever database the store bundle opened. */
export function ticketRetentionFor(storage: { db?: Database.Database; pool?: Pool }): TicketRetention {
  if (storage.db) return new SqliteTicketRetention(storage.db);
  if (storage.pool) return new PostgresTicketRetention(storage.pool);
  throw new Error('ticket retention needs the SQLite handle or the PostgreSQL pool');
}
