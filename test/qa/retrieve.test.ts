import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/qa/analyzeQuestion.ts';
import { buildKnowledgeBase } from '../../src/qa/index.ts';
import { retrieveParagraphs, sharedRetrieval, worthJudging } from '../../src/qa/retrieve.ts';
import { answerTally } from '../../src/qa/ruleTally.ts';
import { UNJUDGED_SCORE_RATIO } from '../../src/qa/tuning.ts';
import { parseStory } from '../../src/knowledge/parseStory.ts';

const verdicts = (...confidences: number[]) => confidences.map((confidence) => ({ verdict: { confidence } }));
const far = { id: 7, rank: 3, scoreRatio: UNJUDGED_SCORE_RATIO - 0.01 };
const near = { id: 8, rank: 4, scoreRatio: UNJUDGED_SCORE_RATIO };

describe('worthJudging', () => {
  it('skips a paragraph far below the top one once a judged paragraph is sure', () => {
    expect(worthJudging(far, verdicts(0.3, 0.62), 0.5)).toBe(false);
  });

  it('judges it while no judged paragraph is sure', () => {
    expect(worthJudging(far, verdicts(0.3, 0.49), 0.5)).toBe(true);
    expect(worthJudging(far, [], 0.5)).toBe(true);
  });

  it('judges a paragraph at the ratio or above, sure or not', () => {
    expect(worthJudging(near, verdicts(0.9), 0.5)).toBe(true);
  });
});

const STORY = `Politics

Harrow council backs new bridge


Harrow Borough Council approved the new bridge by 41 votes to 9 on Monday after a long debate.

The bridge will cost 30 million pounds and open in 2029.

Councillors who voted against the bridge said it would cost too much.

Source: Borough Wire`;

describe('GIVEN a question whose paragraphs the rules and the model both read', () => {
  const kb = buildKnowledgeBase([parseStory({ id: 'harrow', file: 'harrow.txt', text: STORY })]);
  const question = 'How many councillors voted against the bridge?';
  const q = analyzeQuestion(question);

  it('WHEN retrieved once and shared THEN each reader gets what retrieving again gives', () => {
    const shared = sharedRetrieval(kb, q);
    const fresh = retrieveParagraphs(kb, q);
    expect(fresh.length).toBeGreaterThan(1);
    expect(shared()).toEqual(fresh);
    expect(shared()).toEqual(fresh);
  });

  it('WHEN one reader changes its list and entries THEN the next reader still gets the retrieval', () => {
    const shared = sharedRetrieval(kb, q);
    const first = shared();
    first.push({ id: 99, rank: first.length, scoreRatio: 0 });
    first[0]!.scoreRatio = -1;
    first.reverse();
    expect(shared()).toEqual(retrieveParagraphs(kb, q));
  });

  it('WHEN a rule reads the shared retrieval THEN it answers as when it retrieves on its own', () => {
    const shared = answerTally(kb, q, question, sharedRetrieval(kb, q));
    expect(shared).toEqual(answerTally(kb, q, question));
    expect(shared?.answer).toBe('9');
  });
});
