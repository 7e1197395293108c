import { describe, expect, it } from 'vitest';
import { whClassOf } from '../../src/qa/questionType.ts';

describe('question word classes', () => {
  it.each([
    ['Who chairs the port authority?', 'who'],
    ['How many jobs will the expansion create?', 'how-many'],
    ['How much will the meals cost?', 'how-much'],
    ['In what year did construction begin?', 'what-year'],
    ['Which city hosts the forum?', 'what-place'],
    ['What team won the cup?', 'what-person'],
    ['Why did Hale vote against the plan?', 'why'],
    ['What did the board approve?', 'what'],
    ['Did the council approve the budget?', 'yes-no'],
  ])('GIVEN "%s" WHEN classified THEN it asks a %s question', (question, wh) => {
    expect(whClassOf(question)).toBe(wh);
  });
});
