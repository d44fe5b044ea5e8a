import { z } from 'zod';
import type { ConversationLog, ConversationRecord, StoredActivity, WireActivity } from './conversationLog';

/**
 * The turn inbox: every inbound activity that was acknowledged and must run a bot turn has a row
 * here, written in the same transaction as the conversation log's row (or, for the greeting, as
 * the conversation's creation), and removed once its turn has finished. What is left after a
 * crash is exactly what was acknowledged and not answered: the next start runs it.
 *
 * Turns of one conversation run one at a time and in order, across every instance on the store:
 * only the oldest row of a conversation can be claimed, and only while no one holds it under a
 * live lease. A claim whose lease ran out (its instance died or froze) can be claimed again.
 */
export interface QueuedTurn {
  /** The inbox row; increasing in acceptance order within a conversation. */
  id: number;
  conversationId: string;
  /** The activity the turn runs on, as stored (with its log id and timestamp for messages). */
  activity: WireActivity;
  /** How many times the turn has been claimed, this claim included: above 1 it is a replay. */
  attempts: number;
  /** Set when the stored row is not an activity: the runner drops the turn instead of running it. */
  problem?: string;
}

export interface TurnInbox {
  /**
   * Creates the conversation and, only when this call created it, queues its greeting turn,
   * atomically. False when the conversation already existed (nothing is queued then).
   */
  start(record: ConversationRecord, greeting: WireActivity): Promise<boolean>;
  /** Appends `activity` to the conversation log and queues its turn, atomically. */
  accept(conversationId: string, activity: WireActivity, at: Date): Promise<StoredActivity>;
  /**
   * Claims the conversation's oldest queued turn for `owner` for `leaseMs`, unless another claim
   * on it is still live (a turn of this conversation is running somewhere). Undefined when there
   * is nothing to run now.
   */
  claim(conversationId: string, owner: string, leaseMs: number): Promise<QueuedTurn | undefined>;
  /** Removes the turn once run; false when `owner` no longer held it (its lease ran out and another took it). */
  complete(turn: QueuedTurn, owner: string): Promise<boolean>;
  /**
   * Extends `owner`'s claims on the turns `ids` (those it is running) to `leaseMs` from now;
   * returns how many it still held. Only running turns: a turn whose completion failed must be
   * let go, so that its lease runs out and someone runs it again.
   */
  renew(owner: string, ids: readonly number[], leaseMs: number): Promise<number>;
  /** Conversations whose oldest queued turn nobody holds (never claimed, or its lease ran out), oldest first. */
  waiting(limit: number): Promise<string[]>;
  /**
   * At start-up: releases the claims that can only belong to a process that is gone, and returns
   * how many. SQLite has one process per file, so every claim there is from a previous run;
   * PostgreSQL cannot tell a dead instance's claim from a live one's, so its leases decide.
   */
  releaseAbandoned(): Promise<number>;
}

/** How long a claim holds without renewal; renewed every third of it while the turn runs. */
export const DEFAULT_TURN_LEASE_MS = 30_000;

/** Row of the in-memory inbox; `leaseUntil` in ms since the epoch. */
interface MemoryRow {
  id: number;
  conversationId: string;
  activity: WireActivity;
  owner?: string;
  leaseUntil: number;
  attempts: number;
}

/** The inbox beside the in-memory conversation log: lost on restart, like the log itself. */
export class InMemoryTurnInbox implements TurnInbox {
  private rows: MemoryRow[] = [];
  private nextId = 1;

  constructor(
    private readonly log: ConversationLog,
    private readonly clock: () => number = Date.now,
  ) {}

  async start(record: ConversationRecord, greeting: WireActivity): Promise<boolean> {
    const created = await this.log.create(record);
    if (created) this.push(record.id, greeting);
    return created;
  }

  async accept(conversationId: string, activity: WireActivity, at: Date): Promise<StoredActivity> {
    const stored = await this.log.append(conversationId, activity, at);
    this.push(conversationId, stored.activity);
    return stored;
  }

  async claim(conversationId: string, owner: string, leaseMs: number): Promise<QueuedTurn | undefined> {
    const row = this.rows.find((r) => r.conversationId === conversationId);
    if (!row || !this.claimable(row)) return undefined;
    row.owner = owner;
    row.leaseUntil = this.clock() + leaseMs;
    row.attempts += 1;
    return { id: row.id, conversationId, activity: structuredClone(row.activity), attempts: row.attempts };
  }

  async complete(turn: QueuedTurn, owner: string): Promise<boolean> {
    const before = this.rows.length;
    this.rows = this.rows.filter((r) => !(r.id === turn.id && r.owner === owner));
    return this.rows.length < before;
  }

  async renew(owner: string, ids: readonly number[], leaseMs: number): Promise<number> {
    const mine = this.rows.filter((r) => r.owner === owner && ids.includes(r.id));
    for (const r of mine) r.leaseUntil = this.clock() + leaseMs;
    return mine.length;
  }

  async waiting(limit: number): Promise<string[]> {
    const firsts = new Map<string, MemoryRow>();
    for (const r of this.rows) if (!firsts.has(r.conversationId)) firsts.set(r.conversationId, r);
    return [...firsts.values()]
      .filter((r) => this.claimable(r))
      .slice(0, limit)
      .map((r) => r.conversationId);
  }

  async releaseAbandoned(): Promise<number> {
    const held = this.rows.filter((r) => r.owner !== undefined);
    for (const r of held) r.owner = undefined;
    return held.length;
  }

  private claimable(row: MemoryRow): boolean {
    return row.owner === undefined || row.leaseUntil <= this.clock();
  }

  private push(conversationId: string, activity: WireActivity): void {
    const id = this.nextId++;
    this.rows.push({ id, conversationId, activity: structuredClone(activity), leaseUntil: 0, attempts: 0 });
  }
}

const turnBody = z.looseObject({ type: z.string() });

/** A claimed row as a turn; a body that is not an activity is named in `problem`, never thrown. */
export function readTurn(id: number, conversationId: string, body: string, attempts: number): QueuedTurn {
  let problem: string;
  try {
    const parsed = turnBody.safeParse(JSON.parse(body));
    if (parsed.success) return { id, conversationId, activity: parsed.data as WireActivity, attempts };
    problem = parsed.error.issues[0].message;
  } catch (err) {
    problem = (err as Error).message;
  }
  return {
    id,
    conversationId,
    activity: { type: 'invalid' },
    attempts,
    problem: `dl_inbox row ${id}: ${problem}`,
  };
}
