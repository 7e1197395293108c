import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config.ts';

export type { Logger };

// Interaction and webhook tokens sit in REST URLs that discord.js puts in its error messages.
const URL_TOKENS = /(\/(?:interactions\/\d+|webhooks\/\d+)\/)[\w.-]{20,}/g;

/** `text` with the given secrets and any interaction token replaced by "[redacted]". */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text.replace(URL_TOKENS, '$1[redacted]');
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  return out;
}

/**
 * An error as a log field, every secret scrubbed from all of it (its cause, an AggregateError's
 * errors, a request body it carries). A thrown value that is no object (a rejection with a string,
 * or with nothing) is logged as its text: pino's serializer returns it as it is, and reading it as
 * an object threw inside the unhandled-rejection handler, which crashed the process.
 */
function serializeError(error: unknown, scrub: (text: string) => string): unknown {
  if (typeof error !== 'object' || error === null)
    return { type: typeof error, message: scrub(String(error)) };
  const serialized = pino.stdSerializers.err(error as Error);
  try {
    return JSON.parse(scrub(JSON.stringify(serialized))) as unknown;
  } catch {
    // Not JSON (a BigInt, a cycle): its own text fields at least.
    return {
      type: serialized.type,
      message: scrub(serialized.message ?? ''),
      ...(serialized.stack && { stack: scrub(serialized.stack) }),
    };
  }
}

/**
 * Files named in one log line (skipped files, load warnings), the rest counted: a folder of 6,000
 * broken files made every reindex log one line of 938 KB (journald cuts lines at 48 KB by default).
 */
export const MAX_FILES_LOGGED = 20;

/** A list of files (`{ file, reason }`) for the log: the first MAX_FILES_LOGGED, then how many more. */
function fileList(files: unknown): unknown {
  if (!Array.isArray(files) || files.length <= MAX_FILES_LOGGED) return files;
  const more = files.length - MAX_FILES_LOGGED;
  return [...files.slice(0, MAX_FILES_LOGGED), { file: '…', reason: `${more} more not listed` }];
}

export interface CreateLoggerOptions {
  level?: LogLevel;
  /** Values that must never reach the log, such as the bot token. */
  secrets?: readonly string[];
  /** Where lines go (default stdout); tests pass a stream they read. */
  destination?: DestinationStream;
}

/** Structured JSON logging (pino) with the bot token scrubbed from messages and errors. */
export function createLogger({
  level = 'info',
  secrets = [],
  destination,
}: CreateLoggerOptions = {}): Logger {
  const scrub = (text: string): string => redactSecrets(text, secrets);
  return pino(
    {
      level,
      base: { app: 'lede' },
      redact: {
        paths: ['token', '*.token', 'discordToken', '*.discordToken', 'headers.authorization'],
        censor: '[redacted]',
      },
      serializers: {
        err: (error: unknown) => serializeError(error, scrub),
        skipped: fileList,
        warnings: fileList,
      },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
