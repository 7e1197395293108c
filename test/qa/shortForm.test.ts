import { describe, expect, it } from 'vitest';
import { shortForm } from '../../src/qa/shortForm.ts';

describe('GIVEN a where-answer that opens with its preposition', () => {
  it.each([
    ['in Ardmore', 'Ardmore'],
    ['at the Delmont Pavilion', 'the Delmont Pavilion'],
    ['from Northern Ireland', 'Northern Ireland'],
  ])('WHEN the answer is %j THEN it is the place alone', (answer, place) => {
    expect(shortForm('where', answer)).toBe(place);
  });

  it.each(['near the border', 'outside Port Avery', 'inland', 'in early spring'])(
    'WHEN the answer is %j (a preposition that says where from the place, or none before a name) THEN it is left as it is',
    (answer) => {
      expect(shortForm('where', answer)).toBe(answer);
    },
  );

  it('WHEN the question asks who THEN a name after "in" is left as it is', () => {
    expect(shortForm('who', 'in Ardmore')).toBe('in Ardmore');
  });
});

describe('GIVEN a figure whose counted noun the question names', () => {
  it('WHEN the answer is "300 jobs" for "How many jobs …?" THEN the noun stays (presentAnswer.ts)', () => {
    expect(shortForm('how-many', '300 jobs')).toBe('300 jobs');
  });
});
