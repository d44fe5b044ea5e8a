import { migrate, type SqliteDatabase } from '../storage/sqlite';
import {
  ATTACHMENT_COLUMNS,
  attachmentFromRow,
  type AttachmentStore,
  type StoredAttachment,
} from './attachmentStore';

const SCHEMA = `
  CREATE TABLE dl_attachments (
    id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, content_type TEXT NOT NULL,
    name TEXT NOT NULL, size INTEGER NOT NULL, created_at TEXT NOT NULL, bytes BLOB NOT NULL);
  CREATE INDEX dl_attachments_conversation ON dl_attachments (conversation_id);
`;

/** Uploaded files as BLOBs in the bot's SQLite file, next to the conversation log. */
export class SqliteAttachmentStore implements AttachmentStore {
  private readonly stmts;
  private readonly insertAll: (files: readonly StoredAttachment[]) => void;

  constructor(db: SqliteDatabase) {
    migrate(db, 'dl_attachments-001', SCHEMA);
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO dl_attachments (id, conversation_id, content_type, name, size, created_at, bytes)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      get: db.prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM dl_attachments WHERE id = ?`),
      delete: db.prepare('DELETE FROM dl_attachments WHERE id = ?'),
      deleteForConversation: db.prepare('DELETE FROM dl_attachments WHERE conversation_id = ?'),
    };
    this.insertAll = db.transaction((files: readonly StoredAttachment[]) => {
      for (const f of files)
        this.stmts.insert.run(f.id, f.conversationId, f.contentType, f.name, f.size, f.createdAt, f.bytes);
    });
  }

  async putAll(files: readonly StoredAttachment[]): Promise<void> {
    try {
      this.insertAll(files);
    } catch (err) {
      // Rethrown as our own Error: the driver's error class belongs to whichever module context
      // first loaded the native addon, so callers (and jest) could not recognise it as an Error.
      throw new Error(`storing ${files.length} attachment(s) failed: ${(err as Error).message}`);
    }
  }

  async get(id: string): Promise<StoredAttachment | undefined> {
    const raw = this.stmts.get.get(id);
    return raw === undefined ? undefined : attachmentFromRow(raw);
  }

  async deleteAll(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.stmts.delete.run(id);
  }

  async deleteForConversations(conversationIds: readonly string[]): Promise<number> {
    let n = 0;
    for (const id of conversationIds) n += this.stmts.deleteForConversation.run(id).changes;
    return n;
  }
}
