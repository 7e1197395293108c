import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.ts';
import type { KnowledgeBase, LoadKnowledgeOptions } from '../search/knowledgeBase.ts';
import { loadSnapshot } from '../search/snapshot.ts';
import type { KnowledgeWorkerInput, KnowledgeWorkerResult } from './knowledgeWorker.ts';
import { snapshotParts } from './snapshotParts.ts';

/** The worker's module: TypeScript when run from src/ (tsx, vitest), JavaScript when compiled to dist/. */
const WORKER = new URL(
  import.meta.url.endsWith('.ts') ? './knowledgeWorker.ts' : './knowledgeWorker.js',
  import.meta.url,
);

/**
 * The code a worker starts with. Node 20 does not hand tsx's loader hooks to a worker (neither
 * inherited nor by `--import tsx` in its execArgv: "Unknown file extension .ts"), so a TypeScript
 * worker is imported through tsx's own `tsImport`; compiled JavaScript is imported as is.
 */
function workerCode(entry: URL): string {
  if (!entry.pathname.endsWith('.ts')) return `import(${JSON.stringify(entry.href)});`;
  const tsx = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}));`;
}

/** Runs the knowledge worker once and resolves with its answer; a crash or an exit without one rejects. */
function runWorker(input: KnowledgeWorkerInput): Promise<KnowledgeWorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerCode(WORKER), { eval: true, workerData: input });
    let answered = false;
    worker.once('message', (result: KnowledgeWorkerResult) => {
      answered = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      answered = true;
      reject(new Error(`the reload worker failed: ${error.message}`));
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the reload worker stopped without an answer (exit code ${code})`));
    });
  });
}

/**
 * `loadKnowledgeBase(dir, options)` run in a worker thread, so that the thread answering questions
 * never stops for it. The worker hands the knowledge base back in the snapshot module's own form
 * (its sections, or a snapshot file written aside in a temporary folder; see `snapshotParts`),
 * restored here: the parsing, fact extraction and indexing all happen in the worker, only the
 * snapshot restore on this thread.
 * Rejects as `loadKnowledgeBase` does (a UserError for a knowledge problem).
 */
export async function loadKnowledgeBaseInWorker(
  dir: string,
  options: LoadKnowledgeOptions = {},
): Promise<KnowledgeBase> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'lede-reload-'));
  try {
    const out = path.join(temp, 'knowledge.json');
    const result = await runWorker({
      dir: path.resolve(dir),
      ...(options.snapshotDir ? { snapshotDir: path.resolve(options.snapshotDir) } : {}),
      out,
    });
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
