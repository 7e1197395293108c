import { describe, expect, it } from 'vitest';
import { runModuleWorker, WorkerTimeLimit } from '../../src/search/moduleWorker.ts';

describe('runModuleWorker', () => {
  it('GIVEN a worker that spins forever WHEN it is given 300 ms THEN it is stopped and the call rejects with its time limit', async () => {
    const busy = new URL('../support/busyWorker.ts', import.meta.url);
    const started = performance.now();

    const error = await runModuleWorker(busy, null, 300).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WorkerTimeLimit);
    expect((error as Error).message).toMatch(/ran past 300 ms and was stopped/);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 20_000);
});
