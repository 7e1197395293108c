import type { Paragraph } from '../knowledge/types.ts';
import type { TopKIndex } from './topKIndex.ts';
import { normalizeTerm, tokenize } from './terms.ts';

/** A term the stories write with a capital at least this often (inside sentences) is a name. */
const PROPER_SHARE = 0.6;

/**
 * Counts, from the tokens the paragraph index sees once, which terms the stories mostly write with a
 * capital inside a sentence (names, even when a question is typed in lower case). A sentence's
 * first word is capitalized anyway: it is left out.
 */
export class CapitalCounter {
  private readonly capitalized = new Map<string, number>();
  private readonly occurrences = new Map<string, number>();

  constructor(private readonly paragraphs: readonly Paragraph[]) {}

  /** For `TopKIndex.build`: sees each paragraph's text tokens. */
  readonly observe = (id: number, field: string, tokens: readonly string[]): void => {
    if (field !== 'text') return;
    for (const token of tokens) this.count(token, 1);
    const p = this.paragraphs[id];
    for (const s of p?.sentences ?? []) {
      const first = tokenize(p!.text.slice(s.start, Math.min(s.end, s.start + 64)))[0];
      if (first) this.count(first, -1);
    }
  };

  private count(token: string, by: number): void {
    const term = normalizeTerm(token);
    if (!term) return;
    this.occurrences.set(term, (this.occurrences.get(term) ?? 0) + by);
    const c = token.charCodeAt(0);
    const upper = c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(token);
    if (upper) this.capitalized.set(term, (this.capitalized.get(term) ?? 0) + by);
  }

  properTerms(): Set<string> {
    const proper = new Set<string>();
    for (const [term, n] of this.capitalized) {
      if (n > 0 && n >= PROPER_SHARE * (this.occurrences.get(term) ?? n)) proper.add(term);
    }
    return proper;
  }
}

/**
 * In how many documents each term of one field occurs, read from the index itself (no copy of the
 * vocabulary): `get` and `has` are a lookup in MiniSearch's radix tree.
 */
export class FieldVocabulary implements ReadonlyMap<string, number> {
  constructor(
    private readonly index: Pick<TopKIndex<never, unknown>, 'documentFrequency' | 'fieldTerms'>,
    private readonly field: string,
  ) {}

  get(term: string): number | undefined {
    const n = this.index.documentFrequency(term, this.field);
    return n > 0 ? n : undefined;
  }

  has(term: string): boolean {
    return this.index.documentFrequency(term, this.field) > 0;
  }

  get size(): number {
    let n = 0;
    for (const _ of this.index.fieldTerms(this.field)) n++;
    return n;
  }

  entries(): MapIterator<[string, number]> {
    return this.index.fieldTerms(this.field);
  }

  *keys(): MapIterator<string> {
    for (const [term] of this.entries()) yield term;
  }

  *values(): MapIterator<number> {
    for (const [, n] of this.entries()) yield n;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [term, n] of this.entries()) callback(n, term, this);
  }
}
