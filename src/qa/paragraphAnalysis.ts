/** A paragraph tagged, with its answer candidates and each token's searchable term. */
import type { Paragraph } from '../knowledge/types.ts';
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { normalizeTerm } from '../search/terms.ts';
import { candidatesOf, sentenceRanges, type Candidate } from './candidates.ts';
import { tagText, type TaggedText } from './tagger.ts';

export interface ParagraphAnalysis {
  paragraph: Paragraph;
  tagged: TaggedText;
  candidates: Candidate[];
  /** Each token's stemmed term (null for stop words and punctuation). */
  tokenTerms: (string | null)[];
  /** Token range [start, end) of each sentence. */
  sentences: { start: number; end: number }[];
}

/** Analyses one paragraph (pure). */
export function analyzeParagraph(paragraph: Paragraph): ParagraphAnalysis {
  const tagged = tagText(paragraph.text);
  return {
    paragraph,
    tagged,
    candidates: candidatesOf(paragraph.text, tagged, paragraph.sentences),
    tokenTerms: tagged.tokens.map((t) => (/[\p{L}\p{N}]/u.test(t.text) ? normalizeTerm(t.text) : null)),
    sentences: sentenceRanges(tagged.tokens, paragraph.sentences),
  };
}

/** The analysis of paragraph `id` of a knowledge base, worked out once and kept on it. */
export const paragraphAnalysis = (kb: KnowledgeBase, id: number): ParagraphAnalysis =>
  kb.analysis.get(`paragraph-analysis:${id}`, () => analyzeParagraph(kb.paragraphs[id]!));
