export interface CooldownOptions {
  /** Time after an action before the next may start; 0: none. */
  ms: number;
  /** Milliseconds clock; injected by tests. */
  now?: () => number;
}

/** A pause after an action (a reindex) before the next one. Pure: no timers, the clock is injected. */
export class Cooldown {
  readonly #ms: number;
  readonly #now: () => number;
  #last = -Infinity;

  constructor({ ms, now = Date.now }: CooldownOptions) {
    if (!(ms >= 0)) throw new RangeError('Cooldown: ms must be >= 0');
    this.#ms = ms;
    this.#now = now;
  }

  /** The pause, in milliseconds. */
  get ms(): number {
    return this.#ms;
  }

  /** Milliseconds left before the next action may start; 0 when it may start now. */
  remainingMs(): number {
    return Math.max(0, this.#last + this.#ms - this.#now());
  }

  /** Starts the pause: call when the action ends. */
  start(): void {
    this.#last = this.#now();
  }
}
