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
}

/** Fans activities out to every open WebSocket of a conversation (not one, as Azure does). */
export class StreamHub {
  private readonly byConversation = new Map<string, Set<Subscriber>>();
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
    for (const item of queued) this.deliver(sub, item.frame, item.seq);
  }

  /** Pushes a stored activity (with its watermark) or a transient one such as typing (without). */
  publish(conversationId: string, activity: WireActivity, seq?: number): void {
    const set = this.byConversation.get(conversationId);
    if (!set) return;
    const frame: ActivitySet =
      seq === undefined ? { activities: [activity] } : { activities: [activity], watermark: String(seq) };
    for (const sub of set) {
      if (sub.pending) sub.pending.push({ seq, frame });
      else this.deliver(sub, frame, seq);
    }
  }

  /** Number of open sockets, for tests and metrics. */
  count(conversationId: string): number {
    return this.byConversation.get(conversationId)?.size ?? 0;
  }

  /** Closes every socket (server shutdown). */
  close(): void {
    clearInterval(this.keepAlive);
    for (const set of this.byConversation.values())
      for (const sub of set) sub.ws.close(1001, 'server shutting down');
    this.byConversation.clear();
  }

  private deliver(sub: Subscriber, frame: ActivitySet, seq?: number): void {
    if (seq !== undefined) {
      if (seq <= sub.sentSeq) return;
      sub.sentSeq = seq;
    }
    this.write(sub, frame);
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
    if (set.size === 0) this.byConversation.delete(conversationId);
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
