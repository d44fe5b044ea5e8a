import crypto from 'node:crypto';
import os from 'node:os';
import type { Activity } from 'botbuilder';
import type { Logger } from '../logger';
import { toTurnActivity } from './conversationLog';
import type { QueuedTurn, TurnInbox } from './inbox';

export interface TurnRunnerOptions {
  inbox: TurnInbox;
  /** Runs the bot's turn on the activity; resolves once its replies are stored. */
  run(activity: Partial<Activity>): Promise<void>;
  logger: Logger;
  /** See DEFAULT_TURN_LEASE_MS. */
  leaseMs: number;
  /** How often to look for turns nobody is running (a dead instance's, a claim that failed). */
  sweepMs?: number;
  /** A turn claimed this many times without finishing is dropped: it may be what crashes us. */
  maxAttempts?: number;
}

/** Above this, a turn that keeps taking its process down is given up (logged), not replayed forever. */
export const MAX_TURN_ATTEMPTS = 3;

interface Drain {
  /** A kick arrived while draining: look once more before stopping. */
  again: boolean;
  done: Promise<void>;
}

/**
 * Runs the turns of the inbox: for each conversation kicked (a message just accepted) it claims
 * the oldest turn, runs it, removes it, and goes on until nothing is left that it may claim. If
 * another instance holds the conversation, this one stops and the holder drains the rest.
 * Claims are renewed while turns run; a sweep picks up what no one is running.
 */
export class TurnRunner {
  /** This process among the instances on the store. */
  readonly owner = `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;
  private readonly drains = new Map<string, Drain>();
  /** Inbox ids of the turns running here: the only claims renewed. */
  private readonly running = new Set<number>();
  private readonly maxAttempts: number;
  private sweeper: NodeJS.Timeout | undefined;
  private renewer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly opts: TurnRunnerOptions) {
    this.maxAttempts = opts.maxAttempts ?? MAX_TURN_ATTEMPTS;
  }

  /**
   * Replays what was acknowledged and never answered (a crash, a dead instance), then keeps
   * sweeping. Call once the adapter's middleware and error handler are in place.
   */
  start(): void {
    if (this.closed || this.sweeper) return;
    const sweepMs = this.opts.sweepMs ?? Math.min(5000, Math.max(100, this.opts.leaseMs / 2));
    this.sweeper = setInterval(() => void this.sweep(), sweepMs);
    this.sweeper.unref();
    void this.opts.inbox
      .releaseAbandoned()
      .then(
        (n) => n > 0 && this.opts.logger.warn('directline turns of a previous run released', { turns: n }),
      )
      .catch((err: unknown) => this.opts.logger.error('directline inbox: releasing claims failed', { err }))
      .then(() => this.sweep());
  }

  /** Runs the conversation's queued turns here, unless this process is already at it. */
  kick(conversationId: string): void {
    if (this.closed) return;
    const running = this.drains.get(conversationId);
    if (running) {
      running.again = true;
      return;
    }
    const drain: Drain = { again: false, done: Promise.resolve() };
    drain.done = this.drain(conversationId, drain).finally(() => {
      this.drains.delete(conversationId);
      if (this.drains.size === 0) this.stopRenewing();
    });
    this.drains.set(conversationId, drain);
    this.startRenewing();
  }

  /** Resolves when no turn is running here. */
  async idle(): Promise<void> {
    while (this.drains.size > 0) await Promise.all([...this.drains.values()].map((d) => d.done));
  }

  /** Stops claiming (queued turns stay for the next start or another instance) and waits for running ones. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.sweeper);
    await this.idle();
    this.stopRenewing();
  }

  private async drain(conversationId: string, drain: Drain): Promise<void> {
    while (!this.closed) {
      drain.again = false;
      let turn: QueuedTurn | undefined;
      try {
        turn = await this.opts.inbox.claim(conversationId, this.owner, this.opts.leaseMs);
      } catch (err) {
        // The sweep tries again.
        this.opts.logger.error('directline inbox: claim failed', { conversationId, err });
        return;
      }
      if (!turn) {
        if (drain.again) continue;
        return;
      }
      this.running.add(turn.id);
      try {
        await this.runOne(turn);
      } finally {
        this.running.delete(turn.id);
      }
    }
  }

  private async runOne(turn: QueuedTurn): Promise<void> {
    const { conversationId } = turn;
    if (turn.problem) {
      this.opts.logger.error('directline turn dropped: not an activity', {
        conversationId,
        problem: turn.problem,
      });
    } else if (turn.attempts > this.maxAttempts) {
      this.opts.logger.error('directline turn given up: it never finished', {
        conversationId,
        activityId: turn.activity.id,
        attempts: turn.attempts - 1,
      });
    } else {
      if (turn.attempts > 1)
        this.opts.logger.warn('directline turn replayed', { conversationId, activityId: turn.activity.id });
      try {
        await this.opts.run(toTurnActivity(turn.activity));
      } catch (err) {
        // The adapter's error boundary has already apologised; running it again would not help.
        this.opts.logger.error('directline turn failed', { conversationId, err });
      }
    }
    try {
      if (!(await this.opts.inbox.complete(turn, this.owner)))
        this.opts.logger.warn('directline turn outlived its lease: another instance may run it again', {
          conversationId,
          activityId: turn.activity.id,
        });
    } catch (err) {
      this.opts.logger.error('directline inbox: completing a turn failed; it will run again', {
        conversationId,
        err,
      });
    }
  }

  private async sweep(): Promise<void> {
    if (this.closed) return;
    try {
      for (const conversationId of await this.opts.inbox.waiting(100)) this.kick(conversationId);
    } catch (err) {
      this.opts.logger.warn('directline inbox: sweep failed', { err });
    }
  }

  private startRenewing(): void {
    if (this.renewer) return;
    this.renewer = setInterval(() => {
      if (this.running.size === 0) return;
      this.opts.inbox
        .renew(this.owner, [...this.running], this.opts.leaseMs)
        .catch((err: unknown) => this.opts.logger.warn('directline inbox: renewing claims failed', { err }));
    }, this.opts.leaseMs / 3);
    this.renewer.unref();
  }

  private stopRenewing(): void {
    clearInterval(this.renewer);
    this.renewer = undefined;
  }
}
