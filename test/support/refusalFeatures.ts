import type { Paragraph } from '../../src/knowledge/types.ts';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';
import { candidateFeatures, questionView, sentenceMatches } from '../../src/qa/features.ts';
import { analyzeParagraph } from '../../src/qa/paragraphAnalysis.ts';
import { refusalFeatures } from '../../src/qa/refusal.ts';

/** One paragraph of a test story, its sentences split as `loadStories` splits them. */
export const paragraphOf = (text: string): Paragraph => ({
  storyId: 's',
  number: 1,
  text,
  sentences: splitSentences(text),
});

/**
 * The refusal models' features for a question over one paragraph, as `answerQuestion` builds them:
 * the best span is the candidate whose text is `bestText`, else the paragraph's first candidate.
 */
export function refusalFeaturesFor(question: string, text: string, bestText?: string) {
  const q = questionView(question);
  const pa = analyzeParagraph(paragraphOf(text));
  const matches = sentenceMatches(q, pa);
  candidateFeatures(q, pa, matches);
  return refusalFeatures({
    q,
    pa,
    matches,
    best: pa.candidates.find((c) => c.text === bestText) ?? pa.candidates[0]!,
    probability: 0.5,
    margin: 0.1,
    ruleAnswered: false,
    ruleAgrees: false,
  });
}
