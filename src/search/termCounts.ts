import type { Paragraph } from '../knowledge/types.ts';
import type { TokenCounter, TopKIndex } from './topKIndex.ts';
import { firstToken, normalizeTerm } from './terms.ts';

// Patterns with a bare `\p{…}` are module constants: tsx (esbuild) compiles such a literal to `new RegExp(…)`,
// which inside a function made a new pattern object at every call (same matches; none is global or sticky).
const CAPITAL_START = /^\p{Lu}/u;

/** A term the stories write with a capital at least this often (inside sentences) is a name. */
const PROPER_SHARE = 0.6;

/**
 * Counts, from the token counts the paragraph index gathers in its one tokenizing pass, which terms
 * the stories mostly write with a capital inside a sentence (names, even when a question is typed in
 * lower case). A sentence's first word is capitalized anyway: it is left out. How often a term
 * occurs at all is the sum of its frequencies in the index.
 */
export class CapitalCounter {
  private readonly capitalized = new Map<string, number>();

  constructor(private readonly paragraphs: readonly Paragraph[]) {}

  /** For `TopKIndex.build`: how often each distinct token of the paragraphs' text occurred. */
  readonly countTokens: TokenCounter = (field, token, occurrences) => {
    if (field === 'text' && isCapitalized(token)) this.capitalized.set(token, occurrences);
  };

  /** How often each token opens a sentence. */
  private sentenceFirsts(): Map<string, number> {
    const firsts = new Map<string, number>();
    for (const p of this.paragraphs) {
      for (const s of p.sentences) {
        // The sentence's first word alone (tokenizing its first 64 characters whole was a second
        // tokenizing pass over a third of the text).
        const first = firstToken(p.text.slice(s.start, Math.min(s.end, s.start + 64)));
        if (first) bump(firsts, first, 1);
      }
    }
    return firsts;
  }

  /** Terms capitalized in at least `PROPER_SHARE` of their occurrences inside sentences. */
  properTerms(index: Pick<TopKIndex<never, unknown>, 'totalFrequency'>): Set<string> {
    const capitalized = new Map<string, number>();
    const firsts = new Map<string, number>();
    const tokenFirsts = this.sentenceFirsts();
    for (const [token, n] of this.capitalized) {
      const term = normalizeTerm(token);
      if (term) bump(capitalized, term, n - (tokenFirsts.get(token) ?? 0));
    }
    for (const [token, n] of tokenFirsts) {
      const term = normalizeTerm(token);
      if (term) bump(firsts, term, n);
    }
    const proper = new Set<string>();
    for (const [term, n] of capitalized) {
      const occurrences = index.totalFrequency(term, 'text') - (firsts.get(term) ?? 0);
      if (n > 0 && n >= PROPER_SHARE * occurrences) proper.add(term);
    }
    return proper;
  }
}

const bump = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by);

function isCapitalized(token: string): boolean {
  const c = token.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL_START.test(token);
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
