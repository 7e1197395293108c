/** A paragraph tagged, with its answer candidates and each token's searchable term. */
import type { Paragraph } from '../knowledge/types.ts';
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { normalizeTerm } from '../search/terms.ts';
import { candidatesOf, sentenceRanges, type Candidate } from './candidates.ts';
import { tagText, type TaggedText } from '../knowledge/tagger.ts';
import { PRETAG_LIMIT } from '../search/paragraphTags.ts';
import { packAnalysis, unpackAnalysis } from './packedAnalysis.ts';

export interface ParagraphAnalysis {
  paragraph: Paragraph;
  tagged: TaggedText;
  candidates: Candidate[];
  /** Each token's stemmed term (null for stop words and punctuation). */
  tokenTerms: (string | null)[];
  /** Token range [start, end) of each sentence. */
  sentences: { start: number; end: number }[];
}

/** A token with a letter or a digit (one pattern object, not one per token). */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Analyses one paragraph (pure); `tagged` are its tags when already worked out (`kb.tags`). */
export function analyzeParagraph(
  paragraph: Paragraph,
  tagged: TaggedText = tagText(paragraph.text),
): ParagraphAnalysis {
  return {
    paragraph,
    tagged,
    candidates: candidatesOf(paragraph.text, tagged, paragraph.sentences),
    tokenTerms: tagged.tokens.map((t) => (WORDLIKE.test(t.text) ? normalizeTerm(t.text) : null)),
    sentences: sentenceRanges(tagged.tokens, paragraph.sentences),
  };
}

/**
 * The analysis of paragraph `id` of a knowledge base, worked out once and kept on it. Large knowledge
 * keeps it packed (packedAnalysis.ts): a later question gets it unpacked, equal field for field,
 * without tagging again. Knowledge small enough to be tagged at build keeps the objects: its few
 * paragraphs are read again by nearly every question, and unpacking (0.16 ms for a paragraph of 88
 * tokens, against 1.8 ms to analyse it, measured at load 7) would cost each question ~1 ms.
 */
export function paragraphAnalysis(kb: KnowledgeBase, id: number): ParagraphAnalysis {
  const paragraph = kb.paragraphs[id]!;
  const key = `paragraph-analysis:${id}`;
  if (kb.paragraphs.length <= PRETAG_LIMIT)
    return kb.analysis.get(key, () => analyzeParagraph(paragraph, kb.tags.get(id)));
  let fresh: ParagraphAnalysis | undefined;
  const packed = kb.analysis.get(key, () =>
    packAnalysis((fresh = analyzeParagraph(paragraph, kb.tags.get(id)))),
  );
  return fresh ?? unpackAnalysis(paragraph, packed);
}

/**
 * The paragraph's candidates, plus the rule extractor's answer as one more (kind "rule") when it is
 * a span of the paragraph that no candidate already covers.
 */
export function candidatesWithRule(pa: ParagraphAnalysis, rule?: string): Candidate[] {
  if (!rule) return pa.candidates;
  const at = pa.paragraph.text.indexOf(rule);
  if (at < 0) return pa.candidates;
  const end = at + rule.length;
  if (pa.candidates.some((c) => c.charStart === at && c.charEnd === end)) return pa.candidates;
  const tokens = pa.tagged.tokens;
  const start = tokens.findIndex((t) => t.end > at);
  let stop = start;
  while (stop < tokens.length && tokens[stop]!.start < end) stop++;
  if (start < 0 || stop <= start) return pa.candidates;
  const sentence = Math.max(
    0,
    pa.sentences.findIndex((r) => start >= r.start && start < r.end),
  );
  return [
    ...pa.candidates,
    { start, end: stop, charStart: at, charEnd: end, text: rule, kind: 'rule', sentence },
  ];
}
