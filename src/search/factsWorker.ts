/**
 * Run in a worker thread by `deriveFactsInWorkers` (parallelFacts.ts), not imported by anything
 * else: derives the facts of the stories it is sent (as columns) and posts them back, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { deriveFacts } from './facts.ts';
import type { FactsWorkerResult } from './parallelFacts.ts';
import { fromStoryColumns, type StoryColumns } from './storyColumns.ts';

function derive(columns: StoryColumns): FactsWorkerResult {
  try {
    return { ok: true, facts: fromStoryColumns(columns).map((s) => [s.id, deriveFacts(s)]) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

// Only as a worker: imported anywhere else, it does nothing.
if (parentPort) parentPort.postMessage(derive(workerData as StoryColumns));
