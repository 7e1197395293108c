import type { AsPlainObject, Options } from 'minisearch';
import type { Definition } from '../knowledge/definitions.ts';
import type { Quote } from '../knowledge/quotes.ts';
import type { StoryFacts } from './facts.ts';
import { typoTolerance } from './paragraphIndex.ts';
import { normalizeTerm, tokenize } from './terms.ts';
import { TopKIndex } from './topKIndex.ts';

/** A derived fact that can be searched: a quotation with its speaker, or a definition. */
export type Fact = { type: 'quote'; quote: Quote } | { type: 'definition'; definition: Definition };

interface FactDoc {
  id: number;
  /** The quotation, or the defined term. */
  key: string;
  /** The speaker, or the meaning. */
  about: string;
}

export const FACT_INDEX_OPTIONS: Options<FactDoc> = {
  idField: 'id',
  fields: ['key', 'about'],
  storeFields: [],
  tokenize,
  processTerm: normalizeTerm,
};

/** The facts' index: searched top-k like the paragraphs (see `TopKIndex`); a fact's id is its position in the list. */
export class FactIndex extends TopKIndex<FactDoc, number> {}

/** Every story's quotations, then its definitions, story by story: a fact's position is its id. */
export function factListOf(factsByStory: Iterable<StoryFacts>): Fact[] {
  const facts: Fact[] = [];
  for (const story of factsByStory) {
    for (const quote of story.quotes) facts.push({ type: 'quote', quote });
    for (const definition of story.definitions) facts.push({ type: 'definition', definition });
  }
  return facts;
}

export function buildFactIndex(factsByStory: Iterable<StoryFacts>): { facts: Fact[]; index: FactIndex } {
  const facts = factListOf(factsByStory);
  const index = FactIndex.build(
    facts.map((f, id) =>
      f.type === 'quote'
        ? { id, key: f.quote.text, about: f.quote.speaker ?? '' }
        : { id, key: f.definition.term, about: f.definition.meaning },
    ),
    FACT_INDEX_OPTIONS,
  );
  return { facts, index };
}

/** A fact index from its already-parsed `toJSON()` object. */
export function loadFactIndexJS(js: AsPlainObject): FactIndex {
  return FactIndex.fromPlainObject(js, FACT_INDEX_OPTIONS);
}

/**
 * Facts matching `terms` (searchable forms, see `normalizeTerm`), best first; `fields` limits the
 * match to the quotation/term or its speaker/meaning. Typos are tolerated as in paragraph search.
 */
export function searchFacts(
  index: FactIndex,
  facts: readonly Fact[],
  terms: readonly string[],
  {
    type,
    fields = ['key'],
    limit = 10,
    vocabulary,
  }: {
    type?: Fact['type'];
    fields?: ('key' | 'about')[];
    limit?: number;
    vocabulary?: ReadonlyMap<string, number>;
  } = {},
): { fact: Fact; score: number }[] {
  if (terms.length === 0) return [];
  // The terms are searchable forms already: stemming them again could change them.
  const results = index.searchTermsTopK(terms, limit, {
    fields,
    ...typoTolerance(vocabulary),
    acceptId: type ? (id) => facts[id]?.type === type : undefined,
  });
  return results.flatMap((r) => {
    const fact = facts[r.id];
    return fact ? [{ fact, score: r.score }] : [];
  });
}
