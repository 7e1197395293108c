export interface RateLimiterOptions {
  /** Actions one key may take per window. */
  limit: number;
  windowMs: number;
  /** Milliseconds clock; injected by tests. */
  now?: () => number;
}

/**
 * `repeated`: the key was refused already since its last allowed action (it was told to wait, and
 * a front end that need not answer, a DM, can stay silent instead of answering every message).
 */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number; repeated: boolean };

/**
 * A sliding-window limit per key (a user id): at most `limit` actions in any `windowMs`.
 * A refused action is not counted. Pure: no timers, the clock is injected.
 */
export class RateLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #taken = new Map<string, number[]>();
  /** Keys refused since their last allowed action: always keys of `#taken`, so as bounded. */
  readonly #refused = new Set<string>();

  constructor({ limit, windowMs, now = Date.now }: RateLimiterOptions) {
    if (!(limit >= 1) || !(windowMs > 0))
      throw new RangeError('RateLimiter: limit must be >= 1 and windowMs > 0');
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Counts an action for `key` if the limit allows it. */
  take(key: string): RateDecision {
    const now = this.#now();
    this.#forgetExpired(now);
    const times = this.#taken.get(key) ?? [];
    if (times.length >= this.#limit) {
      const repeated = this.#refused.has(key);
      this.#refused.add(key);
      return { allowed: false, retryAfterMs: (times[0] ?? now) + this.#windowMs - now, repeated };
    }
    this.#refused.delete(key);
    times.push(now);
    this.#taken.set(key, times);
    return { allowed: true };
  }

  /** Keys currently tracked (bounded by the users active in one window). */
  get size(): number {
    return this.#taken.size;
  }

  #forgetExpired(now: number): void {
    const cutoff = now - this.#windowMs;
    for (const [key, times] of this.#taken) {
      while (times.length && (times[0] ?? Infinity) <= cutoff) times.shift();
      if (!times.length) {
        this.#taken.delete(key);
        this.#refused.delete(key);
      }
    }
  }
}
