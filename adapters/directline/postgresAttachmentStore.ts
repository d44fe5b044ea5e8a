import type { Pool } from 'pg';
import { inTransaction, qualified, runDdl } from '../storage/postgres';
import {
  ATTACHMENT_COLUMNS,
  attachmentFromRow,
  type AttachmentStore,
  type StoredAttachment,
} from './attachmentStore';

/**
 * Uploaded files as `bytea` in PostgreSQL, beside the shared conversation log: any instance
 * serves a file that another one stored.
 */
export class PostgresAttachmentStore implements AttachmentStore {
  private readonly table: string;
  private initialising: Promise<void> | undefined;

  constructor(
    private readonly pool: Pool,
    opts: { schema?: string } = {},
  ) {
    this.table = qualified(opts.schema, 'dl_attachments');
  }

  /**
   * Creates the table (idempotent; the index lands in the table's schema). Every other method
   * waits for it, and a failed attempt is retried by the next call.
   */
  init(): Promise<void> {
    this.initialising ??= runDdl(
      this.pool,
      `CREATE TABLE IF NOT EXISTS ${this.table} (
         id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, content_type TEXT NOT NULL,
         name TEXT NOT NULL, size INTEGER NOT NULL, created_at TEXT NOT NULL, bytes BYTEA NOT NULL);
       CREATE INDEX IF NOT EXISTS dl_attachments_conversation ON ${this.table} (conversation_id);`,
    ).catch((err: unknown) => {
      this.initialising = undefined;
      throw err;
    });
    return this.initialising;
  }

  async putAll(files: readonly StoredAttachment[]): Promise<void> {
    await this.init();
    await inTransaction(this.pool, async (client) => {
      for (const f of files)
        await client.query(
          `INSERT INTO ${this.table} (id, conversation_id, content_type, name, size, created_at, bytes)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [f.id, f.conversationId, f.contentType, f.name, f.size, f.createdAt, f.bytes],
        );
    });
  }

  async get(id: string): Promise<StoredAttachment | undefined> {
    await this.init();
    const res = await this.pool.query(`SELECT ${ATTACHMENT_COLUMNS} FROM ${this.table} WHERE id = $1`, [id]);
    return res.rows.length === 0 ? undefined : attachmentFromRow(res.rows[0]);
  }

  async deleteAll(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.init();
    await this.pool.query(`DELETE FROM ${this.table} WHERE id = ANY($1::text[])`, [[...ids]]);
  }

  async deleteForConversations(conversationIds: readonly string[]): Promise<number> {
    if (conversationIds.length === 0) return 0;
    await this.init();
    const res = await this.pool.query(`DELETE FROM ${this.table} WHERE conversation_id = ANY($1::text[])`, [
      [...conversationIds],
    ]);
    return res.rowCount ?? 0;
  }
}
