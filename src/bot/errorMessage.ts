import { randomBytes } from 'node:crypto';
import { isUserError } from '../errors.ts';
import type { Logger } from './logger.ts';
import { MAX_CONTENT_LENGTH } from './limits.ts';
import { escapeText } from './text.ts';

/**
 * What to tell the user about `error`: a user mistake's own message (escaped: it may quote what
 * the user typed); for anything else a generic
 * line with a short reference, logged with the error and `fields` so the two can be matched.
 */
export function userMessageFor(error: unknown, logger: Logger, fields: Record<string, unknown>): string {
  if (isUserError(error)) {
    logger.info({ ...fields, userError: error.message }, 'user mistake');
    return escapeText(error.message, MAX_CONTENT_LENGTH);
  }
  const ref = randomBytes(3).toString('hex').toUpperCase();
  logger.error({ ...fields, ref, err: error }, 'handler failed');
  return `Something went wrong (ref ${ref}). Please try again in a moment.`;
}
