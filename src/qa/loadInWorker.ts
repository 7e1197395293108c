import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.ts';
import type { KnowledgeBase, LoadKnowledgeOptions } from '../search/knowledgeBase.ts';
import { runModuleWorker, siblingModule, WorkerTimeLimit } from '../search/moduleWorker.ts';
import { loadSnapshot } from '../search/snapshot.ts';
import type { KnowledgeWorkerInput, KnowledgeWorkerResult } from './knowledgeWorker.ts';
import { snapshotParts } from './snapshotParts.ts';

/** The worker's module: TypeScript when run from src/ (tsx, vitest), JavaScript when compiled to dist/. */
const WORKER = siblingModule('knowledgeWorker', import.meta.url);

/**
 * How long a reload may build before it is stopped and the old knowledge kept. Every parser is
 * linear (test/knowledge/boundedParsing.test.ts), and 300k paragraphs build in about 36 s on one
 * thread (docs/performance.md, the 13:00 UTC run of 2026-12-02): ten minutes is far past any
 * honest folder, and a guard against a story that would make some future parser hang (one line
 * of 500 spaces once froze the table reader for 129 s, and every later /reindex joined it).
 */
export const RELOAD_TIME_LIMIT_MS = 10 * 60_000;

/**
 * `loadKnowledgeBase(dir, options)` run in a worker thread, so that the thread answering questions
 * never stops for it. The worker hands the knowledge base back in the snapshot module's own form
 * (its sections, or a snapshot file written aside in a temporary folder; see `snapshotParts`),
 * restored here: the parsing, fact extraction and indexing all happen in the worker, only the
 * snapshot restore on this thread.
 * Rejects as `loadKnowledgeBase` does (a UserError for a knowledge problem), and with a UserError
 * when the build runs past `timeLimitMs` (the worker is stopped).
 */
export async function loadKnowledgeBaseInWorker(
  dir: string,
  options: LoadKnowledgeOptions = {},
  timeLimitMs = RELOAD_TIME_LIMIT_MS,
): Promise<KnowledgeBase> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'lede-reload-'));
  try {
    const out = path.join(temp, 'knowledge.json');
    const input: KnowledgeWorkerInput = {
      dir: path.resolve(dir),
      ...(options.snapshotDir ? { snapshotDir: path.resolve(options.snapshotDir) } : {}),
      out,
    };
    const result = await runModuleWorker<KnowledgeWorkerResult>(WORKER, input, timeLimitMs).catch(
      (error: unknown) => {
        if (!(error instanceof WorkerTimeLimit)) throw error;
        throw new UserError(
          `building the knowledge base took longer than ${Number((timeLimitMs / 1000).toFixed(1))} s and was stopped; the stories served are unchanged`,
        );
      },
    );
    if (!result.ok) throw result.userError ? new UserError(result.message) : new Error(result.message);
    const parts = snapshotParts();
    if (result.sections && parts) {
      const sections = result.sections.map(([name, bytes]): [string, Buffer] => [
        name,
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      ]);
      return parts.fromSnapshotParts(new Map(sections), result.hash);
    }
    const kb = await loadSnapshot(out, result.hash);
    if (!kb) throw new Error('the knowledge base built in the worker could not be read back');
    return kb;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
