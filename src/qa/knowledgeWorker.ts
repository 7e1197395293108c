/**
 * Run in a worker thread by `loadKnowledgeBaseInWorker`, not imported by anything else: reads and
 * indexes the knowledge folder (the same `loadKnowledgeBase` as at start-up) and hands the result
 * back in the snapshot module's own form. Off the main thread, so that the bot keeps answering
 * while a large folder is parsed and indexed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isUserError } from '../errors.ts';
import { loadKnowledgeBase } from '../search/knowledgeBase.ts';
import * as snapshot from '../search/snapshot.ts';
import { snapshotParts } from './snapshotParts.ts';

export interface KnowledgeWorkerInput {
  dir: string;
  snapshotDir?: string;
  /** Where to write the snapshot when the snapshot module cannot hand it over in parts. */
  out: string;
}

export type KnowledgeWorkerResult =
  | { ok: true; hash: string; sections?: [string, Uint8Array][] }
  | { ok: false; message: string; userError: boolean };

async function build({ dir, snapshotDir, out }: KnowledgeWorkerInput): Promise<KnowledgeWorkerResult> {
  try {
    const kb = await loadKnowledgeBase(dir, snapshotDir ? { snapshotDir } : {});
    const parts = snapshotParts();
    if (parts) {
      // Typed arrays and bytes only: cloning them to the main thread is a copy, not a parse.
      const sections = parts
        .toSnapshotParts(kb)
        .map(([name, s]): [string, Uint8Array] => [
          name,
          new Uint8Array(s.buffer, s.byteOffset, s.byteLength),
        ]);
      return { ok: true, hash: kb.hash, sections };
    }
    await snapshot.saveSnapshot(out, kb);
    return { ok: true, hash: kb.hash };
  } catch (error) {
    return { ok: false, message: (error as Error).message, userError: isUserError(error) };
  }
}

// Only as a worker: imported anywhere else, it does nothing.
if (parentPort) parentPort.postMessage(await build(workerData as KnowledgeWorkerInput));
