import type { WebSocket } from 'ws';
import type { StoredActivity, WireActivity } from './conversationLog';
import type { Logger } from '../logger';

/** One frame as the clients expect it; frames without `watermark` leave the client's unchanged. */
export interface ActivitySet {
  activities: WireActivity[];
  watermark?: string;
}

interface Subscriber {
  ws: WebSocket;
  /** Live pushes wait here while the backlog is being written, so replay and live never interleave. */
  pending: { seq?: number; frame: ActivitySet }[] | null;
  /** Highest seq already sent, to drop overlap between backlog and live pushes. */
  sentSeq: number;
  /** Answered the last ping; a peer that vanished without a close never does. */
  alive: boolean;
}

export interface StreamHubOptions {
  logger: Logger;
  maxSocketsPerConversation: number;
  keepAliveMs: number;
  /** Close a socket whose unsent data exceeds this: the client reconnects and replays. */
  maxBufferedBytes: number;
  /**
   * Set when other processes append to the same log (PostgreSQL): activities then reach this hub
   * late or only as a notice ({@link StreamHub.appended}), so a socket only ever gets its next
   * `seq`, and whatever lies past a gap is read from the log with this (a page after `after`).
   */
  readLog?: (conversationId: string, after: number) => Promise<StoredActivity[]>;
}

/** Catching up one conversation's sockets from the shared log; one read at a time. */
interface CatchUp {
  /** Highest seq known to be stored. */
  target: number;
  /** Read until the log has nothing more (after a lost listener connection), whatever the target. */
  toEnd: boolean;
  running: boolean;
  /** Counts requests, so one made during a read that came back empty is not lost. */
  requests: number;
}

/** Fans activities out to every open WebSocket of a conversation (not one, as Azure does). */
export class StreamHub {
  private readonly byConversation = new Map<string, Set<Subscriber>>();
  private readonly catchUps = new Map<string, CatchUp>();
  private readonly keepAlive: NodeJS.Timeout;

  constructor(private readonly opts: StreamHubOptions) {
    // Proxies drop idle sockets at ~60 s; an empty frame is the protocol's keep-alive.
    this.keepAlive = setInterval(() => this.sendKeepAlive(), opts.keepAliveMs);
    this.keepAlive.unref();
  }

  /** Whether another socket may join; the oldest is not evicted, the newcomer is refused. */
  hasRoom(conversationId: string): boolean {
    return (this.byConversation.get(conversationId)?.size ?? 0) < this.opts.maxSocketsPerConversation;
  }

  /**
   * Adds a socket and replays the backlog (`seq > watermark`) before any live push.
   * `backlog` pages through the log; it is called until it returns an empty page.
   */
  async attach(
    conversationId: string,
    ws: WebSocket,
    watermark: number,
    backlog: (after: number) => Promise<StoredActivity[]>,
  ): Promise<void> {
    const sub: Subscriber = { ws, pending: [], sentSeq: watermark, alive: true };
    const set = this.byConversation.get(conversationId) ?? new Set<Subscriber>();
    set.add(sub);
    this.byConversation.set(conversationId, set);
    ws.on('close', () => this.detach(conversationId, sub));
    ws.on('pong', () => (sub.alive = true));
    ws.on('error', (err) => this.opts.logger.debug('directline socket error', { conversationId, err }));
    // Clients send "" every 20 s; nothing they send on the stream means anything to us.
    ws.on('message', () => undefined);
    try {
      for (let page = await backlog(sub.sentSeq); page.length > 0; page = await backlog(sub.sentSeq)) {
        const last = page[page.length - 1].seq;
        this.write(sub, { activities: page.map((p) => p.activity), watermark: String(last) });
        sub.sentSeq = last;
      }
    } catch (err) {
      this.opts.logger.error('directline replay failed', { conversationId, err });
      ws.close(1011, 'replay failed');
      return;
    }
    const queued = sub.pending ?? [];
    sub.pending = null;
    for (const item of queued) this.deliver(conversationId, sub, item.frame, item.seq);
    // Shared log: a notice that came during the replay may name what the last page missed.
    this.catchUp(conversationId, 0);
  }

  /** Pushes a stored activity (with its watermark) or a transient one such as typing (without). */
  publish(conversationId: string, activity: WireActivity, seq?: number): void {
    const set = this.byConversation.get(conversationId);
    if (!set) return;
    const frame: ActivitySet =
      seq === undefined ? { activities: [activity] } : { activities: [activity], watermark: String(seq) };
    for (const sub of set) {
      if (sub.pending) sub.pending.push({ seq, frame });
      else this.deliver(conversationId, sub, frame, seq);
    }
  }

  /**
   * Shared log only: some process stored `seq` in the conversation (a PostgreSQL notification).
   * Sockets here that are behind it are brought up to it from the log, in order.
   */
  appended(conversationId: string, seq: number): void {
    this.catchUp(conversationId, seq);
  }

