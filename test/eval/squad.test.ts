import { describe, expect, it } from 'vitest';
import {
  containsAnswer,
  exactMatch,
  normalizeAnswer,
  parseSquad,
  scorePrediction,
  tokenF1,
} from '../../scripts/eval/squad.ts';

const V2 = JSON.stringify({
  version: 'v2.0',
  data: [
    {
      title: 'Harbor',
      paragraphs: [
        {
          context: 'The harbor reopened on Monday after a two-week closure.',
          qas: [
            {
              id: 'a',
              question: 'When did the harbor reopen?',
              answers: [{ text: 'Monday', answer_start: 23 }],
            },
            {
              id: 'b',
              question: 'When did the harbor close for good?',
              answers: [],
              is_impossible: true,
              plausible_answers: [{ text: 'Monday', answer_start: 23 }],
            },
          ],
        },
      ],
    },
  ],
});

describe('SQuAD format and official scoring', () => {
  it('GIVEN the official normalisation THEN case, punctuation, articles and spaces go', () => {
    expect(normalizeAnswer('  The  U.S. Army, a force! ')).toBe('us army force');
  });

  it('GIVEN a prediction THEN EM and token F1 follow the official script', () => {
    expect(exactMatch('the Denver Broncos', 'Denver Broncos')).toBe(1);
    expect(tokenF1('Denver Broncos team', 'Denver Broncos')).toBeCloseTo(0.8, 5);
    expect(tokenF1('Carolina', 'Denver Broncos')).toBe(0);
    expect(containsAnswer('in Santa Clara, California', 'Santa Clara')).toBe(true);
    expect(containsAnswer('Santa Claran', 'Santa Clara')).toBe(false);
  });

  it('GIVEN a v2.0 file THEN unanswerables are flagged and scored by refusal', () => {
    const [article] = parseSquad(V2);
    const [answerable, trick] = article!.paragraphs[0]!.qas;
    expect(answerable!.isImpossible).toBe(false);
    expect(trick!.isImpossible).toBe(true);
    expect(trick!.plausibleAnswers).toEqual(['Monday']);
    expect(scorePrediction(null, trick!)).toEqual({ em: 1, f1: 1, contains: true });
    expect(scorePrediction('Monday', trick!).f1).toBe(0);
    expect(scorePrediction(null, answerable!).f1).toBe(0);
    expect(scorePrediction('on Monday', answerable!)).toMatchObject({ em: 0, contains: true });
  });

  it('GIVEN a malformed file THEN the error names the file and the problem', () => {
    expect(() => parseSquad('{"data": 3}', 'x.json')).toThrow(/squad: x.json: "data" must be a list/);
    expect(() => parseSquad('nope', 'y.json')).toThrow(/y.json: not valid JSON/);
  });
});
