import type { Logger } from './logger.ts';

export interface ProcessHandlerOptions {
  stop: () => Promise<void>;
  logger: Logger;
  /** Injected by tests; default the real process. */
  proc?: Pick<NodeJS.Process, 'once' | 'on'>;
  exit?: (code: number) => void;
}

/**
 * SIGINT / SIGTERM disconnect cleanly and exit 0; an unhandled rejection is logged, never fatal
 * (one failed reply must not take the bot down for everyone).
 */
export function installProcessHandlers({
  stop,
  logger,
  proc = process,
  exit = (code) => process.exit(code),
}: ProcessHandlerOptions): void {
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    stop()
      .catch((error: unknown) => logger.error({ err: error }, 'error while shutting down'))
      .finally(() => exit(0));
  };
  proc.once('SIGINT', () => shutdown('SIGINT'));
  proc.once('SIGTERM', () => shutdown('SIGTERM'));
  proc.on('unhandledRejection', (reason: unknown) => logger.error({ err: reason }, 'unhandled rejection'));
}
