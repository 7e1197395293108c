import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/knowledge/types.ts';
import { splitSentences } from '../../src/knowledge/splitSentences.ts';
import { candidateFeatures, candidateScores, questionView, sentenceMatches } from '../../src/qa/features.ts';
import { committedWeights, dot } from '../../src/qa/model.ts';
import { analyzeParagraph, candidatesWithRule } from '../../src/qa/paragraphAnalysis.ts';

const paragraphOf = (text: string): Paragraph => ({
  storyId: 's',
  number: 1,
  text,
  sentences: splitSentences(text),
});

const PARAGRAPHS = [
  'The harbour board elected Mara Velden as its chair on Tuesday. She said the ferry fare would stay at "two tokens" (the winter rate).',
  'Flooding closed 14 schools in Norvale county, officials said, and 2,300 homes lost power for three days. The storm dropped 210 mm of rain, the most since 1998.',
  'Councillor Ahmed Rahimi, who chairs the transport committee, voted against the plan because it would cost $48 million. The vote was 7-2.',
];

const QUESTIONS = [
  'Who did the harbour board elect?',
  'How many schools closed?',
  'When did the storm drop the most rain since 1998?',
  'Why did Rahimi vote against the plan?',
  'What would the ferry fare stay at?',
  'Which committee does the councillor chair?',
  'how much would the plan cost',
];

describe('the ranker scores candidates without a feature map', () => {
  it('GIVEN questions over paragraphs WHEN scored directly THEN every candidate gets exactly w · f of its features', () => {
    const { ranker } = committedWeights();
    let compared = 0;
    for (const text of PARAGRAPHS) {
      const pa = analyzeParagraph(paragraphOf(text));
      for (const question of QUESTIONS) {
        const q = questionView(question);
        const matches = sentenceMatches(q, pa);
        for (const rule of [undefined, pa.paragraph.text.slice(0, 24)]) {
          const candidates = candidatesWithRule(pa, rule);
          const expected = candidateFeatures(q, pa, matches, rule, candidates).map((f) => dot(ranker, f));
          const scores = candidateScores(ranker, q, pa, matches, rule, candidates);
          expect(scores).toEqual(expected);
          compared += scores.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('GIVEN weights for one feature only WHEN scored THEN a candidate scores that weight times its value, or 0', () => {
    const pa = analyzeParagraph(paragraphOf(PARAGRAPHS[0]!));
    const q = questionView('Who did the harbour board elect?');
    const matches = sentenceMatches(q, pa);
    const scores = candidateScores({ left3: 2 }, q, pa, matches);
    const features = candidateFeatures(q, pa, matches);
    scores.forEach((s, i) => expect(s).toBe(2 * (features[i]!.get('left3') ?? 0)));
    expect(scores.some((s) => s > 0)).toBe(true);
  });
});
