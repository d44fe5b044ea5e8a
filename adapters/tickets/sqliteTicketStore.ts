/** Tickets and their transcripts in SQLite (the default): conditional writes in immediate transactions. */
import type Database from 'better-sqlite3';
import { transition } from '../../handoff/lifecycle';
import type { OpenOutcome, TicketStore } from '../../handoff/ports';
import type { NewTicketMessage, Ticket, TicketMessage } from '../../handoff/types';
import { migrate } from '../storage/sqlite';
import {
  attachmentsColumn,
  handlingMs,
  parseMessageRow,
  parseTicketData,
  storedMessage,
  versionedUpdateParams,
} from './rows';

/**
 * `ticket_messages.author` has no CHECK constraint (rows are validated on read, rows.ts), so new
 * kinds of line such as internal notes ('note') need no table rebuild in existing files.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS tickets (
  id TEXT PRIMARY KEY, conversation_key TEXT NOT NULL, person_key TEXT NOT NULL, case_id TEXT,
  status TEXT NOT NULL CHECK (status IN ('pending','assigned','resolved','expired','cancelled')),
  priority INTEGER NOT NULL, agent_id TEXT, created_at TEXT NOT NULL, expires_at TEXT,
  ended_at TEXT, end_reason TEXT, version INTEGER NOT NULL DEFAULT 1, data TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS tickets_one_open_per_conversation ON tickets (conversation_key)
  WHERE status IN ('pending', 'assigned');
CREATE UNIQUE INDEX IF NOT EXISTS tickets_one_open_per_case ON tickets (person_key, case_id)
  WHERE status IN ('pending', 'assigned') AND case_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS tickets_queue ON tickets (status, priority DESC, created_at);
CREATE INDEX IF NOT EXISTS tickets_by_conversation ON tickets (conversation_key, created_at);
CREATE TABLE IF NOT EXISTS ticket_messages (
  ticket_id TEXT NOT NULL, seq INTEGER NOT NULL, at TEXT NOT NULL, author TEXT NOT NULL,
  text TEXT NOT NULL, agent_id TEXT, PRIMARY KEY (ticket_id, seq)
);`;

/**
 * Files sent with a line (JSON, NULL without files): added to files made before the column
 * existed, whose old rows then read back with no attachments. Named, so it runs once per file.
 */
const ADD_MESSAGE_ATTACHMENTS = {
  name: 'ticket_messages-attachments-v1',
  sql: 'ALTER TABLE ticket_messages ADD COLUMN attachments TEXT',
};

interface TicketRow {
  id: string;
  data: string;
}

