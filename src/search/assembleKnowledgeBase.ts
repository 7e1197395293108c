import type { Paragraph, SkippedFile, Story } from '../knowledge/types.ts';
import type { AliasTable } from './aliases.ts';
import type { Fact, FactIndex } from './factIndex.ts';
import type { StoryFacts } from './facts.ts';
import type { KnowledgeBase } from './knowledgeBase.ts';
import { attachCompanions, type ParagraphIndex } from './paragraphIndex.ts';
import { FieldVocabulary } from './termCounts.ts';
import { AnalysisCache } from './analysisCache.ts';
import type { ParagraphTags } from './paragraphTags.ts';

/** How many analysed items a knowledge base keeps (a paragraph's tags, candidates, term sets …). */
export const ANALYSIS_CAPACITY = 20_000;

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
