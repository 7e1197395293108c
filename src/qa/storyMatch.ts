/**
 * How much of a question a paragraph holds, by its own story's term weights: a word that is in
 * every paragraph of the story (its subject's name) says little about which paragraph answers, one
 * that is in a single paragraph says much. The paragraph choice (chooseParagraph.ts) compares the
 * read paragraphs by it; the weights come from the paragraph's story alone, so loading other stories
 * cannot change it (unlike the search's weights, which are over everything loaded).
 */
import type { KnowledgeBase } from '../search/knowledgeBase.ts';
import { storyTerms } from '../search/storyTerms.ts';
import { ELSEWHERE_IN_PARAGRAPH, idfOf, SENTENCE_BONUS } from './evidence.ts';
import type { QuestionView } from './features.ts';
import type { ParagraphAnalysis } from './paragraphAnalysis.ts';

/**
 * The best sentence's share of the question's weight (words elsewhere in the paragraph count
 * ELSEWHERE_IN_PARAGRAPH, the sentence's own share 1 + SENTENCE_BONUS, as the evidence search
 * weighs them), weights by the story: 0..1.5.
 */
export function storyMatch(kb: KnowledgeBase, q: QuestionView, pa: ParagraphAnalysis): number {
  const { paragraphs, frequency } = storyTerms(kb, pa.paragraph.storyId);
  const weight = new Map<string, number>();
  let total = 0;
  for (const term of q.terms.keys()) {
    const w = idfOf(paragraphs, frequency(term));
    weight.set(term, w);
    total += w;
  }
  if (total === 0) return 0;
  const inParagraph = new Set(pa.tokenTerms.filter((t) => t !== null && weight.has(t)));
  let held = 0;
  for (const t of inParagraph) held += weight.get(t!)!;
  let best = 0;
  for (const { start, end } of pa.sentences) {
    const seen = new Set<string>();
    let inSentence = 0;
    for (let i = start; i < end; i++) {
      const t = pa.tokenTerms[i];
      if (t && weight.has(t) && !seen.has(t)) {
        seen.add(t);
        inSentence += weight.get(t)!;
      }
    }
    const score =
      (inSentence + ELSEWHERE_IN_PARAGRAPH * (held - inSentence) + SENTENCE_BONUS * inSentence) / total;
    best = Math.max(best, score);
  }
  return best;
}
