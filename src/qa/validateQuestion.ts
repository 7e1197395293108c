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

/**
 * The user's `raw` text validated as a question, then cut (at a space near the end, else at a whole
 * character) so that `wrapper` characters put around it still make a question within
 * MAX_QUESTION_LENGTH: `/who-said` asks `Who said "…"?` of a quote that may itself be
 * MAX_QUESTION_LENGTH long, and that quote must not be refused as a question over the limit.
 */
export function validateWithin(raw: unknown, wrapper: number): string {
  const text = validateQuestion(raw);
  const room = MAX_QUESTION_LENGTH - wrapper;
  if (text.length <= room) return text;
  const cut = text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(room - 1)) ? room - 1 : room);
  const space = cut.lastIndexOf(' ');
  return (space > room / 2 ? cut.slice(0, space) : cut).trim();
}
