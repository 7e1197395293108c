/**
 * Questions about the bundled story whose answers must survive a big collection around it
 * (the same questions as test/fixtures/questions, so the bench and the eval agree).
 */
import type { Answer } from '../../src/qa/types.ts';

export interface FixedQuestion {
  question: string;
  /** The answer text must contain this (case-insensitive). */
  expect: string;
  /** Paragraph of the bundled story the first citation must point at. */
  paragraph: number;
}

/** The story all fixed questions are about (a file of knowledge/). */
export const BUNDLED_STORY_FILE = 'yonhap-yoon-nato-forum-collusion-of-convenience.txt';

export const FIXED_QUESTIONS: readonly FixedQuestion[] = [
  { question: 'Who said "freedom is never given for free"?', expect: 'Yoon', paragraph: 12 },
  { question: 'What does UNSC stand for?', expect: 'Security Council', paragraph: 6 },
  { question: 'What does IP4 mean?', expect: 'Indo-Pacific', paragraph: 11 },
  { question: 'Where did Yoon make the remarks?', expect: 'Washington', paragraph: 2 },
];

export interface FixedCheck {
  question: string;
  answer: string | null;
  cited: string | null;
  /** The answer says what was expected. */
  answered: boolean;
  /** The first citation is the expected paragraph of the bundled story. */
  citedRight: boolean;
}

export function checkFixed(q: FixedQuestion, storyId: string, answer: Answer): FixedCheck {
  const first = answer.citations[0];
  return {
    question: q.question,
    answer: answer.answer,
    cited: first ? `${first.story} ¶${first.paragraph}` : null,
    answered: (answer.answer ?? '').toLowerCase().includes(q.expect.toLowerCase()),
    citedRight: first?.story === storyId && first.paragraph === q.paragraph,
  };
}
