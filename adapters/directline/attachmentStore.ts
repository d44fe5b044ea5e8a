import crypto from 'node:crypto';
import { z } from 'zod';

/**
 * Where the bytes of uploaded files live: beside the conversation log, in the same database
 * (so several instances on PostgreSQL serve each other's uploads), or in memory with the
 * in-memory log.
 */
export interface AttachmentMeta {
  /** 256 random bits, base64url: not guessable, and useless without a signed URL anyway. */
  id: string;
  conversationId: string;
  contentType: string;
  /** Already made safe (fileTypes.safeFileName). */
  name: string;
  size: number;
  createdAt: string;
}

export interface StoredAttachment extends AttachmentMeta {
  bytes: Buffer;
}

export interface AttachmentStore {
  /** Stores every file of one upload in one transaction: all of them or none. */
  putAll(files: readonly StoredAttachment[]): Promise<void>;
  get(id: string): Promise<StoredAttachment | undefined>;
  /** Removes files (an upload whose activity could not be stored); unknown ids are ignored. */
  deleteAll(ids: readonly string[]): Promise<void>;
  /** Retention: removes every file of these conversations; returns how many went. */
  deleteForConversations(conversationIds: readonly string[]): Promise<number>;
}

/** A stored row, as both databases return it (PostgreSQL may give `size` as a string). */
const rowSchema = z.object({
  id: z.string(),
  conversation_id: z.string(),
  content_type: z.string(),
  name: z.string(),
  size: z.coerce.number().int().nonnegative(),
  created_at: z.string(),
  bytes: z.instanceof(Buffer),
});

/** The columns to select, in the order {@link attachmentFromRow} reads them. */
export const ATTACHMENT_COLUMNS = 'id, conversation_id, content_type, name, size, created_at, bytes';

/** Parses a stored row; a corrupt one throws naming the field. */
export function attachmentFromRow(raw: unknown): StoredAttachment {
  const r = rowSchema.parse(raw);
  return {
    id: r.id,
    conversationId: r.conversation_id,
    contentType: r.content_type,
    name: r.name,
    size: r.size,
    createdAt: r.created_at,
    bytes: r.bytes,
  };
}

/** A new attachment id. */
export function newAttachmentId(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Ids are ours: anything else is not looked up. */
export const ATTACHMENT_ID = /^[A-Za-z0-9_-]{43}$/;

/** For tests and single-process setups without a database; gone on restart. */
export class InMemoryAttachmentStore implements AttachmentStore {
  private readonly files = new Map<string, StoredAttachment>();

  async putAll(files: readonly StoredAttachment[]): Promise<void> {
    if (files.some((f) => this.files.has(f.id))) throw new Error('attachment id already stored');
    for (const f of files) this.files.set(f.id, { ...f, bytes: Buffer.from(f.bytes) });
  }

  async get(id: string): Promise<StoredAttachment | undefined> {
    const f = this.files.get(id);
    return f && { ...f, bytes: Buffer.from(f.bytes) };
  }

  async deleteAll(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.files.delete(id);
  }

  async deleteForConversations(conversationIds: readonly string[]): Promise<number> {
    const gone = new Set(conversationIds);
    let n = 0;
    for (const [id, f] of this.files)
      if (gone.has(f.conversationId)) {
        this.files.delete(id);
        n += 1;
      }
    return n;
  }
}
