/**
 * A token bucket per key: `burst` requests at once, refilled at `perMinute`. Pure arithmetic on
 * an injected clock, so tests can step time instead of sleeping.
 */
export interface RateLimit {
  burst: number;
  perMinute: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => Date,
    /** How many keys to track before forgetting full buckets (a flood of addresses must not grow memory). */
    private readonly maxKeys = 50_000,
  ) {}

  /** Takes one token for `key` if there is one. */
  take(key: string): RateDecision {
    const t = this.now().getTime();
    const ratePerMs = this.limit.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: t };
    const tokens = Math.min(this.limit.burst, bucket.tokens + Math.max(0, t - bucket.at) * ratePerMs);
    if (tokens >= 1) {
      this.set(key, { tokens: tokens - 1, at: t });
      return { allowed: true };
    }
    this.set(key, { tokens, at: t });
    return { allowed: false, retryAfterMs: Math.ceil((1 - tokens) / ratePerMs) };
  }

  /**
   * Reserves the next token even if it lies up to `maxWaitMs` in the future, and says how long
   * to wait for it: 0 = now, > 0 = wait that long, < 0 = further off than `maxWaitMs` (nothing
   * is reserved). Used where a 429 would break the client (posts): the caller waits instead.
   */
  reserve(key: string, maxWaitMs: number): number {
    const t = this.now().getTime();
    const ratePerMs = this.limit.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: t };
    const tokens = Math.min(this.limit.burst, bucket.tokens + Math.max(0, t - bucket.at) * ratePerMs) - 1;
    const wait = tokens >= 0 ? 0 : Math.ceil(-tokens / ratePerMs);
    if (wait > maxWaitMs) return -1;
    this.set(key, { tokens, at: t });
    return wait;
  }

  private set(key: string, value: { tokens: number; at: number }): void {
    if (!this.buckets.has(key) && this.buckets.size >= this.maxKeys) this.evictFull();
    this.buckets.set(key, value);
  }

  private evictFull(): void {
    const t = this.now().getTime();
    const ratePerMs = this.limit.perMinute / 60_000;
    for (const [k, b] of this.buckets)
      if (b.tokens + (t - b.at) * ratePerMs >= this.limit.burst) this.buckets.delete(k);
    // Still full of active keys: drop the oldest rather than grow without bound.
    if (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
  }
}
