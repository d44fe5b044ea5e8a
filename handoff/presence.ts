/** Which agents are signed in and active, for wait estimates and the off-hours offer. */

/** An agent counts as online this long after their last request or while a socket is open. */
export const PRESENCE_WINDOW_MS = 2 * 60 * 1000;

/** In-process presence; several instances would share it through the database instead. */
export class AgentPresence {
  private readonly lastSeen = new Map<string, number>();
  private readonly sockets = new Map<string, number>();

  seen(agentId: string, at: Date): void {
    this.lastSeen.set(agentId, at.getTime());
  }

  socketOpened(agentId: string): void {
    this.sockets.set(agentId, (this.sockets.get(agentId) ?? 0) + 1);
  }

  socketClosed(agentId: string, at: Date): void {
    const n = (this.sockets.get(agentId) ?? 1) - 1;
    if (n <= 0) this.sockets.delete(agentId);
    else this.sockets.set(agentId, n);
    this.lastSeen.set(agentId, at.getTime());
  }

  signedOut(agentId: string): void {
    this.lastSeen.delete(agentId);
    this.sockets.delete(agentId);
  }

  /** Number of agents online at `now`. */
  count(now: Date): number {
    const ids = new Set(this.sockets.keys());
    for (const [id, t] of this.lastSeen) if (now.getTime() - t <= PRESENCE_WINDOW_MS) ids.add(id);
    return ids.size;
  }
}
