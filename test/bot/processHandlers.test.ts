import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/bot/logger.ts';
import { installProcessHandlers } from '../../src/bot/processHandlers.ts';

function setUp(stop = vi.fn(async () => {})) {
  const proc = new EventEmitter();
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ destination: { write: (l: string) => void lines.push(JSON.parse(l)) } });
  let exited: number | undefined;
  const exitedOnce = new Promise<number>((resolve) => {
    installProcessHandlers({
      stop,
      logger,
      proc: proc as unknown as NodeJS.Process,
      exit: (code) => resolve((exited = code)),
    });
  });
  return { proc, stop, lines, exitedOnce, exitCode: () => exited };
}

describe('installProcessHandlers', () => {
  it.each(['SIGINT', 'SIGTERM'])(
    'GIVEN %s THEN the client is destroyed and the process exits 0',
    async (signal) => {
      const { proc, stop, exitedOnce } = setUp();
      proc.emit(signal);
      expect(await exitedOnce).toBe(0);
      expect(stop).toHaveBeenCalledOnce();
    },
  );

  it('GIVEN stopping fails THEN it still exits 0 and logs why', async () => {
    const { proc, lines, exitedOnce } = setUp(vi.fn(async () => Promise.reject(new Error('socket gone'))));
    proc.emit('SIGTERM');
    expect(await exitedOnce).toBe(0);
    expect(lines.some((l) => l.msg === 'error while shutting down')).toBe(true);
  });

  it('GIVEN rejections with a string, undefined or null as the reason THEN each is logged and the handler never throws (a throw there would crash the bot)', () => {
    const { proc, lines, exitCode } = setUp();
    for (const reason of ['socket gone', undefined, null]) {
      expect(() => proc.emit('unhandledRejection', reason, Promise.resolve())).not.toThrow();
    }
    expect(lines.filter((l) => l.msg === 'unhandled rejection')).toHaveLength(3);
    expect(exitCode()).toBeUndefined();
  });

  it('GIVEN an unhandled rejection THEN it is logged and the process keeps running', () => {
    const { proc, lines, exitCode, stop } = setUp();
    proc.emit('unhandledRejection', new Error('reply failed'));
    expect(lines.at(-1)).toMatchObject({
      level: 50,
      msg: 'unhandled rejection',
      err: { message: 'reply failed' },
    });
    expect(exitCode()).toBeUndefined();
    expect(stop).not.toHaveBeenCalled();
  });
});
