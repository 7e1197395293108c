import { describe, expect, it } from 'vitest';
import { calibrationTable } from '../../scripts/eval/calibration.ts';
import { questionWordOf } from '../../scripts/eval/questionWord.ts';
import type { Answer } from '../../src/qa/types.ts';
import type { KnowledgeBase } from '../../src/search/knowledgeBase.ts';
import { runSpanQuestions, type SpanQuestion } from '../../scripts/eval/squadRun.ts';
import { buildSpanReport, quantile, summarize } from '../../scripts/eval/squadSummary.ts';

describe('question words', () => {
  it.each([
    ['What is the capital?', 'what'],
    ['In what year did it open?', 'what'],
    ['Which team won?', 'which'],
    ['Whose idea was it?', 'who'],
    ['To whom did he write?', 'who'],
    ['When did it close?', 'when'],
    ['Where is the mill?', 'where'],
    ['Why did it close?', 'why'],
    ['How did it close?', 'how'],
    ['How many people came?', 'how many/much'],
    ['how much did it cost', 'how many/much'],
    ['Name the river.', 'other'],
    ['Is the mill open?', 'other'],
  ])('GIVEN "%s" THEN it is a %s-question', (question, word) => {
    expect(questionWordOf(question)).toBe(word);
  });
});

describe('calibration table', () => {
  it('GIVEN confidences on the edges THEN each falls in the bucket it opens, and 1 in the last', () => {
    const table = calibrationTable([
      { confidence: 0, right: false },
      { confidence: 0.2, right: true },
      { confidence: 0.39, right: false },
      { confidence: 0.8, right: true },
      { confidence: 1, right: false },
    ]);
    expect(table.map((b) => b.answers)).toEqual([1, 2, 0, 0, 2]);
    expect(table.map((b) => b.shareRight)).toEqual([0, 0.5, null, null, 0.5]);
    expect(table[0]!.label).toBe('0.0–0.2');
  });
});

const gold = (id: string, question: string, answers: string[], trick?: string): SpanQuestion => ({
  id,
  article: 'Harbor',
  question,
  answers,
  isImpossible: answers.length === 0,
  ...(trick ? { trick } : {}),
  story: 'harbor',
  paragraph: 2,
});

/** An answerer that reads its answers from a table, citing paragraph 2 of "harbor". */
const scripted =
  (answers: Record<string, [string | null, number]>) =>
  (_kb: KnowledgeBase, question: string): Answer => {
    const [answer, confidence] = answers[question] ?? [null, 0];
    return {
      question,
      answer,
      kind: 'search',
      confidence,
      citations: [{ story: 'harbor', title: 'Harbor', paragraph: 2, text: '', source: null }],
    };
  };

describe('span report maths', () => {
  const questions = [
    gold('a', 'When did the harbor reopen?', ['Monday', 'on Monday']),
    gold('b', 'Who reopened the harbor?', ['the port authority']),
    gold('c', 'How many ferries run?', ['four']),
    gold('d', 'When did the harbor close for good?', [], 'impossible condition'),
    gold('e', 'Who did not reopen the harbor?', [], 'negation'),
  ];
  const results = runSpanQuestions(
    {} as KnowledgeBase,
    questions,
    scripted({
      'When did the harbor reopen?': ['on Monday', 0.9],
      'Who reopened the harbor?': ['the city port authority', 0.5],
      'When did the harbor close for good?': ['Monday', 0.7],
    }),
  );

  it('GIVEN scripted answers THEN EM, F1, contains, refusals and cite@1 follow the official scoring', () => {
    const s = summarize(results);
    expect([s.n, s.hasAns, s.noAns]).toEqual([5, 3, 2]);
    expect(s.hasAnsEm).toBeCloseTo(100 / 3, 5);
    // F1: 1 (exact), 0.8 ("city port authority" vs "port authority": p 2/3, r 1), 0 (refused).
    expect(s.hasAnsF1).toBeCloseTo((100 * (1 + 0.8)) / 3, 5);
    expect(s.contains).toBeCloseTo(200 / 3, 5);
    expect(s.refusedHasAns).toBeCloseTo(100 / 3, 5);
    expect(s.refusedNoAns).toBe(50);
    expect(s.f1).toBeCloseTo((100 * (1 + 0.8 + 0 + 0 + 1)) / 5, 5);
    expect(s.cite1).toBe(100);
    expect(s.answeredNoAnsCitingIt).toBe(100);
    expect(s.meanAnswerTokens).toBe(2.5); // "on monday", "city port authority" (articles dropped)
  });

  it('GIVEN the same results THEN the report splits by word and trick and buckets only the answers', () => {
    const report = buildSpanReport('t', results, results, results);
    expect(report.byWord.map(([word, s]) => [word, s.n])).toEqual([
      ['who', 2],
      ['when', 2],
      ['how many/much', 1],
    ]);
    expect(report.byTrick.map(([trick, s]) => [trick, s.refusedNoAns])).toEqual([
      ['impossible condition', 0],
      ['negation', 100],
    ]);
    // Answers: 0.9 right, 0.5 right (F1 0.8 ≥ 0.5), 0.7 wrong (answered an unanswerable).
    expect(report.calibration.map((b) => [b.answers, b.right])).toEqual([
      [0, 0],
      [0, 0],
      [1, 1],
      [1, 0],
      [1, 1],
    ]);
  });

  it('GIVEN times THEN p50 and p99 are nearest-rank quantiles', () => {
    const times = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(times, 0.5)).toBe(50);
    expect(quantile(times, 0.99)).toBe(99);
    expect(quantile([], 0.5)).toBe(0);
  });
});
