import { availableParallelism } from 'node:os';
import type { Story } from '../knowledge/types.ts';
import { deriveFacts, type StoryFacts } from './facts.ts';
import { runModuleWorker, siblingModule } from './moduleWorker.ts';
import { toStoryColumns } from './storyColumns.ts';

export type FactsWorkerResult = { ok: true; facts: [string, StoryFacts][] } | { ok: false; message: string };

/**
 * Below this many paragraphs the facts are derived on the calling thread: starting a worker (and
 * tsx in it) and handing the stories over costs more than it saves. The full bench on the idle
 * 2-core machine (2026-12-01, 17:11, bench/results.json): one thread against facts in a worker,
 * 10k 1.17 vs 1.88 s, 100k 12.9 vs 17.1 s, 300k 44.4 vs 27.0 s. (Under load 9–10 the worker won at
 * 100k: 8.7 vs 15.2 s of the building thread's CPU.)
 */
export const MIN_PARAGRAPHS_FOR_WORKERS = 200_000;
/** Facts are about as much work as the paragraph index: on 2 cores, one worker beside it. */
export const MAX_FACT_WORKERS = 3;

/** How many workers derive facts beside the calling thread: none on one core or for little knowledge. */
export function factWorkerCount(paragraphs: number, cores = availableParallelism()): number {
  if (paragraphs < MIN_PARAGRAPHS_FOR_WORKERS) return 0;
  return Math.min(MAX_FACT_WORKERS, cores - 1);
}

/** The facts of each story, on this thread, by story id in the stories' order. */
export const deriveAllFacts = (stories: readonly Story[]): Map<string, StoryFacts> =>
  new Map(stories.map((s) => [s.id, deriveFacts(s)]));

/** The stories cut into `parts` consecutive runs of about as many paragraphs each. */
function splitByParagraphs(stories: readonly Story[], parts: number): Story[][] {
  const total = stories.reduce((n, s) => n + s.paragraphs.length, 0);
  const runs: Story[][] = [[]];
  let done = 0;
  for (const story of stories) {
    if (done >= (total * runs.length) / parts && runs.length < parts) runs.push([]);
    runs.at(-1)!.push(story);
    done += story.paragraphs.length;
  }
  return runs.filter((r) => r.length > 0);
}

/**
 * Starts deriving the facts of `stories` in `workers` worker threads (the stories are handed over
 * when this is called) and resolves with them by story id, in the stories' order: the same facts
 * as `deriveAllFacts`. Rejects when a worker fails or the stories cannot be handed over as columns;
 * the caller then derives them itself.
 */
export function deriveFactsInWorkers(
  stories: readonly Story[],
  workers: number,
): Promise<Map<string, StoryFacts>> {
  const entry = siblingModule('factsWorker', import.meta.url);
  const runs = splitByParagraphs(stories, workers).map((run) => {
    const columns = toStoryColumns(run);
    if (!columns) return Promise.reject(new Error('lede: these stories cannot be handed to a worker'));
    return runModuleWorker<FactsWorkerResult>(entry, columns).then((result) => {
      if (!result.ok) throw new Error(`lede: deriving facts in a worker failed: ${result.message}`);
      return result.facts;
    });
  });
  return Promise.all(runs).then((parts) => new Map(parts.flat()));
}
