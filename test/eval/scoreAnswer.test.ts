import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/knowledge/parseStory.ts';
import type { Answer } from '../../src/qa/types.ts';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { naiveAnswerQuestion } from '../../scripts/eval/naiveBaseline.ts';
import {
  parseQuestionSet,
  type AnswerableQuestion,
  type QuestionSet,
} from '../../scripts/eval/questionSets.ts';
import { formatReport } from '../../scripts/eval/report.ts';
import { runQuestions, tally } from '../../scripts/eval/runEval.ts';
import { matchesFact, MAX_ANSWER_LENGTH, scoreAnswer } from '../../scripts/eval/scoreAnswer.ts';

const STORY = 'tiny';
const gold: AnswerableQuestion = {
  q: 'Who said “we will win”?',
  kind: 'who-said',
  answerable: true,
  expect: ['Jane Doe|Doe'],
  cite: [2],
};

const answerOf = (answer: string | null, paragraph = 2, story = STORY): Answer => ({
  question: gold.q,
  answer,
  kind: 'who-said',
  confidence: 1,
  citations: [{ story, title: 'Tiny', paragraph, text: '…', source: null }],
});

describe('scoreAnswer', () => {
  it('GIVEN a short answer with the fact WHEN it cites a gold paragraph THEN it is answered right and cited right', () => {
    const score = scoreAnswer(gold, STORY, answerOf('Jane Doe, the coach'));
    expect(score).toMatchObject({ answeredRight: true, citedRight: true, right: true, problems: [] });
  });

  it('GIVEN an answer over the length limit THEN it is not answered right, though cited right', () => {
    const score = scoreAnswer(gold, STORY, answerOf(`Doe ${'x'.repeat(MAX_ANSWER_LENGTH)}`));
    expect(score).toMatchObject({ answeredRight: false, citedRight: true, right: false });
  });

  it('GIVEN the right words WHEN the first citation is another paragraph or story THEN it is not right', () => {
    expect(scoreAnswer(gold, STORY, answerOf('Jane Doe', 3))).toMatchObject({
      answeredRight: false,
      citedRight: false,
    });
    expect(scoreAnswer(gold, STORY, answerOf('Jane Doe', 2, 'other'))).toMatchObject({ citedRight: false });
  });

  it('GIVEN an answerable question WHEN the answer is null or lacks a fact THEN it is not right', () => {
    expect(scoreAnswer(gold, STORY, answerOf(null)).right).toBe(false);
    expect(scoreAnswer(gold, STORY, answerOf('John Roe')).right).toBe(false);
  });

  it('GIVEN an unanswerable question WHEN refused THEN refused right; WHEN answered or thrown THEN not', () => {
    const none = { q: 'What is the capital of Australia?', answerable: false } as const;
    expect(scoreAnswer(none, STORY, answerOf(null))).toMatchObject({ refusedRight: true, right: true });
    expect(scoreAnswer(none, STORY, answerOf('Canberra'))).toMatchObject({
      refusedRight: false,
      right: false,
    });
    expect(scoreAnswer(none, STORY, undefined)).toMatchObject({ refusedRight: false, right: false });
  });
});

describe('matchesFact', () => {
  it('GIVEN curly quotes, case and spacing THEN they do not matter', () => {
    expect(matchesFact('NATO’s  four\nIndo-Pacific partners', "nato's four indo-pacific")).toBe(true);
    expect(matchesFact('a “collusion of convenience”', '"Collusion of convenience"')).toBe(true);
  });

  it('GIVEN alternatives a|b THEN either matches', () => {
    expect(matchesFact('on October 1', 'Oct. 1|October 1')).toBe(true);
    expect(matchesFact('on Nov. 1', 'Oct. 1|October 1')).toBe(false);
  });

  it('GIVEN a yes/no verdict THEN it must open the answer, not hide inside "not" or "North"', () => {
    expect(matchesFact('No, he did not specify.', 'no')).toBe(true);
    expect(matchesFact('North Korea did not', 'no')).toBe(false);
    expect(matchesFact('Yes: he was there for a NATO summit.', 'yes')).toBe(true);
  });
});

describe('eval run (smoke)', () => {
  const story = parseStory({
    id: STORY,
    file: 'tiny.txt',
    text: 'Sports\n\nTiny club wins\n\n\nThe Tiny Rovers won the cup on Sunday in Kelby.\n\n“We will win again,” said Jane Doe, the coach.\n\nSource: Test Wire',
  });
  const kb: KnowledgeBase = buildKnowledgeBase([story]);
  const set: QuestionSet = parseQuestionSet(
    JSON.stringify({
      story: STORY,
      questions: [
        {
          q: 'Where did the Tiny Rovers win the cup?',
          kind: 'where',
          answerable: true,
          expect: ['Kelby'],
          cite: [1],
        },
        {
          q: 'Who said "we will win again"?',
          kind: 'who-said',
          answerable: true,
          expect: ['Doe'],
          cite: [2],
        },
        { q: 'What is the capital of Australia?', kind: 'what', answerable: false },
      ],
    }),
    'tiny.json',
  );

  it('GIVEN a perfect stub answerer WHEN the tiny set runs THEN every question is right', () => {
    const perfect = (_kb: KnowledgeBase, q: string): Answer => {
      const hit = q.startsWith('Where') ? ['Kelby', 1] : q.startsWith('Who') ? ['Jane Doe', 2] : null;
      return {
        question: q,
        answer: hit ? String(hit[0]) : null,
        kind: 'search',
        confidence: 1,
        citations: hit
          ? [{ story: STORY, title: story.title, paragraph: Number(hit[1]), text: '', source: null }]
          : [],
      };
    };
    const t = tally(runQuestions(kb, [set], perfect));
    expect(t).toMatchObject({
      n: 3,
      answeredRight: 2,
      citedRight: 2,
      refusedRight: 1,
      right: 3,
      percentRight: 100,
    });
  });

  it('GIVEN an answerer that throws WHEN the set runs THEN the run finishes and nothing counts as right', () => {
    const results = runQuestions(kb, [set], () => {
      throw new Error('boom');
    });
    expect(results.map((r) => r.error)).toEqual(['boom', 'boom', 'boom']);
    expect(tally(results).right).toBe(0);
  });

  it('GIVEN the naive baseline WHEN the set runs THEN it answers with a sentence of the top hit and never refuses a matched question', () => {
    const results = runQuestions(kb, [set], naiveAnswerQuestion);
    expect(results[0]).toMatchObject({
      answer: 'The Tiny Rovers won the cup on Sunday in Kelby.',
      cited: { paragraph: 1 },
    });
    expect(results[0]?.score.right).toBe(true);
    expect(results[2]?.score.refusedRight).toBe(false);
    const report = formatReport({ name: 'stub', results }, { name: 'baseline', results });
    expect(report).toContain('tiny');
    expect(report).toContain('+0.0');
  });
});
