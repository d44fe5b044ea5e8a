/**
 * Typing indicators between the customer and the agent holding the ticket. Channels send a
 * typing activity every few seconds while someone types; each one is a proactive send or a
 * socket push, so both directions go through one throttle per ticket and direction.
 */

/** At most one typing signal per ticket and direction in this window. */
export const TYPING_THROTTLE_MS = 3000;
/** The console clears "customer is typing…" this long after the last signal (Web Chat uses 5 s too). */
export const TYPING_CLEAR_MS = 5000;

export type TypingDirection = 'to-agent' | 'to-customer';

/** Remembers the last signal let through per key; forgets keys older than the window. */
export class TypingThrottle {
  private readonly last = new Map<string, number>();

  constructor(private readonly windowMs: number = TYPING_THROTTLE_MS) {}

  /** True when a signal for `ticketId` in `direction` may go out at `now` (and records it). */
  pass(ticketId: string, direction: TypingDirection, now: Date): boolean {
    const key = `${direction}:${ticketId}`;
    const t = now.getTime();
    const previous = this.last.get(key);
    if (previous !== undefined && t - previous < this.windowMs && t >= previous) return false;
    this.last.set(key, t);
    // Keeps the map small without a timer: stale keys go whenever it grows.
    if (this.last.size > 256)
      for (const [k, at] of this.last) if (t - at >= this.windowMs) this.last.delete(k);
    return true;
  }
}
