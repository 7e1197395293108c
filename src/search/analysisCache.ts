/**
 * What the answer engine works out about a paragraph (tags, candidates, term sets), kept on the
 * knowledge base that owns the paragraph. Bounded (least recently used goes first) and computed
 * lazily; a value depends only on its paragraph and the knowledge base, so neither the order of
 * questions nor another knowledge base in the process can change an answer.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, unknown>();

  constructor(readonly capacity: number) {}

  /** The value for `key`, computing and keeping it on first use. */
  get<T>(key: string, compute: () => T): T {
    // One lookup, not two, for a hit (a value is undefined only when so computed).
    const cached = this.entries.get(key);
    if (cached !== undefined || this.entries.has(key)) {
      const value = cached as T;
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
