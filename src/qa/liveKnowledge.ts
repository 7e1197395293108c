import { isUserError } from '../errors.ts';
import type { SkippedFile } from '../knowledge/types.ts';
import { statsOf, type KnowledgeBase, type KnowledgeStats } from '../search/knowledgeBase.ts';

export interface ReloadReport {
  ok: boolean;
  before: KnowledgeStats;
  /** The stats now served: the new ones on success, the old ones when the reload failed. */
  after: KnowledgeStats;
  skipped: readonly SkippedFile[];
  /** What loading changed in a file to keep it within bounds (a title cut, a long paragraph split). */
  warnings?: readonly SkippedFile[];
  ms: number;
  /** Why the reload failed; the old knowledge is still served. */
  error?: string;
  /** True when this call joined a reload already under way instead of starting another. */
  joined?: boolean;
}

/** Each story's load warnings, named by its file. */
const warningsOf = (kb: KnowledgeBase): SkippedFile[] =>
  kb.stories.flatMap((story) => (story.warnings ?? []).map((reason) => ({ file: story.file, reason })));

/**
 * The knowledge currently served, and its reload. A reload builds the new knowledge base aside
 * and swaps it in only when it loaded; a failed reload leaves the old one in place. Concurrent
 * reloads share one run. `load` decides where the building happens: the bot passes
 * `loadKnowledgeBaseInWorker`, so that answering never waits for it.
 */
export class LiveKnowledge {
  #current: KnowledgeBase;
  #running: Promise<ReloadReport> | undefined;
  readonly #load: () => Promise<KnowledgeBase>;

  constructor(initial: KnowledgeBase, load: () => Promise<KnowledgeBase>) {
    this.#current = initial;
    this.#load = load;
  }

  get current(): KnowledgeBase {
    return this.#current;
  }

  reload(): Promise<ReloadReport> {
    if (this.#running) return this.#running.then((report) => ({ ...report, joined: true }));
    this.#running = this.#reload().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #reload(): Promise<ReloadReport> {
    const started = performance.now();
    const before = statsOf(this.#current);
    try {
      const next = await this.#load();
      this.#current = next;
      return {
        ok: true,
        before,
        after: statsOf(next),
        skipped: next.skipped,
        warnings: warningsOf(next),
        ms: performance.now() - started,
      };
    } catch (error) {
      const message = isUserError(error) ? error.message : `unexpected error: ${(error as Error).message}`;
      return {
        ok: false,
        before,
        after: before,
        skipped: [],
        ms: performance.now() - started,
        error: message,
      };
    }
  }
}
