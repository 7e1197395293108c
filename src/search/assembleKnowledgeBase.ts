import type { Paragraph, SkippedFile, Story } from '../knowledge/types.ts';
import type { AliasTable } from './aliases.ts';
import type { Fact, FactIndex } from './factIndex.ts';
import type { StoryFacts } from './facts.ts';
import type { KnowledgeBase } from './knowledgeBase.ts';
import { attachCompanions, type ParagraphIndex } from './paragraphIndex.ts';
import { FieldVocabulary } from './termCounts.ts';
import { AnalysisCache } from './analysisCache.ts';
import type { ParagraphTags } from './paragraphTags.ts';

/**
 * How many analysed items a knowledge base keeps (a paragraph's tags, candidates, term sets …). At
 * 100k paragraphs after 3,000 bench questions (2026-12-01, idle): heap 300 MiB with 20,000 entries,
 * 241 MiB with 4,000, answer p50/p99 12.4/29.6 vs 12.9/32.7 ms (within noise: bench questions seldom
 * come back to a paragraph). A SQuAD article's knowledge base (≤ 100 paragraphs, a few hundred
 * questions) needs under 2,000.
 */
export const ANALYSIS_CAPACITY = 4_000;

/** What a knowledge base is made of: built from stories, or restored from a snapshot. */
export interface KnowledgeParts {
  stories: readonly Story[];
  skipped: readonly SkippedFile[];
  paragraphs: readonly Paragraph[];
  index: ParagraphIndex;
  facts: ReadonlyMap<string, StoryFacts>;
  factList: readonly Fact[];
  factIndex: FactIndex;
  aliases: AliasTable;
  properTerms: ReadonlySet<string>;
  tags: ParagraphTags;
  hash: string;
}

/** The one place a `KnowledgeBase` is put together, whether built or loaded. */
export function assembleKnowledgeBase(parts: KnowledgeParts): KnowledgeBase {
  const { stories, paragraphs, index } = parts;
  const documentFrequency = new FieldVocabulary(index, 'text');
  attachCompanions(index, { vocabulary: documentFrequency, textOf: (id) => paragraphs[id]?.text });
  const firstParagraph = new Map<string, number>();
  paragraphs.forEach((p, id) => firstParagraph.has(p.storyId) || firstParagraph.set(p.storyId, id));
  return {
    ...parts,
    storyById: new Map(stories.map((s) => [s.id, s])),
    firstParagraph,
    documentFrequency,
    analysis: new AnalysisCache(ANALYSIS_CAPACITY),
  };
}