  /** Shared log only: notices may have been missed (listener reconnected); re-read every conversation. */
  resync(): void {
    for (const conversationId of this.byConversation.keys()) this.catchUp(conversationId, 0, true);
  }

  /** Number of open sockets, for tests and metrics. */
  count(conversationId: string): number {
    return this.byConversation.get(conversationId)?.size ?? 0;
  }

  /** Open sockets over every conversation, for the metrics. */
  get size(): number {
    let n = 0;
    for (const set of this.byConversation.values()) n += set.size;
    return n;
  }

  /** Closes every socket (server shutdown). */
  close(): void {
    clearInterval(this.keepAlive);
    this.catchUps.clear();
    for (const set of this.byConversation.values())
      for (const sub of set) sub.ws.close(1001, 'server shutting down');
    this.byConversation.clear();
  }

  private deliver(conversationId: string, sub: Subscriber, frame: ActivitySet, seq?: number): void {
    if (seq !== undefined) {
      if (seq <= sub.sentSeq) return;
      // Shared log: an earlier seq (another instance's) may not have reached this hub yet.
      if (this.opts.readLog && seq > sub.sentSeq + 1) return this.catchUp(conversationId, seq);
      sub.sentSeq = seq;
    }
    this.write(sub, frame);
  }

  /** Shared log only: brings the conversation's sockets up to `seq` (or to the end) from the log. */
  private catchUp(conversationId: string, seq: number, toEnd = false): void {
    const read = this.opts.readLog;
    if (!read || !this.byConversation.has(conversationId)) return;
    const state = this.catchUps.get(conversationId) ?? {
      target: 0,
      toEnd: false,
      running: false,
      requests: 0,
    };
    this.catchUps.set(conversationId, state);
    state.target = Math.max(state.target, seq);
    state.toEnd ||= toEnd;
    state.requests += 1;
    if (!state.running) void this.runCatchUp(conversationId, state, read);
  }

  private async runCatchUp(
    conversationId: string,
    state: CatchUp,
    read: (conversationId: string, after: number) => Promise<StoredActivity[]>,
  ): Promise<void> {
    state.running = true;
    try {
      for (;;) {
        // Sockets still replaying are left alone: they catch up when their replay ends.
        const subs = [...(this.byConversation.get(conversationId) ?? [])].filter((s) => !s.pending);
        if (subs.length === 0) return;
        const from = Math.min(...subs.map((s) => s.sentSeq));
        if (!state.toEnd && from >= state.target) return;
        const requests = state.requests;
        const page = await read(conversationId, from);
        if (page.length === 0) {
          if (state.requests !== requests) continue;
          state.toEnd = false;
          return;
        }
        // The page runs without gaps from `from`, which no socket here is below.
        let advanced = false;
        for (const sub of subs) {
          const fresh = page.filter((p) => p.seq > sub.sentSeq);
          if (fresh.length === 0 || fresh[0].seq !== sub.sentSeq + 1) continue;
          const last = fresh[fresh.length - 1].seq;
          this.write(sub, { activities: fresh.map((p) => p.activity), watermark: String(last) });
          sub.sentSeq = last;
          advanced = true;
        }
        if (!advanced) {
          // Only a gap in the log could get here; reading again would loop.
          this.opts.logger.warn('directline catch-up found a gap in the log', { conversationId, from });
          state.toEnd = false;
          return;
        }
      }
    } catch (err) {
      state.toEnd = false;
      this.opts.logger.error('directline catch-up from the log failed', { conversationId, err });
    } finally {
      state.running = false;
      if (!this.byConversation.has(conversationId) && this.catchUps.get(conversationId) === state)
        this.catchUps.delete(conversationId);
    }
  }

  private write(sub: Subscriber, frame: ActivitySet | ''): void {
    if (sub.ws.readyState !== sub.ws.OPEN) return;
    if (sub.ws.bufferedAmount > this.opts.maxBufferedBytes) {
      sub.ws.close(1013, 'client too slow');
      return;
    }
    sub.ws.send(frame === '' ? '' : JSON.stringify(frame));
  }

  private detach(conversationId: string, sub: Subscriber): void {
    const set = this.byConversation.get(conversationId);
    if (!set) return;
    set.delete(sub);
    if (set.size > 0) return;
    this.byConversation.delete(conversationId);
    if (!this.catchUps.get(conversationId)?.running) this.catchUps.delete(conversationId);
  }

  /**
   * The "" frame keeps proxies from dropping idle sockets; the ping finds peers that vanished
   * (a closed laptop) so they stop counting against the per-conversation cap.
   */
  private sendKeepAlive(): void {
    for (const set of this.byConversation.values())
      for (const sub of set) {
        if (!sub.alive) {
          sub.ws.terminate();
          continue;
        }
        sub.alive = false;
        if (sub.ws.readyState === sub.ws.OPEN) sub.ws.ping();
        if (!sub.pending) this.write(sub, '');
      }
  }
}