/** {@link TicketStore} over one better-sqlite3 connection (the file the bot already opened). */
export class SqliteTicketStore implements TicketStore {
  /** Statements compiled once: the relay looks a ticket up on every inbound message. */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA);
    migrate(db, ADD_MESSAGE_ATTACHMENTS.name, ADD_MESSAGE_ATTACHMENTS.sql);
  }

  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private row(sql: string, ...params: unknown[]): Ticket | null {
    const r = this.statement(sql).get(...params) as TicketRow | undefined;
    return r ? parseTicketData(r.id, r.data) : null;
  }

  private rows(sql: string, ...params: unknown[]): Ticket[] {
    return (this.statement(sql).all(...params) as TicketRow[]).map((r) => parseTicketData(r.id, r.data));
  }

  private findOpenFor(t: Ticket): Ticket | null {
    return (
      this.row(
        `SELECT id, data FROM tickets WHERE conversation_key = ? AND status IN ('pending','assigned')`,
        t.conversationKey,
      ) ??
      (t.caseId
        ? this.row(
            `SELECT id, data FROM tickets WHERE person_key = ? AND case_id = ? AND status IN ('pending','assigned')`,
            t.personKey,
            t.caseId,
          )
        : null)
    );
  }

  async open(draft: Ticket): Promise<OpenOutcome> {
    const run = this.db.transaction((): OpenOutcome => {
      const existing = this.findOpenFor(draft);
      if (existing) return { ticket: existing, attached: true };
      this.db
        .prepare(
          `INSERT INTO tickets (id, conversation_key, person_key, case_id, status, priority, agent_id, created_at, expires_at, ended_at, end_reason, version, data)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(...this.columns(draft));
      return { ticket: draft, attached: false };
    });
    return run.immediate();
  }

  private columns(t: Ticket): unknown[] {
    return [
      t.ticketId,
      t.conversationKey,
      t.personKey,
      t.caseId ?? null,
      t.status,
      t.rank,
      t.agentId ?? null,
      t.createdAt,
      t.expiresAt,
      t.endedAt ?? null,
      t.endReason ?? null,
      t.version,
      JSON.stringify(t),
    ];
  }

  async get(ticketId: string): Promise<Ticket | null> {
    return this.row('SELECT id, data FROM tickets WHERE id = ?', ticketId);
  }

  async findOpenByConversation(conversationKey: string): Promise<Ticket | null> {
    return this.row(
      `SELECT id, data FROM tickets WHERE conversation_key = ? AND status IN ('pending','assigned')`,
      conversationKey,
    );
  }

  async latestByConversation(conversationKey: string): Promise<Ticket | null> {
    return this.row(
      'SELECT id, data FROM tickets WHERE conversation_key = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
      conversationKey,
    );
  }

  async listQueue(): Promise<Ticket[]> {
    return this.rows(
      `SELECT id, data FROM tickets WHERE status = 'pending' ORDER BY priority DESC, created_at ASC, rowid ASC`,
    );
  }

  async queuePosition(ticketId: string): Promise<number | null> {
    // Same order as listQueue: rank desc, then created_at, then insertion order.
    const r = this.db
      .prepare(
        `SELECT (SELECT COUNT(*) FROM tickets t WHERE t.status = 'pending' AND (t.priority > me.priority
           OR (t.priority = me.priority AND (t.created_at < me.created_at
           OR (t.created_at = me.created_at AND t.rowid <= me.rowid))))) AS place
         FROM tickets me WHERE me.id = ? AND me.status = 'pending'`,
      )
      .get(ticketId) as { place: number } | undefined;
    return r ? r.place : null;
  }

  async listAssigned(): Promise<Ticket[]> {
    return this.rows(`SELECT id, data FROM tickets WHERE status = 'assigned' ORDER BY created_at ASC`);
  }

  async claim(
    ticketId: string,
    agentId: string,
    agentName: string | undefined,
    now: Date,
  ): Promise<Ticket | null> {
    const run = this.db.transaction((): Ticket | null => {
      const current = this.row(`SELECT id, data FROM tickets WHERE id = ? AND status = 'pending'`, ticketId);
      if (!current) return null;
      const r = transition(current, { type: 'claim', agentId, agentName }, now);
      return r.ok && this.write(r.ticket) ? r.ticket : null;
    });
    return run.immediate();
  }

  /** Conditional on the version read: one row changed means this write won. */
  private write(next: Ticket): boolean {
    const info = this.db
      .prepare(
        `UPDATE tickets SET status = ?, agent_id = ?, expires_at = ?, ended_at = ?, end_reason = ?, version = ?, data = ?
         WHERE id = ? AND version = ?`,
      )
      .run(...versionedUpdateParams(next));
    return info.changes === 1;
  }

  async save(next: Ticket): Promise<Ticket | null> {
    return this.db.transaction(() => (this.write(next) ? next : null)).immediate();
  }

  async expireDue(now: Date): Promise<Ticket[]> {
    const run = this.db.transaction((): Ticket[] => {
      const due = this.rows(
        `SELECT id, data FROM tickets WHERE status = 'pending' AND expires_at <= ?`,
        now.toISOString(),
      );
      const done: Ticket[] = [];
      for (const t of due) {
        const r = transition(t, { type: 'expire', reason: 'queue-timeout' }, now);
        if (r.ok && this.write(r.ticket)) done.push(r.ticket);
      }
      return done;
    });
    return run.immediate();
  }

  async appendMessage(message: NewTicketMessage): Promise<TicketMessage> {
    const files = attachmentsColumn(message);
    const run = this.db.transaction((): TicketMessage => {
      const { next } = this.db
        .prepare('SELECT COALESCE(MAX(seq), -1) + 1 AS next FROM ticket_messages WHERE ticket_id = ?')
        .get(message.ticketId) as {
        next: number;
      };
      this.db
        .prepare(
          'INSERT INTO ticket_messages (ticket_id, seq, at, author, text, agent_id, attachments) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(message.ticketId, next, message.at, message.from, message.text, message.agentId ?? null, files);
      return storedMessage(message, next);
    });
    return run.immediate();
  }

  async listMessages(ticketId: string): Promise<TicketMessage[]> {
    return this.db
      .prepare('SELECT * FROM ticket_messages WHERE ticket_id = ? ORDER BY seq')
      .all(ticketId)
      .map(parseMessageRow);
  }

  async listResolvedSince(since: Date, limit: number): Promise<Ticket[]> {
    return this.rows(
      `SELECT id, data FROM tickets WHERE status = 'resolved' AND ended_at >= ? ORDER BY ended_at DESC LIMIT ?`,
      since.toISOString(),
      limit,
    );
  }

  async recentHandlingTimes(limit: number): Promise<number[]> {
    return this.rows(
      `SELECT id, data FROM tickets WHERE status = 'resolved' ORDER BY ended_at DESC LIMIT ?`,
      limit,
    )
      .map(handlingMs)
      .filter((ms): ms is number => ms !== null);
  }
}
