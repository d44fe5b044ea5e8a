/**
 * Agent presence shared by every instance on one PostgreSQL database: a table
 * `agent_presence(agent_id, last_seen)`, upserted when an agent is seen, deleted on sign-out.
 * The handoff core stays synchronous: {@link AgentPresence} keeps counting from memory, and this
 * mirror writes its events in the background and, every few seconds, re-stamps the consoles open
 * here, reads who any instance saw within the presence window and hands that to
 * {@link AgentPresence.setShared} (after which the table, not local memory, says who was seen).
 */
import type { Pool } from 'pg';
import { z } from 'zod';
import type { Logger } from '../logger';
import { PRESENCE_WINDOW_MS, type AgentPresence, type PresenceMirror } from '../../handoff/presence';
import { qualified, runDdl } from '../storage/postgres';

export interface PostgresPresenceOptions {
  /** Schema for the table (tests isolate with it). */
  schema?: string;
  logger: Logger;
  now: () => Date;
  /** How often open consoles are re-stamped and the shared state is read; default 5 s. */
  refreshMs?: number;
}

type Op = { kind: 'seen'; at: Date } | { kind: 'gone' };

const rowSchema = z.object({ agent_id: z.string(), last_seen: z.date() });

export class PostgresPresence implements PresenceMirror {
  private readonly table: string;
  private readonly refreshMs: number;
  /** The latest event per agent not yet written; the latest wins. */
  private readonly pending = new Map<string, Op>();
  /** Agents signed out while a read was in flight: that read may still list them. */
  private readonly goneDuringRead = new Set<string>();
  private reading = false;
  private writes: Promise<boolean> = Promise.resolve(true);
  private presence: AgentPresence | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly opts: PostgresPresenceOptions,
  ) {
    this.table = qualified(opts.schema, 'agent_presence');
    this.refreshMs = opts.refreshMs ?? 5000;
  }

  /** Creates the table (idempotent, safe with several instances starting at once). */
  async init(): Promise<void> {
    await runDdl(
      this.pool,
      `CREATE TABLE IF NOT EXISTS ${this.table} (agent_id TEXT PRIMARY KEY, last_seen TIMESTAMPTZ NOT NULL)`,
    );
  }

  /** Joins `presence` to the shared table, reads it once, then refreshes every `refreshMs`. */
  async start(presence: AgentPresence): Promise<void> {
    this.presence = presence;
    presence.shareWith(this);
    await this.sync();
    this.timer = setInterval(() => {
      // A pool closed without stop() (a test, a crash path) ends the refresh instead of failing it.
      if (this.pool.ending || this.pool.ended) return clearInterval(this.timer);
      this.sync().catch((err: unknown) => this.opts.logger.warn('agent presence refresh failed', { err }));
    }, this.refreshMs);
    this.timer.unref();
  }

  /** Stops refreshing and writes what is pending. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  seen(agentId: string, at: Date = this.opts.now()): void {
    const previous = this.pending.get(agentId);
    if (previous?.kind === 'seen' && previous.at >= at) return;
    this.pending.set(agentId, { kind: 'seen', at });
    void this.flush();
  }

  signedOut(agentId: string): void {
    this.pending.set(agentId, { kind: 'gone' });
    if (this.reading) this.goneDuringRead.add(agentId);
    void this.flush();
  }

  /** Re-stamps the consoles open here, writes what is pending, and reads who is online anywhere. */
  async sync(): Promise<void> {
    const now = this.opts.now();
    const mark = this.presence?.mark();
    for (const id of this.presence?.connected() ?? []) this.seen(id, now);
    const written = await this.flush();
    this.reading = true;
    this.goneDuringRead.clear();
    try {
      const res = await this.pool.query(
        `SELECT agent_id, last_seen FROM ${this.table} WHERE last_seen >= $1`,
        [new Date(now.getTime() - PRESENCE_WINDOW_MS)],
      );
      const shared = new Map<string, Date>();
      for (const raw of res.rows) {
        const row = rowSchema.parse(raw);
        if (!this.goneDuringRead.has(row.agent_id)) shared.set(row.agent_id, row.last_seen);
      }
      // Local events up to the mark are now in the table (or were signed out elsewhere).
      this.presence?.setShared(shared, written ? mark : undefined);
    } finally {
      this.reading = false;
    }
  }

  /** Writes the pending events, one batch at a time so that a sign-out never overtakes a `seen`. */
  private flush(): Promise<boolean> {
    this.writes = this.writes.then(() => this.writeBatch());
    return this.writes;
  }

  /** True when everything pending was written. */
  private async writeBatch(): Promise<boolean> {
    if (this.pending.size === 0) return true;
    const batch = [...this.pending];
    this.pending.clear();
    const seen = batch.flatMap(([id, op]) => (op.kind === 'seen' ? [{ id, at: op.at }] : []));
    const gone = batch.flatMap(([id, op]) => (op.kind === 'gone' ? [id] : []));
    try {
      if (seen.length > 0)
        await this.pool.query(
          `INSERT INTO ${this.table} AS p (agent_id, last_seen)
           SELECT * FROM unnest($1::text[], $2::timestamptz[])
           ON CONFLICT (agent_id) DO UPDATE SET last_seen = GREATEST(p.last_seen, EXCLUDED.last_seen)`,
          [seen.map((s) => s.id), seen.map((s) => s.at)],
        );
      if (gone.length > 0)
        await this.pool.query(`DELETE FROM ${this.table} WHERE agent_id = ANY($1)`, [gone]);
      return true;
    } catch (err) {
      this.opts.logger.warn('agent presence write failed; kept for the next refresh', { err });
      // Put back what nothing newer has replaced.
      for (const [id, op] of batch) if (!this.pending.has(id)) this.pending.set(id, op);
      return false;
    }
  }
}

/** Shares `presence` through PostgreSQL: creates the table, reads it once, keeps it fresh. */
export async function sharePresenceThroughPostgres(
  presence: AgentPresence,
  pool: Pool,
  opts: PostgresPresenceOptions,
): Promise<PostgresPresence> {
  const mirror = new PostgresPresence(pool, opts);
  await mirror.init();
  await mirror.start(presence);
  return mirror;
}
