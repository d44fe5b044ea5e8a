/** Which agents are signed in and active, for wait estimates and the off-hours offer. */

/** An agent counts as online this long after their last request or while a socket is open. */
export const PRESENCE_WINDOW_MS = 2 * 60 * 1000;

/**
 * Where presence is shared with other instances (a database, see
 * adapters/agents/postgresPresence.ts). Calls are fire-and-forget so that the core stays
 * synchronous; what other instances saw comes back through {@link AgentPresence.setShared}.
 */
export interface PresenceMirror {
  /** The agent was active here at `at` (now when omitted). */
  seen(agentId: string, at?: Date): void;
  signedOut(agentId: string): void;
  /** Writes what is pending and reads the shared state now (tests, start-up). */
  sync(): Promise<void>;
}

/** In-process presence, optionally joined with what other instances report through a mirror. */
export class AgentPresence {
  /** Local activity; `mark` orders the events so a mirror can say which ones it has stored. */
  private readonly lastSeen = new Map<string, { at: number; mark: number }>();
  private marks = 0;
  private readonly sockets = new Map<string, number>();
  /** Agent id → last seen, as every instance reported it at the mirror's last read. */
  private shared = new Map<string, number>();
  private mirror: PresenceMirror | undefined;

  /** From now on, tells `mirror` what happens here; `count` adds what it reports back. */
  shareWith(mirror: PresenceMirror): void {
    this.mirror = mirror;
    for (const [id, seen] of this.lastSeen) mirror.seen(id, new Date(seen.at));
    for (const id of this.sockets.keys()) mirror.seen(id);
  }

  /** The latest local event so far; see {@link setShared}. */
  mark(): number {
    return this.marks;
  }

  /**
   * Replaces what the shared store reports (agent id → last seen anywhere). With `storedUpTo`
   * (a {@link mark} taken before the mirror wrote and read), local events up to it are in that
   * report, or were removed by a sign-out elsewhere: they stop counting on their own.
   */
  setShared(lastSeen: ReadonlyMap<string, Date>, storedUpTo?: number): void {
    this.shared = new Map([...lastSeen].map(([id, at]) => [id, at.getTime()]));
    if (storedUpTo === undefined) return;
    for (const [id, seen] of this.lastSeen) if (seen.mark <= storedUpTo) this.lastSeen.delete(id);
  }

  /** Agents with a console socket open on this instance (kept fresh in the shared store). */
  connected(): string[] {
    return [...this.sockets.keys()];
  }

  /** Writes pending events and reads the shared state, when shared; resolves at once otherwise. */
  async sync(): Promise<void> {
    await this.mirror?.sync();
  }

  seen(agentId: string, at: Date): void {
    this.lastSeen.set(agentId, { at: at.getTime(), mark: ++this.marks });
    this.mirror?.seen(agentId, at);
  }

  socketOpened(agentId: string): void {
    this.sockets.set(agentId, (this.sockets.get(agentId) ?? 0) + 1);
    this.mirror?.seen(agentId);
  }

  socketClosed(agentId: string, at: Date): void {
    const n = (this.sockets.get(agentId) ?? 1) - 1;
    if (n <= 0) this.sockets.delete(agentId);
    else this.sockets.set(agentId, n);
    this.lastSeen.set(agentId, { at: at.getTime(), mark: ++this.marks });
    this.mirror?.seen(agentId, at);
  }

  signedOut(agentId: string): void {
    this.lastSeen.delete(agentId);
    this.sockets.delete(agentId);
    this.shared.delete(agentId);
    this.mirror?.signedOut(agentId);
  }

  /** Number of agents online at `now`, here or (when shared) on any instance. */
  count(now: Date): number {
    const cutoff = now.getTime() - PRESENCE_WINDOW_MS;
    const ids = new Set(this.sockets.keys());
    for (const [id, seen] of this.lastSeen) if (seen.at >= cutoff) ids.add(id);
    for (const [id, t] of this.shared) if (t >= cutoff) ids.add(id);
    return ids.size;
  }
}
