/**
 * A mistake the user can fix (empty question, unknown story, no knowledge files…).
 * Front ends show its message as-is; any other error is unexpected and gets a generic reply.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

export const isUserError = (error: unknown): error is UserError => error instanceof UserError;
