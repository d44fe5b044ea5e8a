import type { Pool } from 'pg';
import { z } from 'zod';
import { inTransaction, qualified, runDdl } from '../storage/postgres';
import type { ConversationRecord, StoredActivity, WireActivity } from './conversationLog';
import { readTurn, type QueuedTurn, type TurnInbox } from './inbox';
import type { PostgresConversationLog } from './postgresConversationLog';

export interface PostgresTurnInboxOptions {
  /** Schema for the table (tests isolate with it); the search path's default otherwise. */
  schema?: string;
}

const claimedRow = z.object({
  id: z.coerce.number().int().positive(),
  body: z.string(),
  attempts: z.coerce.number().int().positive(),
});

/**
 * The turn inbox in PostgreSQL, shared by every instance on the database. Rows join the
 * conversation log's transactions; leases are on the database's clock, so instances whose
 * clocks disagree still agree on when a claim has run out.
 *
 * A claim is one `UPDATE … WHERE id = (oldest row of the conversation) AND (unclaimed OR lease
 * over)`: two instances claiming at once both aim at the same row and its row lock lets one win.
 * No turn of a conversation can be claimed while an older one is held, and a finished turn's row
 * is deleted before its instance claims the next, so whoever claims last sees both.
 */
export class PostgresTurnInbox implements TurnInbox {
  private readonly table: string;
  private initialising: Promise<void> | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly log: PostgresConversationLog,
    opts: PostgresTurnInboxOptions = {},
  ) {
    this.table = qualified(opts.schema, 'dl_inbox');
  }

  /** Creates the table (idempotent; several instances may start at once). Other methods wait for it. */
  init(): Promise<void> {
    this.initialising ??= this.log
      .init()
      .then(() =>
        runDdl(
          this.pool,
          `CREATE TABLE IF NOT EXISTS ${this.table} (
             id BIGSERIAL PRIMARY KEY, conversation_id TEXT NOT NULL, body TEXT NOT NULL,
             owner TEXT, lease_until TIMESTAMPTZ, attempts INTEGER NOT NULL DEFAULT 0);
           CREATE INDEX IF NOT EXISTS dl_inbox_conversation ON ${this.table} (conversation_id, id);`,
        ),
      )
      .catch((err: unknown) => {
        this.initialising = undefined;
        throw err;
      });
    return this.initialising;
  }

  async start(record: ConversationRecord, greeting: WireActivity): Promise<boolean> {
    await this.init();
    return inTransaction(this.pool, async (client) => {
      const created = await this.log.createWith(client, record);
      if (created)
        await client.query(`INSERT INTO ${this.table} (conversation_id, body) VALUES ($1, $2)`, [
          record.id,
          JSON.stringify(greeting),
        ]);
      return created;
    });
  }

  async accept(conversationId: string, activity: WireActivity, at: Date): Promise<StoredActivity> {
    await this.init();
    // The log's row lock on the conversation is held until commit, so the inbox ids of one
    // conversation are handed out in seq order.
    return inTransaction(this.pool, async (client) => {
      const stored = await this.log.appendWith(client, conversationId, activity, at);
      await client.query(`INSERT INTO ${this.table} (conversation_id, body) VALUES ($1, $2)`, [
        conversationId,
        JSON.stringify(stored.activity),
      ]);
      return stored;
    });
  }

  async claim(conversationId: string, owner: string, leaseMs: number): Promise<QueuedTurn | undefined> {
    await this.init();
    const res = await this.pool.query(
      `UPDATE ${this.table}
          SET owner = $2, lease_until = now() + make_interval(secs => $3::double precision / 1000),
              attempts = attempts + 1
        WHERE id = (SELECT id FROM ${this.table} WHERE conversation_id = $1 ORDER BY id LIMIT 1)
          AND (owner IS NULL OR lease_until <= now())
        RETURNING id, body, attempts`,
      [conversationId, owner, leaseMs],
    );
    if (res.rows.length === 0) return undefined;
    const row = claimedRow.parse(res.rows[0]);
    return readTurn(row.id, conversationId, row.body, row.attempts);
  }

  async complete(turn: QueuedTurn, owner: string): Promise<boolean> {
    await this.init();
    const res = await this.pool.query(`DELETE FROM ${this.table} WHERE id = $1 AND owner = $2`, [
      turn.id,
      owner,
    ]);
    return res.rowCount === 1;
  }

  async renew(owner: string, ids: readonly number[], leaseMs: number): Promise<number> {
    await this.init();
    const res = await this.pool.query(
      `UPDATE ${this.table} SET lease_until = now() + make_interval(secs => $3::double precision / 1000)
        WHERE owner = $1 AND id = ANY($2::bigint[])`,
      [owner, [...ids], leaseMs],
    );
    return res.rowCount ?? 0;
  }

  async waiting(limit: number): Promise<string[]> {
    await this.init();
    const res = await this.pool.query(
      `SELECT i.conversation_id AS id FROM ${this.table} i
        WHERE i.id = (SELECT MIN(j.id) FROM ${this.table} j WHERE j.conversation_id = i.conversation_id)
          AND (i.owner IS NULL OR i.lease_until <= now())
        ORDER BY i.id LIMIT $1`,
      [limit],
    );
    return res.rows.map((r: { id: string }) => r.id);
  }

  /** Nothing to release: a claim here may be a live instance's; its lease decides. */
  async releaseAbandoned(): Promise<number> {
    await this.init();
    return 0;
  }
}
