import { UserError } from '../errors.ts';

export const MAX_QUESTION_LENGTH = 500;

/** Trims a question and rejects what cannot be a question. Throws a UserError with a clear message. */
export function validateQuestion(raw: unknown): string {
  const text = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : '';
  if (!text) throw new UserError('Please ask a question: the question is empty.');
  if (text.length > MAX_QUESTION_LENGTH) {
    throw new UserError(
      `That question is ${text.length} characters long; please keep it under ${MAX_QUESTION_LENGTH}.`,
    );
  }
  return text;
}
