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
