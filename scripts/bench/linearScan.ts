/**
 * The floor of all floors: no index at all. A query scans every paragraph for its rarest known word
 * (by a table of document frequencies) and, among the paragraphs that hold it, takes the one that
 * holds the most of the query's words.
 */
import { bm25Terms } from './bm25.ts';

export class LinearScan {
  private readonly lowered: string[];
  private readonly documentFrequency = new Map<string, number>();

  constructor(texts: readonly string[]) {
    this.lowered = texts.map((t) => t.toLowerCase());
    for (const text of this.lowered) {
      for (const word of new Set(bm25Terms(text))) {
        this.documentFrequency.set(word, (this.documentFrequency.get(word) ?? 0) + 1);
      }
    }
  }

  /** The id of the best paragraph, or undefined when no word of the query occurs anywhere. */
  search(query: string): number | undefined {
    const words = [...new Set(bm25Terms(query))].filter((w) => this.documentFrequency.has(w));
    if (words.length === 0) return undefined;
    const rarest = words.reduce((a, b) => (this.documentFrequency.get(b)! < this.documentFrequency.get(a)! ? b : a));
    let best: number | undefined;
    let bestCount = 0;
    for (let id = 0; id < this.lowered.length; id++) {
      const text = this.lowered[id]!;
      if (!text.includes(rarest)) continue;
      let count = 0;
      for (const word of words) if (text.includes(word)) count++;
      if (count > bestCount) {
        best = id;
        bestCount = count;
      }
    }
    return best;
  }
}
