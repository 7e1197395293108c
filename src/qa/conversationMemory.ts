import type { ConversationContext } from './conversation.ts';

/**
 * How long the last answer's context is kept: long enough to read an answer and type a follow-up,
 * short enough that a question asked after a break is not read as one.
 */
export const CONVERSATION_TTL_MS = 5 * 60 * 1000;
/**
 * Conversations kept at most (the least recently used go first). A context is a few hundred bytes,
 * so this bounds the memory to a few megabytes however many people talk to the bot.
 */
export const MAX_CONVERSATIONS = 10_000;

export interface ConversationMemoryOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/**
 * The last answer's context per conversation (a DM, or one user in one channel), for a few
 * minutes and for a bounded number of conversations: a least-recently-used map with expiry.
 * Owned by whoever holds the conversations (the bot, the console).
 */
export class ConversationMemory {
  readonly #entries = new Map<string, { context: ConversationContext; at: number }>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor({
    ttlMs = CONVERSATION_TTL_MS,
    maxEntries = MAX_CONVERSATIONS,
    now = Date.now,
  }: ConversationMemoryOptions = {}) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
    this.#now = now;
  }

  /** The context of a conversation, unless it expired. */
  get(key: string): ConversationContext | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (this.#now() - entry.at > this.#ttlMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.context;
  }

  /** Keeps `context` as the conversation's latest (or forgets it when undefined). */
  set(key: string, context: ConversationContext | undefined): void {
    this.#entries.delete(key);
    if (!context) return;
    this.#entries.set(key, { context, at: this.#now() });
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** The conversation a message belongs to: a DM channel, or one user in one server channel. */
export const conversationKey = (channelId: string, userId: string, inServer: boolean): string =>
  inServer ? `${channelId}:${userId}` : `dm:${channelId}`;
